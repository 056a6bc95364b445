import { sql } from 'drizzle-orm';
import { SERVICE_CODES } from '../../../shared/support.ts';
import { rowsOf } from '../../db/client.ts';
import { code, date, text } from '../imports/cells.ts';
import type { ImportKind } from '../imports/import-kind.ts';
import { createPerson } from '../people/people.service.ts';

/** New clients are created this many at a time (memory holds one page of refs, never the file). */
const PAGE = 1_000;

/**
 * `komar import client_services` (data-exchange contract, decision 010): one
 * row per service given to a client. A `client_ref` seen for the first time
 * becomes a person (through the people module) with a support case whose
 * `ref` is that client_ref; later rows and files find the same case again.
 * A service is one fact per (client, service, date): the same row twice, in
 * one file or two, is stored once, so re-importing a file changes nothing.
 */
export const clientServicesImport: ImportKind = {
  name: 'client_services',
  columns: {
    client_ref: { required: true, read: text(100) },
    service: { required: true, read: code(SERVICE_CODES) },
    date: { required: true, read: date },
  },
  async apply(tx) {
    // Clients seen for the first time, numbered so they can be created a page at a time.
    await tx.execute(sql`create temp table import_new_clients on commit drop as
      select row_number() over (order by ref) as n, ref, first_on from (
        select r.data->>'client_ref' as ref, min((r.data->>'date')::date) as first_on
        from import_rows r
        where not exists (select 1 from support_cases c where c.ref = r.data->>'client_ref')
        group by 1) s`);
    for (let from = 1; ; from += PAGE) {
      const page = rowsOf<{ ref: string; first_on: string | Date }>(
        await tx.execute(sql`select ref, first_on::text as first_on from import_new_clients
                             where n >= ${from} and n < ${from + PAGE} order by n`),
      );
      if (page.length === 0) break;
      const created: { ref: string; personId: string; openedOn: string }[] = [];
      for (const client of page) {
        // The file names no one: the person is known only by pseudonym until staff identify them.
        const person = await createPerson(tx, { gender: 'unknown' });
        created.push({ ref: client.ref, personId: person.id, openedOn: String(client.first_on).slice(0, 10) });
      }
      await tx.execute(sql`
        insert into support_cases (ref, person_id, client_kind, status, opened_on)
        select x->>'ref', (x->>'personId')::uuid, 'unknown', 'open', (x->>'openedOn')::date
        from jsonb_array_elements(${JSON.stringify(created)}::jsonb) x`);
    }
    const [inserted] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with c as (
          insert into support_services (case_id, person_id, service, delivered_on, import_key)
          select distinct on (k.key) c.id, c.person_id, k.service, k.on, k.key
          from (select r.data->>'client_ref' as ref, r.data->>'service' as service, (r.data->>'date')::date as on,
                       concat_ws('|', r.data->>'client_ref', r.data->>'service', r.data->>'date') as key
                from import_rows r) k
          join support_cases c on c.ref = k.ref
          on conflict (import_key) do nothing
          returning 1)
        select count(*)::int as n from c`),
    );
    const [rows] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from import_rows`));
    const created = inserted?.n ?? 0;
    return { created, updated: 0, unchanged: (rows?.n ?? 0) - created };
  },
};
