import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One record per person, whatever their roles: a child victim in one
 * investigation may be a witness in another. Names stay searchable (DESIGN:
 * protected by access control and the audit log, not field encryption);
 * anyone not allowed to see them gets a pseudonym built from `number`.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    khmerName: text('khmer_name'),
    latinName: text('latin_name'),
    aliases: text('aliases').array().notNull().default([]),
    gender: text('gender').notNull().default('unknown'),
    birthDate: date('birth_date'),
    birthYear: integer('birth_year'),
    /** An age estimated when neither date nor year is known (a child without papers), and when. */
    estimatedAge: integer('estimated_age'),
    estimatedOn: date('estimated_on'),
    /** ISO 3166-1 alpha-2. */
    nationality: text('nationality'),
    languages: text('languages').array().notNull().default([]),
    /**
     * The phonetic key of each name form (Khmer, Latin, each alias): sorted
     * tokens from `searchKey` in src/shared/names, equal across scripts,
     * spellings and name order. Search looks these up exactly (GIN); slips
     * are handled by expanding the query's tokens through `name_tokens`.
     */
    searchKeys: text('search_keys').array().notNull().default([]),
    /** Set when a manager merged this record into another (reversible: the row stays). */
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('people_search_keys_idx').using('gin', t.searchKeys)],
);

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

/**
 * A merge of two records of the same person: the involvements moved from one
 * to the other, kept here so a manager can undo it exactly.
 */
export const personMerges = pgTable('person_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  fromPersonId: uuid('from_person_id')
    .notNull()
    .references(() => people.id),
  intoPersonId: uuid('into_person_id')
    .notNull()
    .references(() => people.id),
  involvementIds: uuid('involvement_ids').array().notNull(),
  /** The merged record's names, added to the kept record's aliases (removed again on undo). */
  addedAliases: text('added_aliases').array().notNull().default([]),
  mergedBy: uuid('merged_by').notNull(),
  mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
  undoneBy: uuid('undone_by'),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
});

/**
 * Possible duplicates found when a named person is added (scored by
 * src/shared/names/match.ts), waiting for a manager: `same` merges them,
 * `different` means they are never offered again. Stored with person_a < person_b.
 */
export const personDuplicates = pgTable(
  'person_duplicates',
  {
    personA: uuid('person_a')
      .notNull()
      .references(() => people.id),
    personB: uuid('person_b')
      .notNull()
      .references(() => people.id),
    score: real('score').notNull(),
    /** Codes such as `name_khmer_latin`, `birth_year_close`; never names. */
    reasons: text('reasons').array().notNull(),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.personA, t.personB] }),
    index('person_duplicates_pending_idx').on(t.foundAt).where(sql`decision is null`),
  ],
);

/**
 * Every phonetic name token in use (a few thousand: names are common). Small
 * enough for trigram search to be instant, so a misspelt query token is
 * corrected here before people are looked up by exact keys.
 */
export const nameTokens = pgTable('name_tokens', { token: text('token').primaryKey() }, (t) => [
  index('name_tokens_trgm').using('gist', sql`${t.token} gist_trgm_ops`),
  // Edit-distance candidates: same first letter, similar length (keeps the scan small at any size).
  index('name_tokens_shape_idx').on(sql`left(${t.token}, 1)`, sql`length(${t.token})`),
]);

/**
 * Identity documents (ID card, passport …) by keyed hash of the kind and the
 * normalised number: a number typed in finds its person, but a copy of the
 * database reveals no number.
 */
export const personDocuments = pgTable(
  'person_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind').notNull(),
    numberHash: text('number_hash').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_documents_hash_idx').on(t.numberHash),
    unique('person_documents_uq').on(t.personId, t.numberHash),
  ],
);
