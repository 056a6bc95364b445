import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../modules/accounts/accounts.table.ts';

/**
 * "Break the glass" (DESIGN.md): a user looked at a record outside their
 * scope, with a written reason. The grant lets them see it until it expires;
 * the managers of the record's office review every one of them.
 */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The kind of record, e.g. `investigation`; scope functions of that kind read it. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** Shown to reviewers, e.g. INV-000042; never a name. */
    recordLabel: text('record_label').notNull(),
    /** The record's office when the glass was broken: whose managers review it (null: every manager). */
    officeCode: text('office_code'),
    /** Encrypted: the user's reason, in their words. */
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [
    index('access_grants_user_idx').on(t.userId, t.recordType, t.recordId),
    index('access_grants_review_idx').on(t.officeCode, t.reviewedAt),
  ],
);
