import { type InvestigationStatus, STATUS_TRANSITIONS } from '../../../shared/investigations.ts';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { InvestigationDetail, InvestigationPerson } from './investigation-types.ts';

/** `INV-000042`: how staff, the police and the annual report name an investigation. */
export function investigationNumber(n: number): string {
  return `INV-${String(n).padStart(6, '0')}`;
}

/** The statuses an investigation may move to next, in the order of STATUS_TRANSITIONS. */
export function nextStatuses(status: InvestigationStatus): readonly InvestigationStatus[] {
  return STATUS_TRANSITIONS[status] ?? [];
}

export const isOffender = (p: Pick<InvestigationPerson, 'role'>) =>
  (OFFENDER_ROLES as readonly string[]).includes(p.role);

/** A perpetrator or accomplice not yet arrested (the server records one arrest each). */
export const mayArrest = (p: InvestigationPerson) => isOffender(p) && !p.arrest;

/** A child victim not yet rescued. */
export const mayRescue = (p: InvestigationPerson) => p.role === 'victim' && !p.rescue;

/**
 * A tracking code as people type it (any case, spaces, O for 0, I or L for 1)
 * in the canonical `7QKM-4XD9` form, or null; the same reading as the server's.
 */
export function canonicalTrackingCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(c)) return null;
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

/** Years for the "opened in" filter: this year back to the organisation's oldest records. */
export function yearOptions(thisYear: number, from = 2000): number[] {
  const years: number[] = [];
  for (let y = thisYear; y >= from; y--) years.push(y);
  return years;
}

/** Police cooperation as the edit form holds it: a yes/no/unknown choice. */
export type Tristate = 'yes' | 'no' | 'unknown';
export const toTristate = (v: boolean | null): Tristate => (v === null ? 'unknown' : v ? 'yes' : 'no');
export const fromTristate = (v: Tristate): boolean | null => (v === 'unknown' ? null : v === 'yes');

/** Mantine's Select cannot hold an empty value; "not recorded" and "nobody" are this choice. */
export const NONE = 'none';

export type NewInvestigationValues = {
  officeCode: string;
  openedOn: string;
  status: 'monitoring' | 'active';
  exploitationType: string;
  leadInvestigatorId: string;
  memberIds: string[];
  trackingCodes: string[];
  summary: string;
};

/** The body of POST /api/investigations; reports are linked by tracking code afterwards. */
export function createInput(v: NewInvestigationValues) {
  const summary = v.summary.trim();
  return {
    officeCode: v.officeCode,
    openedOn: v.openedOn,
    status: v.status,
    ...(v.exploitationType !== NONE ? { exploitationType: v.exploitationType } : {}),
    ...(v.leadInvestigatorId !== NONE ? { leadInvestigatorId: v.leadInvestigatorId } : {}),
    memberIds: v.memberIds.filter((id) => id !== v.leadInvestigatorId),
    trackingCodes: v.trackingCodes,
    ...(summary ? { summary } : {}),
  };
}

export type EditValues = {
  officeCode: string;
  exploitationType: string;
  nationalPolice: Tristate;
  foreignPolice: Tristate;
  foreignAgency: string;
  leadInvestigatorId: string;
  summary: string;
};

export function editValues(d: InvestigationDetail): EditValues {
  return {
    officeCode: d.officeCode ?? '',
    exploitationType: d.exploitationType ?? NONE,
    nationalPolice: toTristate(d.nationalPolice),
    foreignPolice: toTristate(d.foreignPolice),
    foreignAgency: d.foreignAgency ?? '',
    leadInvestigatorId: d.lead?.id ?? NONE,
    summary: d.summary ?? '',
  };
}

/** Only what changed, so the audit log records the real change (an empty object: nothing to send). */
export function editChanges(d: InvestigationDetail, v: EditValues) {
  const changes: Record<string, string | boolean | null> = {};
  const before = editValues(d);
  if (v.officeCode && v.officeCode !== before.officeCode) changes.officeCode = v.officeCode;
  if (v.exploitationType !== before.exploitationType)
    changes.exploitationType = v.exploitationType === NONE ? null : v.exploitationType;
  if (v.nationalPolice !== before.nationalPolice) changes.nationalPolice = fromTristate(v.nationalPolice);
  if (v.foreignPolice !== before.foreignPolice) changes.foreignPolice = fromTristate(v.foreignPolice);
  if (v.foreignAgency.trim() !== before.foreignAgency) changes.foreignAgency = v.foreignAgency.trim() || null;
  if (v.leadInvestigatorId !== before.leadInvestigatorId)
    changes.leadInvestigatorId = v.leadInvestigatorId === NONE ? null : v.leadInvestigatorId;
  if (v.summary.trim() !== before.summary.trim()) changes.summary = v.summary.trim() || null;
  return changes;
}

export type PersonValues = {
  role: string;
  khmerName: string;
  latinName: string;
  gender: string;
  birthYear: string;
  nationality: string;
};

/** The body of POST /:id/people for a new person: blanks left out, the year as a number. */
export function personInput(v: PersonValues) {
  const khmerName = v.khmerName.trim();
  const latinName = v.latinName.trim();
  const birthYear = v.birthYear.trim();
  return {
    role: v.role,
    person: {
      gender: v.gender || 'unknown',
      ...(khmerName ? { khmerName } : {}),
      ...(latinName ? { latinName } : {}),
      ...(birthYear ? { birthYear: Number(birthYear) } : {}),
      ...(v.nationality && v.nationality !== NONE ? { nationality: v.nationality } : {}),
    },
  };
}

/** Nothing known at all: the server refuses it (an unnamed person needs at least a gender, a year or a nationality). */
export function personIsEmpty(v: PersonValues): boolean {
  return (
    !v.khmerName.trim() &&
    !v.latinName.trim() &&
    !v.birthYear.trim() &&
    (!v.gender || v.gender === 'unknown') &&
    (!v.nationality || v.nationality === NONE)
  );
}

/** A birth year, if given, is a plausible four-digit year. */
export function validBirthYear(value: string, thisYear: number): boolean {
  const v = value.trim();
  if (!v) return true;
  if (!/^\d{4}$/.test(v)) return false;
  const n = Number(v);
  return n >= 1900 && n <= thisYear;
}
