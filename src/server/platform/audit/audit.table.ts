import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. A row is inserted inside the transaction of the change
 * it records, with `seq` and `hash` empty; the sealer (audit.sealer.ts) then
 * gives rows their place in the hash chain in commit order. This keeps the
 * chain from serialising every request on one row (DESIGN.md measured that
 * ceiling at ~740 req/s) while no audited action can be lost: the row commits
 * or rolls back with the change itself.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    seq: bigint('seq', { mode: 'number' }).unique(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    /** Who acted when there is no user: `system`, `cli`, or `public`. */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    detail: jsonb('detail').notNull().default({}),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_unsealed_idx').on(t.id).where(sql`seq is null`),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_record_idx').on(t.recordType, t.recordId),
    index('audit_log_at_idx').on(t.at),
  ],
);

/** The chain head: the last sealed position and hash, so a truncated tail is detected too. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
