import type { ExploitationType, InvestigationStatus } from '../../../shared/investigations.ts';
import type { Gender, InvolvementRole } from '../../../shared/people.ts';

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

export type InvestigationAction = 'edit' | 'status' | 'team' | 'link_report' | 'add_person' | 'arrest' | 'rescue';

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
  nationality: string | null;
  arrest: { arrestedOn: string; agency: string | null } | null;
  rescue: { rescuedOn: string } | null;
};

export type InvestigationDetail = InvestigationItem & {
  /** Stored encrypted; decrypted for the reader. */
  summary: string | null;
  team: Named[];
  history: { status: string; on: string; byName: string | null; at: string }[];
  reports: { id: string; trackingCode: string; receivedAt: string; category: string }[];
  people: InvestigationPerson[];
  actions: InvestigationAction[];
};

/** Staff who may lead or join an investigation (`GET /api/investigations/assignees`). */
export type Assignee = { id: string; name: string; officeCode: string };
