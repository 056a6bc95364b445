import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { offices } from '../offices/offices.table.ts';

/**
 * Every report, whatever its channel (public web form or API, hotline call,
 * email, walk-in, informant, partner referral): one queue. Free text and
 * contact details are field-encrypted.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull().unique(),
    /** SHA-256 of the reporter's secret (high-entropy and random: a slow hash adds nothing). Null for staff-entered reports. */
    secretHash: text('secret_hash'),
    channel: text('channel').notNull(),
    category: text('category').notNull(),
    /** Encrypted. */
    description: text('description').notNull(),
    province: text('province'),
    /** Encrypted. */
    place: text('place'),
    occurredOn: date('occurred_on'),
    emergency: boolean('emergency').notNull().default(false),
    language: text('language').notNull().default('km'),
    /** Encrypted JSON `{ name, phone, email }`; null when anonymous. */
    contact: text('contact'),
    status: text('status').notNull().default('new'),
    officeCode: text('office_code').references(() => offices.code),
    assigneeId: uuid('assignee_id').references(() => users.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it must be acknowledged by: received + 15 min for an emergency, + 24 h otherwise. */
    ackDueAt: timestamp('ack_due_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
    mergedInto: uuid('merged_into'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reports_queue_idx').on(t.status, t.emergency, t.receivedAt),
    index('reports_open_due_idx').on(t.ackDueAt).where(sql`acknowledged_at is null`),
  ],
);

/** URLs reported with a report. `urlHash` is a keyed hash of the normalised URL: the key to earlier assessments. */
export const reportUrls = pgTable(
  'report_urls',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    position: integer('position').notNull(),
    /** Encrypted normalised URL. */
    url: text('url').notNull(),
    urlHash: text('url_hash').notNull(),
    host: text('host').notNull(),
  },
  (t) => [index('report_urls_hash_idx').on(t.urlHash), index('report_urls_report_idx').on(t.reportId)],
);

/** Follow-up information from the reporter (with the secret) and staff replies. Body encrypted. */
export const reportMessages = pgTable(
  'report_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    author: text('author').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_messages_report_idx').on(t.reportId)],
);

/**
 * Idempotency for the public API: a retried submission (same key, same body)
 * gets the first answer again, secret included (kept encrypted, for a day).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    keyHash: text('key_hash').primaryKey(),
    requestHash: text('request_hash').notNull(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    /** Encrypted secret of the report, to repeat the first answer. */
    secret: text('secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The retention purge deletes a report's keys with it.
  (t) => [index('idempotency_keys_report_idx').on(t.reportId)],
);
