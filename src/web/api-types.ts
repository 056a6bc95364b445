/** Shapes of the API's answers, as the web app uses them (the server's zod schemas are the source). */

import type { CLOSE_REASONS, ReportChannel, ReportStatus } from '../shared/reports.ts';

export type Stage = 'mfa' | 'password_change' | 'enrol' | 'full';
export type Locale = 'km' | 'en';

export type User = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  officeCode: string;
  locale: Locale;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  active: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

export type Me = { stage: Stage; permissions: string[]; user: User };

export type Office = {
  code: string;
  nameEn: string;
  nameKm: string;
  openedOn: string | null;
  closedOn: string | null;
};

export type AuditEntry = {
  id: number;
  seq: number | null;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorLabel: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  detail: Record<string, unknown>;
};

export type AuditPage = { items: AuditEntry[]; nextBefore: number | null };

export type AuditVerification = {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBroken?: { seq: number; id: number | null; reason: string };
};

export type ReportCategory =
  | 'sexual_abuse'
  | 'sexual_exploitation'
  | 'online_content'
  | 'grooming'
  | 'suspicious_behaviour'
  | 'trafficking'
  | 'other';
export type CloseReason = (typeof CLOSE_REASONS)[number];
export type ReportAction = 'triage' | 'note' | 'close' | 'merge';

/** One line of the triage queue (`GET /api/reports`). */
export type QueueItem = {
  id: string;
  trackingCode: string;
  channel: ReportChannel;
  category: ReportCategory;
  emergency: boolean;
  status: ReportStatus;
  province: string | null;
  officeCode: string | null;
  assigneeId: string | null;
  receivedAt: string;
  ackDueAt: string;
  acknowledgedAt: string | null;
  /** Not acknowledged and past its deadline, as the server saw it. */
  breached: boolean;
  summary: string;
  urlCount: number;
};

export type QueuePage = { items: QueueItem[]; total: number };

export type ReportDetail = QueueItem & {
  description: string;
  place: string | null;
  occurredOn: string | null;
  language: string;
  contact: { name?: string; phone?: string; email?: string } | null;
  contactHidden: boolean;
  /** Defanged on the server; never turned back into a link. */
  urls: { defanged: string; host: string; reportedBefore: number }[];
  messages: { author: 'reporter' | 'staff'; authorId: string | null; body: string; createdAt: string }[];
  closeReason: CloseReason | null;
  mergedInto: string | null;
  actions: ReportAction[];
};

/** One call of the hotline's log (`GET /api/calls`), newest first; the summary is decrypted for operators. */
export type CallItem = {
  id: string;
  operatorId: string;
  startedAt: string;
  endedAt: string | null;
  callerType: 'child' | 'adult' | 'anonymous' | 'partner_organisation' | 'police';
  language: 'km' | 'en' | 'other';
  reasons: string[];
  summary: string | null;
  province: string | null;
  urgency: 'emergency' | 'high' | 'normal' | 'low';
  actionsTaken: string[];
  reportId: string | null;
  trackingCode: string | null;
};

export type { ImportReport } from './routes/imports/imports-api.ts';
export type { InvestigationDetail, InvestigationItem } from './routes/investigations/investigation-types.ts';
export type { DuplicatePair, PersonMatch, PersonSummary } from './routes/people/people-types.ts';
export type { UrlDetail, UrlFigures, UrlItem } from './routes/urls/url-types.ts';
