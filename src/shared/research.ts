/** Which date a research year range applies to: the offender's arrest, or the opening of the investigation. */
export const RESEARCH_PERIODS = ['arrest', 'opened'] as const;
export type ResearchPeriod = (typeof RESEARCH_PERIODS)[number];
