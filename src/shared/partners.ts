/**
 * The partner directory: the organisations Komar's work reaches out to. One
 * list for every module: the internet hotline forwards URLs to hotlines
 * abroad, investigations cooperate with police units, support cases refer
 * clients to NGOs, shelters and government bodies.
 */
export const PARTNER_KINDS = ['ngo', 'government', 'police', 'hospital', 'shelter', 'hotline_abroad', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
