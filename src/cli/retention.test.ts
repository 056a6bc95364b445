import { describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/client.ts';
import { users } from '../server/modules/accounts/accounts.table.ts';
import { calls } from '../server/modules/intake/calls.table.ts';
import { retentionRules } from '../server/modules/retention/retention.table.ts';
import { komarInstallation } from '../server/testing/komar-installation.ts';

const { dataDir, env, komar } = komarInstallation('retention-cli');

/** Writes straight into the database the commands use (between commands, so PGlite's directory lock is free). */
async function withDb(body: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) {
  const database = await openDatabase(
    env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir },
  );
  try {
    await body(database.db);
  } finally {
    await database.close();
  }
}

describe('komar retention purge', { timeout: 120_000 }, () => {
  it('prints counts per rule, changes nothing in a dry run, then purges', async () => {
    const off = komar('retention', 'purge', '--dry-run');
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('calls_without_report: off\nreports_closed_no_action: off\nurl_reports_closed: off\n');

    await withDb(async (db) => {
      const [user] = await db
        .insert(users)
        .values({
          email: 'op@example.org',
          name: 'Synthetic Operator',
          roles: ['hotline'],
          officeCode: 'phnom_penh',
          passwordHash: 'x',
        })
        .returning({ id: users.id });
      const startedAt = new Date(Date.now() - 3 * 365 * 24 * 3600_000);
      const call = {
        operatorId: user?.id as string,
        startedAt,
        callerType: 'adult',
        language: 'km',
        reasons: ['wrong_number'],
        urgency: 'low',
        actionsTaken: [],
      };
      await db.insert(calls).values([call, call, { ...call, startedAt: new Date() }]);
      await db.insert(retentionRules).values({ rule: 'calls_without_report', enabled: true, years: 2 });
    });

    const dry = komar('retention', 'purge', '--dry-run');
    expect(dry.stdout.split('\n')[0]).toBe('calls_without_report (2 years): would purge 2');
    const run = komar('retention', 'purge');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'calls_without_report (2 years): purged 2 (calls 2)\n' +
        'reports_closed_no_action: off\nurl_reports_closed: off\nexpired idempotency keys: 0\n',
    );
    await withDb(async (db) => {
      expect((await db.select().from(calls)).length).toBe(1);
    });
    const verify = komar('audit', 'verify');
    expect(verify.code).toBe(0);
  });
});
