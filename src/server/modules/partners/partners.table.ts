import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Organisations in the partner directory. Never deleted (other records refer
 * to them): a partner the organisation no longer works with is deactivated.
 */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2; null when it does not apply. */
    country: text('country'),
    /** What the partner offers, in the staff's words. */
    services: text('services'),
    /** Encrypted: contact people, phone numbers and addresses. */
    contact: text('contact'),
    /** Encrypted. */
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partners_kind_name_uq').on(t.kind, sql`lower(${t.name})`),
    index('partners_name_idx').on(sql`lower(${t.name})`),
  ],
);
