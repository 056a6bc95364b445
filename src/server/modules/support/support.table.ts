import { bigserial, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { investigations } from '../investigations/investigations.table.ts';
import { offices } from '../offices/offices.table.ts';
import { partners } from '../partners/partners.table.ts';
import { people } from '../people/people.table.ts';

/**
 * A support case: the social and legal departments' work with one client (a
 * person of the people module: a child victim, a family member or a witness).
 * `ref` is the `client_ref` of the `client_services` import: an imported
 * client is a person with one support case found again by that ref.
 */
export const supportCases = pgTable(
  'support_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Shown to staff as SC-000042. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    ref: text('ref').unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** `child_victim`, `family_member`, `witness` (src/shared/support.ts). */
    clientKind: text('client_kind').notNull(),
    /** Null for a client imported without an office: only its assigned staff see it. */
    officeCode: text('office_code').references(() => offices.code),
    /** `open`, `closure_requested`, `closed`. */
    status: text('status').notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    socialWorkerId: uuid('social_worker_id').references(() => users.id),
    lawyerId: uuid('lawyer_id').references(() => users.id),
    /** Intake assessment: `low`, `medium`, `high`, with the date and (encrypted) findings and needs. */
    riskLevel: text('risk_level'),
    assessedOn: date('assessed_on'),
    assessedBy: uuid('assessed_by').references(() => users.id),
    /** Encrypted. */
    assessment: text('assessment'),
    /** Need codes (src/shared/support.ts); the details go in `needs_notes` (encrypted). */
    needs: text('needs').array().notNull().default([]),
    needsNotes: text('needs_notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_cases_office_idx').on(t.officeCode, t.status),
    index('support_cases_person_idx').on(t.personId),
    index('support_cases_social_worker_idx').on(t.socialWorkerId),
    index('support_cases_lawyer_idx').on(t.lawyerId),
  ],
);

/** Staff lent to the case from another office (they see it, like the assigned social worker and lawyer). */
export const supportCaseMembers = pgTable(
  'support_case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('support_case_members_user_idx').on(t.userId)],
);

/** The investigations a support case belongs to. */
export const supportCaseInvestigations = pgTable(
  'support_case_investigations',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.investigationId] }),
    index('support_case_investigations_inv_idx').on(t.investigationId),
  ],
);

/** Consent given by the child or a guardian, on a date, to the listed things (codes). */
export const supportConsents = pgTable('support_consents', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => supportCases.id),
  /** `child` or `guardian`. */
  givenBy: text('given_by').notNull(),
  givenOn: date('given_on').notNull(),
  /** Consent scope codes (src/shared/support.ts). */
  scope: text('scope').array().notNull(),
  /** Encrypted: e.g. the guardian's relation and name. */
  notes: text('notes'),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A goal of the case plan. */
export const supportGoals = pgTable('support_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => supportCases.id),
  /** Encrypted. */
  goal: text('goal').notNull(),
  targetOn: date('target_on'),
  /** `open`, `achieved`, `dropped`. */
  status: text('status').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Where the child is safest, decided on a date by someone; the latest row is the current placement. */
export const supportPlacements = pgTable('support_placements', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => supportCases.id),
  /** `family`, `relatives`, `shelter`, `partner_ngo`. */
  placement: text('placement').notNull(),
  /** The shelter or partner NGO, from the partner directory. */
  partnerId: uuid('partner_id').references(() => partners.id),
  decidedOn: date('decided_on').notNull(),
  decidedBy: uuid('decided_by')
    .notNull()
    .references(() => users.id),
  /** Encrypted. */
  reason: text('reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every service given to a client, entered in the app or imported: the one
 * table the annual report counts (distinct `person_id` with a legal / social
 * code dated in the year). `import_key` finds an imported row again.
 */
export const supportServices = pgTable(
  'support_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** A contract code (src/shared/support.ts): legal or social. */
    service: text('service').notNull(),
    deliveredOn: date('delivered_on').notNull(),
    /** Who gave it (a person or organisation), in words. */
    provider: text('provider'),
    /** Encrypted. Medical and counselling notes are shown only to the social worker and the office's managers. */
    notes: text('notes'),
    /** `client_ref|service|date` for a row of the `client_services` import; null when entered in the app. */
    importKey: text('import_key'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_services_case_idx').on(t.caseId),
    index('support_services_date_idx').on(t.deliveredOn, t.service),
    uniqueIndex('support_services_import_uq').on(t.importKey),
  ],
);

/** Follow-ups due on a date; open ones past their date are overdue. */
export const supportFollowUps = pgTable(
  'support_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    /** Encrypted. */
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    doneOn: date('done_on'),
    doneBy: uuid('done_by').references(() => users.id),
    /** Encrypted. */
    outcome: text('outcome'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_follow_ups_case_idx').on(t.caseId), index('support_follow_ups_due_idx').on(t.dueOn)],
);

/** A request to close a case and a manager's decision on it (four eyes: never by the requester). */
export const supportClosures = pgTable(
  'support_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** Encrypted. */
    reason: text('reason').notNull(),
    /** Null while pending; `approved` or `rejected`. */
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Encrypted; required for a rejection. */
    decisionReason: text('decision_reason'),
  },
  (t) => [index('support_closures_case_idx').on(t.caseId)],
);
