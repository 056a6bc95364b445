/** Shapes of the API's answers, as the web app uses them (the server's zod schemas are the source). */

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
