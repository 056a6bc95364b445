import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per retention rule an administrator has touched (decision 021). A
 * rule without a row is off, with its suggested period. The last run is kept
 * here for the admin page; the audit log keeps every run.
 */
export const retentionRules = pgTable('retention_rules', {
  rule: text('rule').primaryKey(),
  enabled: boolean('enabled').notNull().default(false),
  years: integer('years').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastRunPurged: integer('last_run_purged'),
});
