/**
 * The annual report's figures as the page lays them out: by programme, in
 * the order the organisation publishes them (the server's PDF and XLSX walk
 * the same list: `annual-rows.test.ts` keeps the two in step).
 */
export type AnnualFigures = {
  year: number;
  criminalJusticeDevelopment: {
    casesInvestigated: number;
    casesOpened: number;
    casesWithNationalPolice: number;
    casesWithForeignPolice: number;
    arrests: { foreign: number; cambodian: number; total: number };
    victimsRescued: number;
  };
  courtSupport: { legalSupportClients: number; socialSupportClients: number };
  communityEngagement: {
    participants: number;
    activities: Record<
      'awareness_raising' | 'training' | 'workshop' | 'informant_discussion' | 'online_safety_session',
      number
    >;
    governmentEvents: { events: number; participants: number };
  };
};
export type AnnualReport = { current: AnnualFigures; previous: AnnualFigures };

export const PROGRAMMES = ['criminalJusticeDevelopment', 'courtSupport', 'communityEngagement'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export type FigureRow = { programme: Programme; figure: string; path: string; part?: boolean };

const cjd = (figure: string, path: string, part = false): FigureRow => ({
  programme: 'criminalJusticeDevelopment',
  figure,
  path: `criminalJusticeDevelopment.${path}`,
  part,
});
const ce = (figure: string, path: string, part = false): FigureRow => ({
  programme: 'communityEngagement',
  figure,
  path: `communityEngagement.${path}`,
  part,
});

export const FIGURE_ROWS: readonly FigureRow[] = [
  cjd('casesInvestigated', 'casesInvestigated'),
  cjd('casesOpened', 'casesOpened'),
  cjd('casesWithNationalPolice', 'casesWithNationalPolice'),
  cjd('casesWithForeignPolice', 'casesWithForeignPolice'),
  cjd('arrestsTotal', 'arrests.total'),
  cjd('arrestsForeign', 'arrests.foreign', true),
  cjd('arrestsCambodian', 'arrests.cambodian', true),
  cjd('victimsRescued', 'victimsRescued'),
  { programme: 'courtSupport', figure: 'legalSupportClients', path: 'courtSupport.legalSupportClients' },
  { programme: 'courtSupport', figure: 'socialSupportClients', path: 'courtSupport.socialSupportClients' },
  ce('participants', 'participants'),
  ce('awareness_raising', 'activities.awareness_raising', true),
  ce('training', 'activities.training', true),
  ce('workshop', 'activities.workshop', true),
  ce('informant_discussion', 'activities.informant_discussion', true),
  ce('online_safety_session', 'activities.online_safety_session', true),
  ce('governmentEvents', 'governmentEvents.events'),
  ce('governmentParticipants', 'governmentEvents.participants', true),
];

/** The figure at a dotted path of the report, e.g. `criminalJusticeDevelopment.arrests.total`. */
export function valueAt(figures: AnnualFigures, path: string): number {
  let v: unknown = figures;
  for (const key of path.split('.')) v = (v as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : 0;
}

/** Arrested offenders whose nationality is unknown: in the total, in neither column. */
export function unknownNationality(f: AnnualFigures): number {
  const a = f.criminalJusticeDevelopment.arrests;
  return Math.max(0, a.total - a.foreign - a.cambodian);
}

/** The years offered: the organisation's first (2003) to this one, newest first. */
export function reportYears(thisYear: number): string[] {
  return Array.from({ length: thisYear - 2003 + 1 }, (_, i) => String(thisYear - i));
}
