import { bigserial, boolean, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { reports } from '../intake/intake.table.ts';
import { offices } from '../offices/offices.table.ts';
import { involvements } from '../people/people.table.ts';

/**
 * An investigation, from monitoring to closure. The dated milestones the
 * annual report counts (`opened_on`, `case_opened_on`, `closed_on`) are
 * columns; every status change is also kept in `investigation_status_changes`.
 */
export const investigations = pgTable(
  'investigations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Shown to staff as INV-000042. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    /** The record's id in an imported spreadsheet: re-importing updates instead of duplicating. */
    ref: text('ref').unique(),
    officeCode: text('office_code').references(() => offices.code),
    exploitationType: text('exploitation_type'),
    status: text('status').notNull(),
    openedOn: date('opened_on').notNull(),
    caseOpenedOn: date('case_opened_on'),
    closedOn: date('closed_on'),
    /** Null = unknown (an empty cell in an import). */
    nationalPolice: boolean('national_police'),
    foreignPolice: boolean('foreign_police'),
    foreignAgency: text('foreign_agency'),
    leadInvestigatorId: uuid('lead_investigator_id').references(() => users.id),
    /** Encrypted. */
    summary: text('summary'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('investigations_office_idx').on(t.officeCode, t.status),
    index('investigations_opened_idx').on(t.openedOn),
    // The annual report counts cases opened in a year.
    index('investigations_case_opened_idx').on(t.caseOpenedOn),
  ],
);

/** The investigation's team: who may work on it beside the office's managers. */
export const investigationMembers = pgTable(
  'investigation_members',
  {
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.investigationId, t.userId] }), index('investigation_members_user_idx').on(t.userId)],
);

export const investigationStatusChanges = pgTable(
  'investigation_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    status: text('status').notNull(),
    on: date('on').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('investigation_status_changes_inv_idx').on(t.investigationId)],
);

/** An offender's arrest (one per involvement: the offender in that investigation). */
export const arrests = pgTable(
  'arrests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    involvementId: uuid('involvement_id')
      .notNull()
      .unique()
      .references(() => involvements.id),
    arrestedOn: date('arrested_on').notNull(),
    /** Encrypted. */
    place: text('place'),
    /** The police unit that made the arrest, in words or from the partner directory. */
    agency: text('agency'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The annual report counts arrests by year.
  (t) => [index('arrests_arrested_on_idx').on(t.arrestedOn)],
);

/** A child rescued or removed from harm (one per victim involvement). */
export const rescues = pgTable(
  'rescues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    involvementId: uuid('involvement_id')
      .notNull()
      .unique()
      .references(() => involvements.id),
    rescuedOn: date('rescued_on').notNull(),
    /** Encrypted. */
    place: text('place'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The annual report counts rescues by year.
  (t) => [index('rescues_rescued_on_idx').on(t.rescuedOn)],
);

/** Reports that led to or belong to an investigation (a report may feed several). */
export const investigationReports = pgTable(
  'investigation_reports',
  {
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.investigationId, t.reportId] }),
    index('investigation_reports_report_idx').on(t.reportId),
  ],
);
