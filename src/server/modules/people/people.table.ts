import { bigserial, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * One record per person, whatever their roles: a child victim in one
 * investigation may be a witness in another. Names stay searchable (DESIGN:
 * protected by access control and the audit log, not field encryption);
 * anyone not allowed to see them gets a pseudonym built from `number`.
 */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigserial('number', { mode: 'number' }).notNull().unique(),
  khmerName: text('khmer_name'),
  latinName: text('latin_name'),
  aliases: text('aliases').array().notNull().default([]),
  gender: text('gender').notNull().default('unknown'),
  birthDate: date('birth_date'),
  birthYear: integer('birth_year'),
  /** ISO 3166-1 alpha-2. */
  nationality: text('nationality'),
  languages: text('languages').array().notNull().default([]),
  /** Set when a manager merged this record into another (reversible: the row stays). */
  mergedInto: uuid('merged_into'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person's role in an investigation (or, for imported offenders and victims
 * without one, on its own). Imported rows are found again by (`source_kind`, `source_ref`).
 */
export const involvements = pgTable(
  'involvements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** References investigations(id); declared in the migration (the investigations module owns that table). */
    investigationId: uuid('investigation_id'),
    role: text('role').notNull(),
    sourceKind: text('source_kind'),
    sourceRef: text('source_ref'),
    occupation: text('occupation'),
    modusOperandi: text('modus_operandi').array().notNull().default([]),
    charges: text('charges'),
    outcome: text('outcome'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('involvements_source_uq').on(t.sourceKind, t.sourceRef),
    index('involvements_person_idx').on(t.personId),
    index('involvements_investigation_idx').on(t.investigationId),
  ],
);
