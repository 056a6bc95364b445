import { type InvestigationStatus, STATUS_TRANSITIONS } from '../../../shared/investigations.ts';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type {
  AgencyPartner,
  EvidenceItem,
  InvestigationDetail,
  InvestigationPerson,
  InvestigationTask,
  OffenderProfile,
} from './investigation-types.ts';

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
  /** Years, for a child without papers when neither the birth date nor the year is known. */
  estimatedAge?: string;
  nationality: string;
};

/** The body of POST /:id/people for a new person: blanks left out, the year as a number. */
export function personInput(v: PersonValues) {
  const khmerName = v.khmerName.trim();
  const latinName = v.latinName.trim();
  const birthYear = v.birthYear.trim();
  const estimatedAge = (v.estimatedAge ?? '').trim();
  return {
    role: v.role,
    person: {
      gender: v.gender || 'unknown',
      ...(khmerName ? { khmerName } : {}),
      ...(latinName ? { latinName } : {}),
      ...(birthYear ? { birthYear: Number(birthYear) } : {}),
      ...(estimatedAge ? { estimatedAge: Number(estimatedAge) } : {}),
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
    !(v.estimatedAge ?? '').trim() &&
    (!v.gender || v.gender === 'unknown') &&
    (!v.nationality || v.nationality === NONE)
  );
}

/** An estimated age, if given, is a whole number of years from 0 to 120. */
export function validAge(value: string): boolean {
  const v = value.trim();
  return !v || (/^\d{1,3}$/.test(v) && Number(v) <= 120);
}

/** A birth year, if given, is a plausible four-digit year. */
export function validBirthYear(value: string, thisYear: number): boolean {
  const v = value.trim();
  if (!v) return true;
  if (!/^\d{4}$/.test(v)) return false;
  const n = Number(v);
  return n >= 1900 && n <= thisYear;
}

type Action = InvestigationDetail['actions'][number];

/** What the viewer may do here: the server lists it with the investigation (and checks again on every change). */
export function mayDo(d: Pick<InvestigationDetail, 'actions'>, action: Action): boolean {
  return d.actions.includes(action);
}

/** A log read from the latest entry down (the server sends the oldest first). */
export const newestFirst = <T>(items: readonly T[]): T[] => [...items].reverse();

/** Due before today and not done. `today` is `YYYY-MM-DD` in the reader's time zone. */
export const isOverdue = (task: Pick<InvestigationTask, 'dueOn' | 'doneAt'>, today: string) =>
  !task.doneAt && !!task.dueOn && task.dueOn < today;

/**
 * Open tasks first, the earliest due first (so overdue ones lead), those
 * without a date after them; then the done ones, the last done first.
 */
export function sortTasks(tasks: readonly InvestigationTask[]): InvestigationTask[] {
  const open = tasks.filter((t) => !t.doneAt);
  const done = tasks.filter((t) => t.doneAt);
  open.sort((a, b) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31'));
  done.sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  return [...open, ...done];
}

export type TaskValues = { title: string; ownerId: string; dueOn: string };

/** The body of POST /:id/tasks: blanks left out. */
export function taskInput(v: TaskValues) {
  return {
    title: v.title.trim(),
    ...(v.ownerId && v.ownerId !== NONE ? { ownerId: v.ownerId } : {}),
    ...(v.dueOn ? { dueOn: v.dueOn } : {}),
  };
}

/** One step of an item's chain of custody: who received it, when, from whom and why. */
export type CustodyStep = {
  holder: string;
  on: string;
  /** Null for the first step, the collection. */
  from: string | null;
  reason: string | null;
  by: string | null;
};

/** The chain of custody from the collection to the current holder, in order. */
export function custodyChain(item: EvidenceItem): CustodyStep[] {
  const first = item.transfers[0]?.from ?? item.holder;
  return [
    { holder: first, on: item.collectedOn, from: null, reason: null, by: item.collectedByName },
    ...item.transfers.map((x) => ({ holder: x.to, on: x.on, from: x.from, reason: x.reason, by: x.recordedByName })),
  ];
}

/** Optional free text left out when blank. */
export const optionalText = <K extends string>(key: K, value: string): Partial<Record<K, string>> => {
  const v = value.trim();
  return v ? ({ [key]: v } as Record<K, string>) : {};
};

/** Directory entries not yet cooperating on the investigation, police units first, by name. */
export function agencyChoices(partners: readonly AgencyPartner[], added: readonly { id: string }[]): AgencyPartner[] {
  const taken = new Set(added.map((a) => a.id));
  return partners
    .filter((p) => !taken.has(p.id))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'police' ? -1 : 1));
}

/** The offender profile form's values: Mantine inputs hold strings, never null. */
export type ProfileValues = { occupation: string; modusOperandi: string[]; charges: string; outcome: string };

export function profileValues(p: OffenderProfile | null): ProfileValues {
  return {
    occupation: p?.occupation ?? '',
    modusOperandi: [...(p?.modusOperandi ?? [])],
    charges: p?.charges ?? '',
    outcome: p?.outcome ?? '',
  };
}

/** Only what changed in the offender profile; a cleared text is null. */
export function profileChanges(before: OffenderProfile | null, v: ProfileValues): Partial<OffenderProfile> {
  const old = profileValues(before);
  const changes: Partial<OffenderProfile> = {};
  for (const key of ['occupation', 'charges', 'outcome'] as const) {
    if (v[key].trim() !== old[key].trim()) changes[key] = v[key].trim() || null;
  }
  const sorted = (l: string[]) => [...l].sort().join(',');
  if (sorted(v.modusOperandi) !== sorted(old.modusOperandi)) {
    changes.modusOperandi = v.modusOperandi as OffenderProfile['modusOperandi'];
  }
  return changes;
}

/** Whether a perpetrator's or accomplice's profile has anything to show. */
export function hasProfile(p: OffenderProfile | null): p is OffenderProfile {
  return !!p && !!(p.occupation || p.modusOperandi.length > 0 || p.charges || p.outcome);
}
