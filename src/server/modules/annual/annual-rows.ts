import en from '../../../web/i18n/en/annual.json' with { type: 'json' };
import km from '../../../web/i18n/km/annual.json' with { type: 'json' };
import type { AnnualFigures } from './annual.schema.ts';

/**
 * The report's figures in the order and grouping the organisation publishes
 * them: three programmes, each a list of labelled figures. The page, the
 * XLSX/CSV tables and the PDF all walk this one list; labels are the web
 * app's (`annual.json`) so every output says the same thing in both languages.
 */
export const PROGRAMMES = ['criminalJusticeDevelopment', 'courtSupport', 'communityEngagement'] as const;
export type ProgrammeKey = (typeof PROGRAMMES)[number];
export type FigureKey = keyof typeof en.figures;

export type FigureRow = {
  programme: ProgrammeKey;
  /** The label key (`annual.figures.<figure>`). */
  figure: FigureKey;
  /** Where the figure sits in the contract's JSON, e.g. `criminalJusticeDevelopment.arrests.total`. */
  path: string;
  /** A breakdown of the figure above it (indented in the outputs). */
  part?: boolean;
  value: (f: AnnualFigures) => number;
};

const cjd = (f: AnnualFigures) => f.criminalJusticeDevelopment;
const ce = (f: AnnualFigures) => f.communityEngagement;

export const FIGURE_ROWS: readonly FigureRow[] = [
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'casesInvestigated',
    path: 'criminalJusticeDevelopment.casesInvestigated',
    value: (f) => cjd(f).casesInvestigated,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'casesOpened',
    path: 'criminalJusticeDevelopment.casesOpened',
    value: (f) => cjd(f).casesOpened,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'casesWithNationalPolice',
    path: 'criminalJusticeDevelopment.casesWithNationalPolice',
    value: (f) => cjd(f).casesWithNationalPolice,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'casesWithForeignPolice',
    path: 'criminalJusticeDevelopment.casesWithForeignPolice',
    value: (f) => cjd(f).casesWithForeignPolice,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'arrestsTotal',
    path: 'criminalJusticeDevelopment.arrests.total',
    value: (f) => cjd(f).arrests.total,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'arrestsForeign',
    path: 'criminalJusticeDevelopment.arrests.foreign',
    part: true,
    value: (f) => cjd(f).arrests.foreign,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'arrestsCambodian',
    path: 'criminalJusticeDevelopment.arrests.cambodian',
    part: true,
    value: (f) => cjd(f).arrests.cambodian,
  },
  {
    programme: 'criminalJusticeDevelopment',
    figure: 'victimsRescued',
    path: 'criminalJusticeDevelopment.victimsRescued',
    value: (f) => cjd(f).victimsRescued,
  },
  {
    programme: 'courtSupport',
    figure: 'legalSupportClients',
    path: 'courtSupport.legalSupportClients',
    value: (f) => f.courtSupport.legalSupportClients,
  },
  {
    programme: 'courtSupport',
    figure: 'socialSupportClients',
    path: 'courtSupport.socialSupportClients',
    value: (f) => f.courtSupport.socialSupportClients,
  },
  {
    programme: 'communityEngagement',
    figure: 'participants',
    path: 'communityEngagement.participants',
    value: (f) => ce(f).participants,
  },
  {
    programme: 'communityEngagement',
    figure: 'awareness_raising',
    path: 'communityEngagement.activities.awareness_raising',
    part: true,
    value: (f) => ce(f).activities.awareness_raising,
  },
  {
    programme: 'communityEngagement',
    figure: 'training',
    path: 'communityEngagement.activities.training',
    part: true,
    value: (f) => ce(f).activities.training,
  },
  {
    programme: 'communityEngagement',
    figure: 'workshop',
    path: 'communityEngagement.activities.workshop',
    part: true,
    value: (f) => ce(f).activities.workshop,
  },
  {
    programme: 'communityEngagement',
    figure: 'informant_discussion',
    path: 'communityEngagement.activities.informant_discussion',
    part: true,
    value: (f) => ce(f).activities.informant_discussion,
  },
  {
    programme: 'communityEngagement',
    figure: 'online_safety_session',
    path: 'communityEngagement.activities.online_safety_session',
    part: true,
    value: (f) => ce(f).activities.online_safety_session,
  },
  {
    programme: 'communityEngagement',
    figure: 'governmentEvents',
    path: 'communityEngagement.governmentEvents.events',
    value: (f) => ce(f).governmentEvents.events,
  },
  {
    programme: 'communityEngagement',
    figure: 'governmentParticipants',
    path: 'communityEngagement.governmentEvents.participants',
    part: true,
    value: (f) => ce(f).governmentEvents.participants,
  },
];

export const LABELS = { en, km } as const;
export type Lang = keyof typeof LABELS;
export const figureLabel = (lang: Lang, figure: FigureKey) => LABELS[lang].figures[figure];
export const programmeLabel = (lang: Lang, programme: ProgrammeKey) => LABELS[lang].programme[programme];
export const titleOfYear = (lang: Lang, year: number) => LABELS[lang].titleOfYear.replace('{{year}}', String(year));
