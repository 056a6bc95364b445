import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Data keys for field encryption, each wrapped (AES-256-GCM) by the master key
 * from the key file. The database alone therefore decrypts nothing, and
 * rotating a data key never needs the master key to change.
 */
export const encryptionKeys = pgTable('encryption_keys', {
  version: integer('version').primaryKey(),
  wrappedKey: text('wrapped_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});
