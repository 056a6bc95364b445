import { date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** An office of the organisation. Closing an office keeps every record that names it. */
export const offices = pgTable('offices', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameKm: text('name_km').notNull(),
  openedOn: date('opened_on'),
  closedOn: date('closed_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
