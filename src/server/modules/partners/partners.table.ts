import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';

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
    /** The same as codes (`PARTNER_SERVICES`), so a referral can pick partners by service. */
    serviceCodes: text('service_codes').array().notNull().default(sql`'{}'::text[]`),
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

/** Written agreements with a partner (an MoU, a service agreement), with the dates that matter. */
export const partnerAgreements = pgTable(
  'partner_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    kind: text('kind').notNull(),
    signedOn: date('signed_on').notNull(),
    /** Null: open-ended. */
    expiresOn: date('expires_on'),
    /** Encrypted: terms, the people who signed. */
    notes: text('notes'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_agreements_partner_idx').on(t.partnerId)],
);
