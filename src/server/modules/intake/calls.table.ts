import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { reports } from './intake.table.ts';

/** The hotline's call log. An actionable call also becomes a report in the queue (`reportId`). */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    callerType: text('caller_type').notNull(),
    language: text('language').notNull(),
    reasons: text('reasons').array().notNull(),
    /** Encrypted. */
    summary: text('summary'),
    province: text('province'),
    /** Encrypted. */
    place: text('place'),
    urgency: text('urgency').notNull(),
    actionsTaken: text('actions_taken').array().notNull(),
    reportId: uuid('report_id').references(() => reports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // report_id: the retention purge deletes a report's call with it.
  (t) => [index('calls_started_idx').on(t.startedAt), index('calls_report_idx').on(t.reportId)],
);
