import { sql } from 'drizzle-orm';
import { EXPLOITATION_TYPES, INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import { SEED_OFFICES } from '../../../shared/offices.ts';
import { rowsOf } from '../../db/client.ts';
import { bool, code, date, text } from '../imports/cells.ts';
import type { ImportKind } from '../imports/import-kind.ts';

const OFFICE_CODES = SEED_OFFICES.map((o) => o.code);

/**
 * `komar import investigations` (data-exchange contract). Upsert by `ref`. An
 * empty cell means unknown, so it never erases what Komar already knows; a
 * new investigation without a status gets the one its dates imply.
 */
export const investigationsImport: ImportKind = {
  name: 'investigations',
  refColumn: 'ref',
  columns: {
    ref: { required: true, read: text(100) },
    opened_on: { required: true, read: date },
    case_opened_on: { required: false, read: date },
    office: { required: false, read: code(OFFICE_CODES) },
    exploitation_type: { required: false, read: code(EXPLOITATION_TYPES) },
    national_police: { required: false, read: bool },
    foreign_police: { required: false, read: bool },
    foreign_agency: { required: false, read: text(200) },
    status: { required: false, read: code(INVESTIGATION_STATUSES) },
    closed_on: { required: false, read: date },
  },
  checkRow(row) {
    const opened = row.opened_on as string;
    const problems: { column: string; reason: string }[] = [];
    for (const column of ['case_opened_on', 'closed_on']) {
      const value = row[column] as string | null;
      if (value && value < opened) problems.push({ column, reason: 'before opened_on' });
    }
    return problems;
  },
  async apply(tx) {
    const src = sql`(select ref, (data->>'opened_on')::date as opened_on, (data->>'case_opened_on')::date as case_opened_on,
        data->>'office' as office, data->>'exploitation_type' as exploitation_type,
        (data->>'national_police')::boolean as national_police, (data->>'foreign_police')::boolean as foreign_police,
        data->>'foreign_agency' as foreign_agency, data->>'status' as status, (data->>'closed_on')::date as closed_on
      from import_rows) s`;
    // Known values win over empty cells: each column is coalesce(file, database).
    const merged = sql`(s.opened_on, coalesce(s.case_opened_on, i.case_opened_on), coalesce(s.office, i.office_code),
        coalesce(s.exploitation_type, i.exploitation_type), coalesce(s.national_police, i.national_police),
        coalesce(s.foreign_police, i.foreign_police), coalesce(s.foreign_agency, i.foreign_agency),
        coalesce(s.status, i.status), coalesce(s.closed_on, i.closed_on))`;
    const updated = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with u as (
          update investigations i set (opened_on, case_opened_on, office_code, exploitation_type, national_police,
              foreign_police, foreign_agency, status, closed_on) = ${merged}, updated_at = now()
          from ${src}
          where i.ref = s.ref
            and ${merged} is distinct from (i.opened_on, i.case_opened_on, i.office_code, i.exploitation_type,
              i.national_police, i.foreign_police, i.foreign_agency, i.status, i.closed_on)
          returning 1)
        select count(*)::int as n from u`),
    )[0]?.n;
    const created = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with c as (
          insert into investigations (ref, opened_on, case_opened_on, office_code, exploitation_type, national_police,
              foreign_police, foreign_agency, status, closed_on)
          select s.ref, s.opened_on, s.case_opened_on, s.office, s.exploitation_type, s.national_police, s.foreign_police,
              s.foreign_agency,
              coalesce(s.status, case when s.closed_on is not null then 'closed'
                                      when s.case_opened_on is not null then 'case_opened' else 'active' end),
              s.closed_on
          from ${src}
          where not exists (select 1 from investigations i where i.ref = s.ref)
          returning 1)
        select count(*)::int as n from c`),
    )[0]?.n;
    const rows = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from import_rows`))[0]?.n ?? 0;
    return { created: created ?? 0, updated: updated ?? 0, unchanged: rows - (created ?? 0) - (updated ?? 0) };
  },
};
