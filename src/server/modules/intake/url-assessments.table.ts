import { bigserial, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { partners } from '../partners/partners.table.ts';

/**
 * One assessment per distinct URL (by keyed hash of its normalised form):
 * a URL reported again is linked to it instead of being assessed again.
 */
export const urlAssessments = pgTable('url_assessments', {
  urlHash: text('url_hash').primaryKey(),
  verdict: text('verdict').notNull(),
  contentType: text('content_type'),
  ageGroup: text('age_group'),
  severity: integer('severity'),
  hostingCountry: text('hosting_country'),
  hostingProvider: text('hosting_provider'),
  /** Encrypted analyst notes. */
  notes: text('notes'),
  assessedBy: uuid('assessed_by')
    .notNull()
    .references(() => users.id),
  assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
});

/** What was done about a URL, dated: notices, forwarding, police, removal. */
export const urlActions = pgTable(
  'url_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    urlHash: text('url_hash').notNull(),
    action: text('action').notNull(),
    /** Who received it, in words: the hosting provider, the police unit. */
    recipient: text('recipient'),
    /** For `forwarded_to_hotline`: the hotline abroad, from the partner directory. */
    partnerId: uuid('partner_id').references(() => partners.id),
    on: date('on').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('url_actions_hash_idx').on(t.urlHash)],
);
