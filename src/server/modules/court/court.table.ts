import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { investigations } from '../investigations/investigations.table.ts';
import { offices } from '../offices/offices.table.ts';
import { involvements, people } from '../people/people.table.ts';

/**
 * The charges a defendant can face: a list administrators keep (add, rename,
 * deactivate), seeded with articles of the 2008 Law on Suppression of Human
 * Trafficking and Sexual Exploitation. A used charge is never deleted.
 */
export const courtCharges = pgTable('court_charges', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable code for seeded rows (e.g. `tip2008_art34`); null for charges added by hand. */
  code: text('code').unique(),
  labelEn: text('label_en').notNull(),
  labelKm: text('label_km').notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(1000),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One prosecution: a court case opened from an investigation. Its office is the
 * investigation's unless chosen; the verdict and the complaint's withdrawal are
 * columns because a case has at most one of each (an appeal moves `stage`).
 */
export const courtCases = pgTable(
  'court_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Shown to staff as CC-000042. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    officeCode: text('office_code')
      .notNull()
      .references(() => offices.code),
    /** A code from COURTS in src/shared/court.ts. */
    courtCode: text('court_code').notNull(),
    /** The court's own case number (not personal data). */
    caseNumber: text('case_number'),
    /** A code from COURT_STAGES. */
    stage: text('stage').notNull(),
    lawyerId: uuid('lawyer_id').references(() => users.id),
    openedOn: date('opened_on').notNull(),
    /** A code from VERDICTS; null until the verdict. */
    verdict: text('verdict'),
    verdictOn: date('verdict_on'),
    /** Encrypted. */
    sentence: text('sentence'),
    complaintWithdrawnOn: date('complaint_withdrawn_on'),
    /** A code from WITHDRAWAL_REASONS. */
    complaintWithdrawnReason: text('complaint_withdrawn_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('court_cases_office_idx').on(t.officeCode, t.stage),
    index('court_cases_investigation_idx').on(t.investigationId),
    index('court_cases_lawyer_idx').on(t.lawyerId),
  ],
);

/** The lawyer's team on a court case (beside the lawyer and the office's managers). */
export const courtCaseMembers = pgTable(
  'court_case_members',
  {
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.courtCaseId, t.userId] }), index('court_case_members_user_idx').on(t.userId)],
);

/** A defendant: an offender's involvement (perpetrator or accomplice) in the case's investigation. */
export const courtDefendants = pgTable(
  'court_defendants',
  {
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    involvementId: uuid('involvement_id')
      .notNull()
      .references(() => involvements.id),
  },
  (t) => [primaryKey({ columns: [t.courtCaseId, t.involvementId] })],
);

/** A charge against one defendant. */
export const courtDefendantCharges = pgTable(
  'court_defendant_charges',
  {
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    involvementId: uuid('involvement_id')
      .notNull()
      .references(() => involvements.id),
    chargeId: uuid('charge_id')
      .notNull()
      .references(() => courtCharges.id),
  },
  (t) => [
    primaryKey({ columns: [t.courtCaseId, t.involvementId, t.chargeId] }),
    index('court_defendant_charges_charge_idx').on(t.chargeId),
  ],
);

/** The people the lawyer represents (a child victim, a parent or guardian). */
export const courtClients = pgTable(
  'court_clients',
  {
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.courtCaseId, t.personId] })],
);

/**
 * A hearing. `measures` holds CHILD_FRIENDLY_MEASURES codes used when the
 * child testified (the indicators count them by year and by court).
 */
export const hearings = pgTable(
  'court_hearings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    date: date('date').notNull(),
    /** Local time "HH:MM", when known. */
    time: text('time'),
    /** A code from HEARING_TYPES. */
    type: text('type').notNull(),
    childTestified: boolean('child_testified').notNull().default(false),
    measures: text('measures').array().notNull().default([]),
    /** Encrypted. */
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('court_hearings_case_idx').on(t.courtCaseId), index('court_hearings_date_idx').on(t.date)],
);

/** Compensation the court ordered, one row per currency (and defendant, when known). */
export const compensationOrders = pgTable(
  'court_compensation_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    /** Exact decimal, two places; arithmetic is done in minor units. */
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    /** A code from CURRENCIES. */
    currency: text('currency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('court_compensation_orders_case_idx').on(t.courtCaseId)],
);

/** A compensation payment received by the client(s). */
export const compensationPayments = pgTable(
  'court_compensation_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    paidOn: date('paid_on').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    currency: text('currency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('court_compensation_payments_case_idx').on(t.courtCaseId)],
);

/** The module's own settings (one row, id 1): how many days before a hearing its reminder shows. */
export const courtSettings = pgTable('court_settings', {
  id: integer('id').primaryKey(),
  reminderDays: integer('reminder_days').notNull().default(3),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
