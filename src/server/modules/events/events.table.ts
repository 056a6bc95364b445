import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table.ts';

/**
 * A community engagement event (decision 015). The annual report counts these
 * rows by `type` and `held_on`, whether they were imported or entered in the
 * app. No participant is named: only counts are kept.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The row's id in an imported spreadsheet: re-importing updates instead of duplicating. */
    ref: text('ref').unique(),
    type: text('type').notNull(),
    heldOn: date('held_on').notNull(),
    /** A province code of `shared/provinces.ts`; null = unknown. */
    provinceCode: text('province_code'),
    /** Village, commune, school…: a public place, not personal data, so not encrypted. */
    place: text('place'),
    /** Null = unknown (imported events). */
    programme: text('programme'),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    participants: integer('participants').notNull(),
    /** Null = unknown. */
    participantsFemale: integer('participants_female'),
    participantsChildren: integer('participants_children'),
    /** Average test scores (0–100, one decimal) before and after a training. */
    preTestScore: numeric('pre_test_score', { precision: 4, scale: 1, mode: 'number' }),
    postTestScore: numeric('post_test_score', { precision: 4, scale: 1, mode: 'number' }),
    /** Encrypted. */
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_held_on_idx').on(t.heldOn, t.type),
    check('events_participants_check', sql`${t.participants} >= 0`),
    check(
      'events_female_check',
      sql`${t.participantsFemale} is null or ${t.participantsFemale} between 0 and ${t.participants}`,
    ),
    check(
      'events_children_check',
      sql`${t.participantsChildren} is null or ${t.participantsChildren} between 0 and ${t.participants}`,
    ),
    check('events_pre_test_check', sql`${t.preTestScore} between 0 and 100`),
    check('events_post_test_check', sql`${t.postTestScore} between 0 and 100`),
  ],
);

/** Staff who led the event. */
export const eventFacilitators = pgTable(
  'event_facilitators',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_facilitators_user_idx').on(t.userId)],
);
