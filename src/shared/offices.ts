/** Office codes from the data-exchange contract; the offices table holds names and dates. */
export const OFFICE_CODES = ['phnom_penh', 'sihanoukville', 'siem_reap', 'battambang'] as const;
export type OfficeCode = string;

/** Seeded on first migration (see migrations/): the organisation's offices and their history. */
export const SEED_OFFICES = [
  { code: 'phnom_penh', nameEn: 'Phnom Penh', nameKm: 'ភ្នំពេញ', openedOn: '2003-01-01', closedOn: null },
  { code: 'sihanoukville', nameEn: 'Sihanoukville', nameKm: 'ក្រុងព្រះសីហនុ', openedOn: '2005-01-01', closedOn: null },
  { code: 'siem_reap', nameEn: 'Siem Reap', nameKm: 'សៀមរាប', openedOn: '2007-01-01', closedOn: null },
  { code: 'battambang', nameEn: 'Battambang', nameKm: 'បាត់ដំបង', openedOn: '2014-04-01', closedOn: '2015-12-31' },
] as const;
