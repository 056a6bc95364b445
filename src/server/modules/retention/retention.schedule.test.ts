import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { calls } from '../intake/calls.table.ts';
import type { PurgeResult } from './retention.purge.ts';
import { startRetentionSchedule } from './retention.schedule.ts';
import { retentionRules } from './retention.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('the scheduled purge', () => {
  it('runs soon after start, then each rule at most once a day however often it looks', async () => {
    const { userId } = await t.signedIn(['hotline']);
    await t.database.db.insert(retentionRules).values({ rule: 'calls_without_report', enabled: true, years: 1 });
    const old = () => ({
      operatorId: userId,
      startedAt: new Date(t.clock.now().getTime() - 2 * 365 * 24 * 3600_000),
      callerType: 'adult',
      language: 'km',
      reasons: ['silent'],
      urgency: 'low',
      actionsTaken: [],
    });
    await t.database.db.insert(calls).values([old(), old()]);
    const results: PurgeResult[] = [];
    const errors: unknown[] = [];
    const stop = startRetentionSchedule(
      t.ctx,
      (err) => errors.push(err),
      (r) => results.push(r),
      { firstAfterMs: 10, everyMs: 40 },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await t.database.db.insert(calls).values(old());
    await new Promise((resolve) => setTimeout(resolve, 200));
    await stop();
    expect(errors).toEqual([]);
    expect(results.length).toBeGreaterThan(2);
    expect(results[0]?.rules[0]).toMatchObject({ outcome: 'purged', records: 2 });
    expect(results.slice(1).every((r) => r.rules[0]?.outcome === 'not_due')).toBe(true);
    expect((await t.database.db.select().from(calls)).length).toBe(1); // the next day's run takes it
  });
});
