import dayjs from 'dayjs';
import {
  CALL_ACTIONS,
  type CALL_LANGUAGES,
  CALL_REASON_GROUPS,
  CALL_REASONS,
  type CALL_URGENCIES,
  type CALLER_TYPES,
  REASON_TO_CATEGORY,
} from '../../../shared/calls.ts';
import type { ReportCategory } from '../../api-types.ts';

/**
 * The call form's state and the pure rules around it: the default report
 * category, which calls may become reports, durations, the request body and
 * the mapping of the server's field errors onto the form. No React here, so
 * call-form.test.ts can check it all.
 */

export type CallerType = (typeof CALLER_TYPES)[number];
export type CallLanguage = (typeof CALL_LANGUAGES)[number];
export type CallUrgency = (typeof CALL_URGENCIES)[number];
export type CallAction = (typeof CALL_ACTIONS)[number];

/** The channels a report entered by hand may come from (the server's `manualReportBody`). */
export const MANUAL_CHANNELS = ['email', 'walk_in', 'informant', 'partner_referral'] as const;
export type ManualChannel = (typeof MANUAL_CHANNELS)[number];

/** `<input type="datetime-local" step="1">` reads and writes this local format. */
const LOCAL_INPUT = 'YYYY-MM-DDTHH:mm:ss';

export function toLocalInput(at: Date | number = Date.now()): string {
  return dayjs(at).format(LOCAL_INPUT);
}

/** A datetime-local value (seconds optional) as an ISO instant, or null when it is not a date and time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const d = dayjs(value);
  return d.isValid() ? d.toISOString() : null;
}

export type CallFormValues = {
  startedAt: string;
  endedAt: string;
  callerType: CallerType;
  language: CallLanguage;
  reasons: string[];
  summary: string;
  province: string | null;
  place: string;
  urgency: CallUrgency;
  actionsTaken: string[];
  createReport: boolean;
  /** null: follow the default from the reasons, until the operator picks one. */
  category: ReportCategory | null;
  contact: { name: string; phone: string };
};

/** A fresh form for the next call: it starts now. */
export function emptyCall(now: Date | number = Date.now()): CallFormValues {
  return {
    startedAt: toLocalInput(now),
    endedAt: '',
    callerType: 'adult',
    language: 'km',
    reasons: [],
    summary: '',
    province: null,
    place: '',
    urgency: 'normal',
    actionsTaken: [],
    createReport: false,
    category: null,
    contact: { name: '', phone: '' },
  };
}

/** Reasons in the taxonomy's order (the order the screen lists them), whatever order they were ticked in. */
export function sortReasons(reasons: readonly string[]): string[] {
  return CALL_REASONS.filter((r) => reasons.includes(r));
}

/** The report category the first abuse reason suggests; "other" when the call names no abuse. */
export function defaultCategory(reasons: readonly string[]): ReportCategory {
  const first = sortReasons(reasons).find((r) => r in REASON_TO_CATEGORY);
  return ((first && REASON_TO_CATEGORY[first]) ?? 'other') as ReportCategory;
}

/** Silent, prank and wrong-number calls only: such a call is not a report. */
export function isSilentOnly(reasons: readonly string[]): boolean {
  const silent: readonly string[] = CALL_REASON_GROUPS.non_counselling;
  return reasons.length > 0 && reasons.every((r) => silent.includes(r));
}

export type Duration = { hours: number; minutes: number; seconds: number };

