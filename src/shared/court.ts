/**
 * Code lists for court cases, shared by the server, the web app and the
 * indicators. Labels live in the i18n files (`court.stage.<code>`, ...).
 */

/** Where a prosecution stands, in order. */
export const COURT_STAGES = [
  'police',
  'prosecutor',
  'investigating_judge',
  'trial',
  'verdict',
  'appeal',
  'supreme_court',
  'closed',
] as const;
export type CourtStage = (typeof COURT_STAGES)[number];

export const HEARING_TYPES = [
  'investigating_judge_questioning',
  'confrontation',
  'trial',
  'verdict_reading',
  'appeal',
  'supreme_court',
  'other',
] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

/** Child-friendly measures used when a child testifies. */
export const CHILD_FRIENDLY_MEASURES = [
  'video_link',
  'screen',
  'closed_hearing',
  'support_person',
  'court_familiarisation',
  'single_testimony',
] as const;
export type ChildFriendlyMeasure = (typeof CHILD_FRIENDLY_MEASURES)[number];

export const VERDICTS = ['convicted', 'acquitted', 'dismissed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a complaint was withdrawn (the seed notes: settlements and pressure on families). */
export const WITHDRAWAL_REASONS = [
  'out_of_court_settlement',
  'pressure_or_threats',
  'family_moved',
  'lost_confidence',
  'child_wellbeing',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** Currencies compensation is ordered or paid in; amounts keep two decimal places. */
export const CURRENCIES = ['KHR', 'USD', 'THB'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Cambodia's courts that hear these cases: the courts of first instance
 * (Phnom Penh Municipal Court and the provincial courts), the Court of Appeal
 * and the Supreme Court. Kep has no court of its own (Kampot's hears its cases).
 */
export const COURTS = [
  { code: 'phnom_penh', en: 'Phnom Penh Municipal Court', km: 'សាលាដំបូងរាជធានីភ្នំពេញ' },
  { code: 'preah_sihanouk', en: 'Preah Sihanouk Provincial Court', km: 'សាលាដំបូងខេត្តព្រះសីហនុ' },
  { code: 'siem_reap', en: 'Siem Reap Provincial Court', km: 'សាលាដំបូងខេត្តសៀមរាប' },
  { code: 'battambang', en: 'Battambang Provincial Court', km: 'សាលាដំបូងខេត្តបាត់ដំបង' },
  { code: 'banteay_meanchey', en: 'Banteay Meanchey Provincial Court', km: 'សាលាដំបូងខេត្តបន្ទាយមានជ័យ' },
  { code: 'kampong_cham', en: 'Kampong Cham Provincial Court', km: 'សាលាដំបូងខេត្តកំពង់ចាម' },
  { code: 'kampong_chhnang', en: 'Kampong Chhnang Provincial Court', km: 'សាលាដំបូងខេត្តកំពង់ឆ្នាំង' },
  { code: 'kampong_speu', en: 'Kampong Speu Provincial Court', km: 'សាលាដំបូងខេត្តកំពង់ស្ពឺ' },
  { code: 'kampong_thom', en: 'Kampong Thom Provincial Court', km: 'សាលាដំបូងខេត្តកំពង់ធំ' },
  { code: 'kampot', en: 'Kampot Provincial Court', km: 'សាលាដំបូងខេត្តកំពត' },
  { code: 'kandal', en: 'Kandal Provincial Court', km: 'សាលាដំបូងខេត្តកណ្ដាល' },
  { code: 'koh_kong', en: 'Koh Kong Provincial Court', km: 'សាលាដំបូងខេត្តកោះកុង' },
  { code: 'kratie', en: 'Kratie Provincial Court', km: 'សាលាដំបូងខេត្តក្រចេះ' },
  { code: 'mondulkiri', en: 'Mondulkiri Provincial Court', km: 'សាលាដំបូងខេត្តមណ្ឌលគិរី' },
  { code: 'oddar_meanchey', en: 'Oddar Meanchey Provincial Court', km: 'សាលាដំបូងខេត្តឧត្ដរមានជ័យ' },
  { code: 'pailin', en: 'Pailin Provincial Court', km: 'សាលាដំបូងខេត្តប៉ៃលិន' },
  { code: 'preah_vihear', en: 'Preah Vihear Provincial Court', km: 'សាលាដំបូងខេត្តព្រះវិហារ' },
  { code: 'prey_veng', en: 'Prey Veng Provincial Court', km: 'សាលាដំបូងខេត្តព្រៃវែង' },
  { code: 'pursat', en: 'Pursat Provincial Court', km: 'សាលាដំបូងខេត្តពោធិ៍សាត់' },
  { code: 'ratanakiri', en: 'Ratanakiri Provincial Court', km: 'សាលាដំបូងខេត្តរតនគិរី' },
  { code: 'stung_treng', en: 'Stung Treng Provincial Court', km: 'សាលាដំបូងខេត្តស្ទឹងត្រែង' },
  { code: 'svay_rieng', en: 'Svay Rieng Provincial Court', km: 'សាលាដំបូងខេត្តស្វាយរៀង' },
  { code: 'takeo', en: 'Takeo Provincial Court', km: 'សាលាដំបូងខេត្តតាកែវ' },
  { code: 'tbong_khmum', en: 'Tbong Khmum Provincial Court', km: 'សាលាដំបូងខេត្តត្បូងឃ្មុំ' },
  { code: 'court_of_appeal', en: 'Court of Appeal', km: 'សាលាឧទ្ធរណ៍' },
  { code: 'supreme_court', en: 'Supreme Court', km: 'តុលាការកំពូល' },
] as const;
export type CourtCode = (typeof COURTS)[number]['code'];
export const COURT_CODES = COURTS.map((c) => c.code) as [CourtCode, ...CourtCode[]];

/** Default number of days before a hearing its reminder starts to show. */
export const DEFAULT_REMINDER_DAYS = 3;
