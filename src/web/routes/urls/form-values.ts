import type { UrlAction, UrlDetail, UrlVerdict } from './url-types.ts';
import type { ActionInput, AssessmentInput } from './urls-api.ts';

/**
 * The forms' values and what the API receives from them: pure functions, so
 * they are tested without a browser.
 */

/** Mantine's Select cannot hold an empty value, and its clear button has no name: "not recorded" is this choice. */
export const NONE = 'none';
/** "Not known" in the country list. */
export const NO_COUNTRY = 'none';
export const FORWARD: UrlAction = 'forwarded_to_hotline';

export type AssessmentValues = {
  verdict: string;
  contentType: string;
  ageGroup: string;
  severity: string;
  hostingCountry: string;
  hostingProvider: string;
  notes: string;
};

export type ActionValues = { action: string; on: string; recipient: string; partnerId: string };

/** The assessment to revise, or a new one with the hosting country suggested from the domain. */
export function initialAssessmentValues(url: Pick<UrlDetail, 'assessment' | 'suggestedCountry'>): AssessmentValues {
  const a = url.assessment;
  return {
    verdict: a?.verdict ?? '',
    contentType: a?.contentType ?? NONE,
    ageGroup: a?.ageGroup ?? NONE,
    severity: a?.severity ? String(a.severity) : NONE,
    hostingCountry: (a ? a.hostingCountry : url.suggestedCountry) ?? NO_COUNTRY,
    hostingProvider: a?.hostingProvider ?? '',
    notes: a?.notes ?? '',
  };
}

/** "Not recorded" and blank text become null; the severity a number. */
export function assessmentInput(values: AssessmentValues): AssessmentInput {
  const chosen = (v: string) => (v === NONE || v === '' ? null : v);
  const text = (v: string) => v.trim() || null;
  const severity = chosen(values.severity);
  return {
    verdict: values.verdict as UrlVerdict,
    contentType: chosen(values.contentType),
    ageGroup: chosen(values.ageGroup),
    severity: severity === null ? null : Number(severity),
    hostingCountry: values.hostingCountry === NO_COUNTRY ? null : values.hostingCountry,
    hostingProvider: text(values.hostingProvider),
    notes: text(values.notes),
  };
}

/** The partner for a forward; the recipient in words (if any) for everything else. */
export function actionInput(values: ActionValues): ActionInput {
  const base = { action: values.action as UrlAction, on: values.on };
  if (values.action === FORWARD) return { ...base, partnerId: values.partnerId };
  const recipient = values.recipient.trim();
  return recipient ? { ...base, recipient } : base;
}
