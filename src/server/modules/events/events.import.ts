import { sql } from 'drizzle-orm';
import { EVENT_TYPES, MAX_PARTICIPANTS } from '../../../shared/events.ts';
import { PROVINCE_CODES } from '../../../shared/provinces.ts';
import { rowsOf } from '../../db/client.ts';
import { code, date, integer, text } from '../imports/cells.ts';
import type { ImportKind, RowError } from '../imports/import-kind.ts';

const count = integer(0, MAX_PARTICIPANTS);

/** The staged rows as typed columns. */
const SRC = sql`(select ref, data->>'type' as type, (data->>'date')::date as held_on, data->>'province' as province,
    (data->>'participants')::int as participants, (data->>'participants_female')::int as female,
    (data->>'participants_children')::int as children
  from import_rows) s`;

/** Each column as it will be: the file's value, or what Komar knows when the cell is empty (`e` is the event). */
const MERGED = sql`(s.type, s.held_on, coalesce(s.province, e.province_code), s.participants,
    coalesce(s.female, e.participants_female), coalesce(s.children, e.participants_children))`;

/**
 * `komar import events` (data-exchange contract, decision 015). Upsert by
 * `ref`; an empty cell means unknown and never erases a value Komar knows.
 * Female and children are parts of the total, on the row and on the record
 * it updates.
 */
export const eventsImport: ImportKind = {
  name: 'events',
  refColumn: 'ref',
  columns: {
    ref: { required: true, read: text(100) },
    type: { required: true, read: code(EVENT_TYPES) },
    date: { required: true, read: date },
    province: { required: false, read: code(PROVINCE_CODES) },
    participants: { required: true, read: count },
    participants_female: { required: false, read: count },
    participants_children: { required: false, read: count },
  },
  checkRow(row) {
    const total = row.participants as number;
    // Worded like the cell readers' range message, which the import page already translates.
    return ['participants_female', 'participants_children']
      .filter((column) => (row[column] as number | null) != null && (row[column] as number) > total)
      .map((column) => ({ column, reason: `not between 0 and ${total}` }));
  },
  async checkStaged(tx): Promise<RowError[]> {
    // A smaller total with an empty female/children cell would fall below the counts Komar already has.
    const rows = rowsOf<{ line: number; least: number }>(
      await tx.execute(sql`
        select r.line, greatest(e.participants_female, e.participants_children) as least
        from import_rows r join events e on e.ref = r.ref
        where (r.data->>'participants')::int < greatest(
          case when r.data->>'participants_female' is null then e.participants_female end,
          case when r.data->>'participants_children' is null then e.participants_children end)`),
    );
    return rows.map((r) => ({
      line: r.line,
      column: 'participants',
      reason: `not between ${r.least} and ${MAX_PARTICIPANTS}`,
    }));
  },
  async apply(tx) {
    const updated = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with u as (
          update events e set (type, held_on, province_code, participants, participants_female, participants_children)
              = ${MERGED}, updated_at = now()
          from ${SRC}
          where e.ref = s.ref
            and ${MERGED} is distinct from
              (e.type, e.held_on, e.province_code, e.participants, e.participants_female, e.participants_children)
          returning 1)
        select count(*)::int as n from u`),
    )[0]?.n;
    const created = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with c as (
          insert into events (ref, type, held_on, province_code, participants, participants_female, participants_children)
          select s.ref, s.type, s.held_on, s.province, s.participants, s.female, s.children
          from ${SRC}
          where not exists (select 1 from events e where e.ref = s.ref)
          returning 1)
        select count(*)::int as n from c`),
    )[0]?.n;
    const rows = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from import_rows`))[0]?.n ?? 0;
    return { created: created ?? 0, updated: updated ?? 0, unchanged: rows - (created ?? 0) - (updated ?? 0) };
  },
};
