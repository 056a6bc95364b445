import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { formatRowError, runImport } from '../imports/csv-import.ts';
import { IMPORT_KINDS } from '../imports/kinds.ts';
import { communityEngagementFigures } from './event-figures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const run = (text: string, dryRun = false) =>
  runImport(t.ctx, { label: 'cli' }, IMPORT_KINDS.events as never, Readable.from([Buffer.from(text, 'utf8')]), {
    dryRun,
  });
const count = async () =>
  rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from events`))[0]?.n;

const FILE = csv(
  '\uFEFFRef,Type,Date,Province,Participants,Participants_Female,Participants_Children',
  'E-1,awareness_raising,2015-12-31,siem_reap,50,30,40',
  'E-2,TRAINING,2016-01-01,Phnom_Penh,20,,',
  'E-3,government_event,2016-03-01,,37,10,0',
  'ព្រឹត្តិការណ៍-៤,online_safety_session,2016-12-31,kampot,0,0,0',
);

describe('events import', () => {
  it('creates events, upper-case codes and Khmer refs included; the report counts them by year', async () => {
    const dry = await run(FILE, true);
    expect(dry).toMatchObject({ errors: [], written: false, counts: { created: 4, updated: 0, unchanged: 0 } });
    expect(await count()).toBe(0);
    const done = await run(FILE);
    expect(done).toMatchObject({ written: true, rows: 4, counts: { created: 4, updated: 0, unchanged: 0 } });
    const rows = rowsOf<Record<string, unknown>>(
      await t.ctx.db.execute(sql`select ref, type, held_on::text as held_on, province_code, participants,
          participants_female, participants_children from events order by held_on`),
    );
    expect(rows[1]).toEqual({
      ref: 'E-2',
      type: 'training',
      held_on: '2016-01-01',
      province_code: 'phnom_penh',
      participants: 20,
      participants_female: null,
      participants_children: null,
    });
    expect(rows[3]?.ref).toBe('ព្រឹត្តិការណ៍-៤');
    expect(await communityEngagementFigures(t.ctx.db, 2016)).toEqual({
      participants: 20,
      activities: { awareness_raising: 0, training: 1, workshop: 0, informant_discussion: 0, online_safety_session: 1 },
      governmentEvents: { events: 1, participants: 37 },
    });
    expect((await communityEngagementFigures(t.ctx.db, 2015)).participants).toBe(50);
  });

  it('changes nothing the second time; a changed row updates its event, an empty cell erases nothing', async () => {
    expect((await run(FILE)).counts).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const changed = await run(
      csv(
        'ref,type,date,participants,participants_female',
        'E-1,awareness_raising,2015-12-31,60,',
        'E-5,workshop,2016-05-05,9,',
      ),
    );
    expect(changed.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const [e1] = rowsOf<Record<string, unknown>>(
      await t.ctx.db.execute(
        sql`select province_code, participants, participants_female from events where ref = 'E-1'`,
      ),
    );
    expect(e1).toEqual({ province_code: 'siem_reap', participants: 60, participants_female: 30 });
    const [audit] = rowsOf<{ detail: Record<string, unknown> }>(
      await t.ctx.db.execute(
        sql`select detail from audit_log where action = 'import' and record_id = 'events' order by id desc`,
      ),
    );
    expect(audit?.detail).toMatchObject({ kind: 'events', rows: 2, created: 1, updated: 1 });
  });

  it('refuses the whole file, listing every bad row as line N: column: reason', async () => {
    const before = await count();
    const result = await run(
      csv(
        'ref,type,date,province,participants,participants_female,participants_children',
        'E-10,party,2016-01-01,kampot,10,,',
        'E-11,training,2016-01-01,kampot,10,11,12',
        'E-12,training,2016-01-01,atlantis,10,,',
        'E-13,training,01/02/2016,kampot,-3,,',
        'E-1,awareness_raising,2015-12-31,,25,,',
        'E-14,workshop,2016-02-02,,5,,',
        'E-14,workshop,2016-02-02,,5,,',
      ),
    );
    expect(result.written).toBe(false);
    expect(result.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^line 2: type: not one of awareness_raising, training/),
      'line 3: participants_female: not between 0 and 10',
      'line 3: participants_children: not between 0 and 10',
      expect.stringMatching(/^line 4: province: not one of banteay_meanchey/),
      'line 5: date: not a date (use YYYY-MM-DD)',
      'line 5: participants: not between 0 and 100000',
      // E-1 has 30 women and 40 children: a total of 25 with those cells empty would fall below them.
      'line 6: participants: not between 40 and 100000',
      'line 8: ref: the same ref as line 7',
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown column (a typo must not be silently dropped)', async () => {
    const result = await run(csv('ref,type,date,participants,participants_femal', 'E-20,training,2016-01-01,10,5'));
    expect(result.errors.map(formatRowError)).toEqual(['line 1: participants_femal: unknown column']);
    const missing = await run(csv('ref,type,date', 'E-21,training,2016-01-01'));
    expect(missing.errors.map(formatRowError)).toEqual(['line 1: participants: required column is missing']);
  });
});
