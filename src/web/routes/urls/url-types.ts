import type { URL_ACTIONS, URL_VERDICTS } from '../../../shared/internet-hotline.ts';

/** Shapes of the internet hotline's answers (`src/server/modules/intake/url-assessments.schema.ts` is the source). */

export type UrlVerdict = (typeof URL_VERDICTS)[number];
export type UrlAction = (typeof URL_ACTIONS)[number];
export type UrlStatus = 'unassessed' | 'assessed' | 'all';

/** One distinct reported address (`GET /api/urls`). Defanged on the server; never turned back into a link. */
export type UrlItem = {
  hash: string;
  defanged: string;
  host: string;
  firstReportedAt: string;
  reportCount: number;
  verdict: UrlVerdict | null;
  /** From the domain's country code; the analyst confirms or corrects it. */
  suggestedCountry: string | null;
};

export type UrlAssessment = {
  verdict: UrlVerdict;
  contentType: string | null;
  ageGroup: string | null;
  severity: number | null;
  hostingCountry: string | null;
  hostingProvider: string | null;
  notes: string | null;
  assessedBy: string;
  assessedByName: string;
  assessedAt: string;
};

export type UrlActionEntry = {
  action: UrlAction;
  /** `YYYY-MM-DD` */
  on: string;
  recipient: string | null;
  partnerId: string | null;
  partnerName: string | null;
  byUserId: string;
  byName: string;
};

export type UrlDetail = UrlItem & {
  assessment: UrlAssessment | null;
  reports: { id: string; trackingCode: string; receivedAt: string }[];
  actions: UrlActionEntry[];
};

export type UrlFigureRow = {
  assessed: number;
  illegal: number;
  illegalPercent: number;
  medianDaysToRemoval: number | null;
};

export type UrlFigures = { total: UrlFigureRow; byCountry: (UrlFigureRow & { country: string | null })[] };

/** What the action form needs of the partner directory (`GET /api/partners?kind=hotline_abroad`). */
export type HotlineAbroad = { id: string; name: string; country: string | null; active: boolean };
