import type {
  EvidenceKind,
  ExploitationType,
  InvestigationStatus,
  LiaisonKind,
} from '../../../shared/investigations.ts';
import type { Gender, InvolvementRole, MODUS_OPERANDI } from '../../../shared/people.ts';

export type ModusOperandi = (typeof MODUS_OPERANDI)[number];

/** The offender profile of the organisation's research (perpetrators and accomplices only). */
export type OffenderProfile = {
  occupation: string | null;
  modusOperandi: ModusOperandi[];
  charges: string | null;
  outcome: string | null;
};

/** Shapes of the investigations API (`src/server/modules/investigations/investigations.schema.ts` is the source). */

export type Named = { id: string; name: string };

/** One line of `GET /api/investigations`. */
export type InvestigationItem = {
  id: string;
  number: number;
  /** The reference of a record imported from the old spreadsheets, if any. */
  ref: string | null;
  officeCode: string | null;
  status: InvestigationStatus;
  exploitationType: ExploitationType | null;
  openedOn: string;
  caseOpenedOn: string | null;
  closedOn: string | null;
  nationalPolice: boolean | null;
  foreignPolice: boolean | null;
  foreignAgency: string | null;
  lead: Named | null;
  counts: { reports: number; offenders: number; victims: number; arrests: number; rescues: number };
};

export type InvestigationPage = { total: number; items: InvestigationItem[] };

export type InvestigationAction =
  | 'edit'
  | 'status'
  | 'team'
  | 'link_report'
  | 'add_person'
  | 'arrest'
  | 'rescue'
  | 'note'
  | 'task'
  | 'evidence'
  | 'agency'
  | 'liaison';

/** A person's part in the investigation; names are null when the viewer may not see them. */
export type InvestigationPerson = {
  involvementId: string;
  personId: string;
  pseudonym: string;
  /** The Latin or Khmer name, or the pseudonym when the viewer may not see names or none is known. */
  displayName: string;
  khmerName: string | null;
  latinName: string | null;
  role: InvolvementRole;
  gender: Gender;
  birthYear: number | null;
  /** The birth year comes from an estimated age, not from papers. */
  birthYearEstimated: boolean;
  nationality: string | null;
  /** The place is stored encrypted. */
  arrest: { arrestedOn: string; agency: string | null; place: string | null } | null;
  /** Null for anyone but a perpetrator or an accomplice. */
  profile: OffenderProfile | null;
  rescue: { rescuedOn: string } | null;
};

export type InvestigationDetail = InvestigationItem & {
  /** Stored encrypted; decrypted for the reader. */
  summary: string | null;
  team: Named[];
  history: { status: string; on: string; byName: string | null; at: string }[];
  reports: { id: string; trackingCode: string; receivedAt: string; category: string }[];
  people: InvestigationPerson[];
  /** The activity log, oldest first as the server sends it; bodies decrypted. */
  notes: InvestigationNote[];
  tasks: InvestigationTask[];
  evidence: EvidenceItem[];
  agencies: CooperatingAgency[];
  /** Contacts with the agencies, by date (oldest first as the server sends them). */
  liaison: LiaisonContact[];
  actions: InvestigationAction[];
  /** Set when this user sees it only through break the glass: read-only until then. */
  lookEndsAt: string | null;
};

export type InvestigationNote = { id: number; body: string; authorName: string | null; createdAt: string };

export type InvestigationTask = {
  id: string;
  /** Stored encrypted. */
  title: string;
  owner: Named | null;
  dueOn: string | null;
  /** When it was marked done; null while open. */
  doneAt: string | null;
};

/** A hand-over in the chain of custody. */
export type EvidenceTransfer = {
  from: string;
  to: string;
  on: string;
  reason: string | null;
  recordedByName: string | null;
};

/** Evidence as metadata only: Komar stores no images or files. */
export type EvidenceItem = {
  id: string;
  kind: EvidenceKind;
  /** Stored encrypted. */
  description: string;
  collectedOn: string;
  collectedByName: string | null;
  /** Who holds the item now (the last hand-over's receiver, or the first holder). */
  holder: string;
  transfers: EvidenceTransfer[];
};

/** A police unit or government body of the partner directory working on the investigation. */
export type CooperatingAgency = { id: string; name: string; country: string | null; kind: string };

export type LiaisonContact = {
  id: number;
  partnerId: string;
  partnerName: string;
  kind: LiaisonKind;
  on: string;
  /** Stored encrypted. */
  note: string | null;
  byName: string | null;
};

/** Staff who may lead or join an investigation (`GET /api/investigations/assignees`). */
export type Assignee = { id: string; name: string; officeCode: string };

/** The few fields of a partner directory entry the agency picker needs (`GET /api/partners`). */
export type AgencyPartner = { id: string; kind: 'police' | 'government'; name: string; country: string | null };
