import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { courtCases } from '../court/court.table.ts';

/**
 * The national standards a court case is checked against: a list administrators
 * keep (add, reword in both languages, reorder, deactivate). Seeded with a
 * starting list (decision 013); an item with answers is never deleted.
 */
export const standardsItems = pgTable('standards_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable code for seeded rows (e.g. `informed_of_rights`); null for items added by hand. */
  code: text('code').unique(),
  labelEn: text('label_en').notNull(),
  labelKm: text('label_km').notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(1000),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One court case's answer to one standard: yes, no or not applicable, with the
 * date it happened when known (the indicator counts it in that year; without a
 * date, in the year the court case was opened).
 */
export const standardsAnswers = pgTable(
  'standards_answers',
  {
    courtCaseId: uuid('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => standardsItems.id),
    /** A code from STANDARD_ANSWERS: `yes`, `no`, `not_applicable`. */
    answer: text('answer').notNull(),
    on: date('on'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.courtCaseId, t.itemId] }),
    index('standards_answers_item_idx').on(t.itemId),
    check('standards_answers_answer_check', sql`${t.answer} in ('yes', 'no', 'not_applicable')`),
  ],
);

/**
 * Baseline year and target of each indicator (one row per INDICATORS code; a
 * missing row means the defaults of src/shared/indicators.ts).
 */
export const indicatorTargets = pgTable('indicator_targets', {
  indicator: text('indicator').primaryKey(),
  baselineYear: integer('baseline_year'),
  /** `relative` (+N % of the baseline value) or `points` (+N percentage points). */
  increaseKind: text('increase_kind').notNull(),
  increase: real('increase').notNull(),
  targetYear: integer('target_year'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
