import { bigserial, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';
import { partners } from '../partners/partners.table.ts';
import { investigations } from './investigations.table.ts';

/** The activity log: what was done and learnt, in the investigator's words (encrypted). */
export const investigationNotes = pgTable(
  'investigation_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    /** Encrypted. */
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('investigation_notes_inv_idx').on(t.investigationId)],
);

export const investigationTasks = pgTable(
  'investigation_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    /** Encrypted: a task can name a person or a place. */
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('investigation_tasks_inv_idx').on(t.investigationId),
    index('investigation_tasks_owner_idx').on(t.ownerId),
  ],
);

/** An evidence item as metadata (what, when, who holds it); never the imagery itself. */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    kind: text('kind').notNull(),
    /** Encrypted. */
    description: text('description').notNull(),
    collectedOn: date('collected_on').notNull(),
    collectedBy: uuid('collected_by')
      .notNull()
      .references(() => users.id),
    /** Who holds it now, in words (a person, a police unit, the evidence safe); the chain is in evidence_transfers. */
    holder: text('holder').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_items_inv_idx').on(t.investigationId)],
);

/** Chain of custody: every hand-over, in order. */
export const evidenceTransfers = pgTable(
  'evidence_transfers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceItems.id),
    fromHolder: text('from_holder').notNull(),
    toHolder: text('to_holder').notNull(),
    on: date('on').notNull(),
    reason: text('reason'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_transfers_item_idx').on(t.evidenceId)],
);

/** Police units and agencies (from the partner directory) that cooperated on an investigation. */
export const investigationAgencies = pgTable(
  'investigation_agencies',
  {
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.investigationId, t.partnerId] })],
);

/** The liaison log: each contact with a cooperating agency. */
export const liaisonActions = pgTable(
  'liaison_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    investigationId: uuid('investigation_id')
      .notNull()
      .references(() => investigations.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    kind: text('kind').notNull(),
    on: date('on').notNull(),
    /** Encrypted. */
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('liaison_actions_inv_idx').on(t.investigationId)],
);