/** The time between two instants, or null when either is missing or the end is before the start. */
export function durationBetween(start: string | null | undefined, end: string | null | undefined): Duration | null {
  if (!start || !end) return null;
  const ms = new Date(end).getTime() - new Date(start).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  const total = Math.round(ms / 1000);
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/** Which translation names a duration, and with what: hours and minutes, minutes and seconds, or seconds. */
export function durationText(d: Duration): { key: 'hours' | 'minutes' | 'seconds'; values: Record<string, number> } {
  if (d.hours > 0) return { key: 'hours', values: { h: d.hours, m: d.minutes } };
  if (d.minutes > 0) return { key: 'minutes', values: { m: d.minutes, s: d.seconds } };
  return { key: 'seconds', values: { s: d.seconds } };
}

const filled = (s: string) => {
  const v = s.trim();
  return v ? v : undefined;
};

/** The body of `POST /api/calls`: empty fields left out, times as instants, report fields only for a report. */
export function buildCallBody(v: CallFormValues) {
  const createReport = v.createReport && !isSilentOnly(v.reasons);
  const contact = { name: filled(v.contact.name), phone: filled(v.contact.phone) };
  const hasContact = !!(contact.name || contact.phone);
  return {
    startedAt: fromLocalInput(v.startedAt) ?? v.startedAt,
    ...(v.endedAt ? { endedAt: fromLocalInput(v.endedAt) ?? v.endedAt } : {}),
    callerType: v.callerType,
    language: v.language,
    reasons: sortReasons(v.reasons),
    ...(filled(v.summary) ? { summary: filled(v.summary) } : {}),
    ...(v.province ? { province: v.province } : {}),
    ...(filled(v.place) ? { place: filled(v.place) } : {}),
    urgency: v.urgency,
    actionsTaken: CALL_ACTIONS.filter((a) => v.actionsTaken.includes(a)),
    createReport,
    ...(createReport ? { category: v.category ?? defaultCategory(v.reasons) } : {}),
    ...(createReport && hasContact
      ? {
          contact: {
            ...(contact.name ? { name: contact.name } : {}),
            ...(contact.phone ? { phone: contact.phone } : {}),
          },
        }
      : {}),
  };
}

/** Checks made before sending; each value is a translation key for the field's message. */
export function validateCall(v: CallFormValues): Partial<Record<string, string>> {
  const errors: Record<string, string> = {};
  const start = fromLocalInput(v.startedAt);
  if (!start) errors.startedAt = 'calls.form.timeInvalid';
  if (v.endedAt) {
    const end = fromLocalInput(v.endedAt);
    if (!end) errors.endedAt = 'calls.form.timeInvalid';
    else if (start && end < start) errors.endedAt = 'calls.form.endBeforeStart';
  }
  if (v.reasons.length === 0) errors.reasons = 'calls.form.reasonsRequired';
  if (v.createReport && !isSilentOnly(v.reasons) && !v.summary.trim()) errors.summary = 'calls.form.summaryRequired';
  return errors;
}

export type ManualFormValues = {
  channel: ManualChannel | null;
  category: ReportCategory | null;
  description: string;
  province: string | null;
  place: string;
  occurredOn: string;
  emergency: boolean;
  contact: { name: string; phone: string; email: string };
  urls: string[];
};

export function emptyManual(): ManualFormValues {
  return {
    channel: null,
    category: null,
    description: '',
    province: null,
    place: '',
    occurredOn: '',
    emergency: false,
    contact: { name: '', phone: '', email: '' },
    urls: [''],
  };
}

/**
 * The body of `POST /api/reports/manual`. Empty address rows are left out, so
 * `urlRows[i]` tells which row of the form the i-th sent address came from
 * (the server names a bad address by its place in the list it received).
 */
export function buildManualBody(v: ManualFormValues) {
  const urlRows: number[] = [];
  const urls: string[] = [];
  v.urls.forEach((u, row) => {
    if (u.trim()) {
      urls.push(u.trim());
      urlRows.push(row);
    }
  });
  const contact = { name: filled(v.contact.name), phone: filled(v.contact.phone), email: filled(v.contact.email) };
  const contactFields = Object.fromEntries(Object.entries(contact).filter(([, value]) => value));
  const body = {
    channel: v.channel as ManualChannel,
    category: v.category as ReportCategory,
    description: v.description.trim(),
    ...(urls.length ? { urls } : {}),
    ...(v.province ? { province: v.province } : {}),
    ...(filled(v.place) ? { place: filled(v.place) } : {}),
    ...(v.occurredOn ? { occurredOn: v.occurredOn } : {}),
    ...(v.emergency ? { emergency: true } : {}),
    ...(Object.keys(contactFields).length ? { contact: contactFields } : {}),
  };
  return { body, urlRows };
}

/** An address the server will take: http or https with a host (the server checks again). */
export function isWebAddress(value: string): boolean {
  try {
    const u = new URL(value.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export function validateManual(v: ManualFormValues, today: string): Partial<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (!v.channel) errors.channel = 'validation.required';
  if (!v.category) errors.category = 'validation.required';
  if (!v.description.trim()) errors.description = 'validation.required';
  if (v.occurredOn && v.occurredOn > today) errors.occurredOn = 'calls.manual.dateInFuture';
  if (v.contact.email.trim() && !/^\S+@\S+\.\S+$/.test(v.contact.email.trim()))
    errors['contact.email'] = 'validation.email';
  v.urls.forEach((u, i) => {
    if (u.trim() && !isWebAddress(u)) errors[`urls.${i}`] = 'calls.manual.urlInvalid';
  });
  if (v.category === 'online_content' && !v.urls.some((u) => u.trim())) errors['urls.0'] = 'calls.manual.urlsRequired';
  return errors;
}

/** The form field that shows a server error path: a bad reason marks the reasons, a bad address its row. */
export function formFieldOf(path: string, urlRows: readonly number[] = []): string {
  const [head, index] = path.split('.');
  if ((head === 'reasons' || head === 'actionsTaken') && index !== undefined) return head;
  if (head === 'urls') return /^\d+$/.test(index ?? '') ? `urls.${urlRows[Number(index)] ?? Number(index)}` : 'urls.0';
  return path;
}

/**
 * The server's field errors (`{ "reasons.0": "…", "urls.2": "…" }`) under the
 * form's own fields (see formFieldOf). Fields the form does not show keep their
 * path, for the error alert to list.
 */
export function formErrorsFromServer(fields: Record<string, string>, urlRows: readonly number[] = []) {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) out[formFieldOf(path, urlRows)] ??= message;
  return out;
}

/** The server's error paths the form shows beside its fields; the error alert lists only the others. */
export function serverPathsShown(
  fields: Record<string, string>,
  shown: readonly string[],
  urlRows: readonly number[] = [],
) {
  return Object.keys(fields).filter((path) => shown.includes(formFieldOf(path, urlRows)));
}
