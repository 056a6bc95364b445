import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { partners } from '../partners/partners.table.ts';
import { supportCases } from './support.table.ts';

/**
 * A support case's referral to a partner of the directory (decision 012):
 * sent → accepted | declined; accepted → completed. Each step keeps its date
 * and who recorded it; a referral is never deleted.
 */
export const supportReferrals = pgTable(
  'support_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    /** What the client is referred for: a code of `PARTNER_SERVICES`. */
    service: text('service').notNull(),
    /** Encrypted: why, in the social worker's words. */
    reason: text('reason'),
    /** `sent`, `accepted`, `declined`, `completed` (`REFERRAL_STATUSES`). */
    status: text('status').notNull(),
    sentOn: date('sent_on').notNull(),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    acceptedOn: date('accepted_on'),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    declinedOn: date('declined_on'),
    declinedBy: uuid('declined_by').references(() => users.id),
    /** Encrypted: the partner's reason for declining. */
    declineReason: text('decline_reason'),
    completedOn: date('completed_on'),
    completedBy: uuid('completed_by').references(() => users.id),
    /** Encrypted: what came of it for the client. */
    outcome: text('outcome'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_referrals_case_idx').on(t.caseId),
    index('support_referrals_partner_idx').on(t.partnerId, t.status),
  ],
);
