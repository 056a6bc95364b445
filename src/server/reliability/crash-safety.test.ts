import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../db/client.ts';
import { adminQuery, withDatabase } from '../testing/global-setup.ts';
import { SUITE_PROFILE } from '../testing/suite-profile.ts';
import { testEngine } from '../testing/test-db.ts';
import { loadUntilKilled, missingReports, type Receipt } from './intake-load.ts';
import { type KomarEnv, type RunningServer, runKomar, startKomar } from './komar-process.ts';

/**
 * Crash safety (issue 7): a real `komar serve` is killed with SIGKILL in the
 * middle of an intake load; after a restart on the same data every report it
 * answered 201 must be there, and the audit chain must verify. The contract
 * (shared/contracts/data-exchange.md): "Once the server has answered 201, the
 * report survives a crash of the server process at any later moment."
 * A crash of the process, not of the machine: PGlite does not fsync (decision 023).
 */
const long = SUITE_PROFILE === 'long';
// The long profile kills at a different moment each time (after 300 to 1,500 answers), to land in other phases
// (audit sealing, pool refills, PGlite's checkpoints) than the short one's fixed point.
const profile = long
  ? { kills: 5, killAfter: () => 300 + Math.floor(Math.random() * 1200), concurrency: 32 }
  : { kills: 1, killAfter: () => 300, concurrency: 16 };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-crash-'));
const pgName = `komar_crash_${randomBytes(4).toString('hex')}`;
const adminUrl = process.env.TEST_DATABASE_URL as string;
// KOMAR_TEST_PORT pins the server to a port (shared machines); by default the system picks a free one.
const basePort = Number(process.env.KOMAR_TEST_PORT ?? 0);
const env: KomarEnv = {
  dataDir,
  databaseUrl: testEngine === 'postgres' ? withDatabase(adminUrl, pgName) : undefined,
  port: basePort ? basePort + (testEngine === 'postgres' ? 1 : 0) : 0,
  // Each reporter is one X-Forwarded-For address (see intake-load.ts); the global limit must not stop the load.
  extra: { KOMAR_TRUST_PROXY: '1', KOMAR_RATE_LIMIT: '1000000' },
};
let server: RunningServer | undefined;

beforeAll(async () => {
  if (testEngine === 'postgres') await adminQuery(adminUrl, `CREATE DATABASE ${pgName}`);
});
afterAll(async () => {
  await server?.crash();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (testEngine === 'postgres') await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
});

/** Reports stored, their audit rows (written in the same statement), and audit rows left unsealed. */
async function countStored(): Promise<{ reports: number; audited: number; unsealed: number }> {
  const database = await openDatabase(
    env.databaseUrl ? { kind: 'postgres', url: env.databaseUrl } : { kind: 'pglite', dataDir },
  );
  try {
    const [row] = rowsOf<{ reports: number; audited: number; unsealed: number }>(
      await database.db.execute(sql`select
        (select count(*)::int from reports) as reports,
        (select count(*)::int from audit_log where action = 'report.submit') as audited,
        (select count(*)::int from audit_log where seq is null) as unsealed`),
    );
    return row ?? { reports: -1, audited: -1, unsealed: -1 };
  } finally {
    await database.close();
  }
}

describe(`crash safety on ${testEngine}`, { timeout: long ? 1_800_000 : 300_000 }, () => {
  it('keeps every report answered 201 through kill -9, and the audit chain verifies', async () => {
    const started = Date.now();
    const acknowledged: Receipt[] = [];
    let inFlightTotal = 0;
    server = await startKomar(env);
    for (let kill = 1; kill <= profile.kills; kill++) {
      const running = server;
      const load = await loadUntilKilled(running.url, {
        concurrency: profile.concurrency,
        killAfter: profile.killAfter(),
        kill: () => running.crash(),
      });
      expect(load.unexpected).toEqual([]);
      // The kill must land mid-load, or this proves nothing about requests in flight.
      expect(load.inFlightAtKill).toBeGreaterThan(0);
      acknowledged.push(...load.acknowledged);
      inFlightTotal += load.inFlightAtKill;

      // Same data, same key file; on PGlite the dead process's lock must be taken over.
      server = await startKomar(env);
      if (!env.databaseUrl) expect(fs.readFileSync(path.join(dataDir, 'komar.lock'), 'utf8')).toBe(String(server.pid));
      const missing = await missingReports(server.url, acknowledged);
      console.log(
        `crash safety (${testEngine}) kill ${kill}/${profile.kills}: acknowledged ${acknowledged.length}, ` +
          `present after restart ${acknowledged.length - missing.length}, in flight at kill ${load.inFlightAtKill}`,
      );
      expect(missing).toEqual([]);
    }

    expect(await server.stop()).toBe(0);
    server = undefined;
    const verify = runKomar(env, 'audit', 'verify');
    expect(verify.stderr).toMatch(/audit chain verifies: \d+ entries checked/);
    expect(verify.code).toBe(0);

    // Nothing beyond the acknowledged and the in-flight reports was stored, and nothing acknowledged was lost.
    const { reports: stored, audited, unsealed } = await countStored();
    console.log(
      `crash safety (${testEngine}): ${profile.kills} kill(s), acknowledged ${acknowledged.length}, stored ${stored}, ` +
        `in flight at the kills ${inFlightTotal}, audit rows ${audited} (unsealed ${unsealed}), chain verifies, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
    expect(stored).toBeLessThanOrEqual(acknowledged.length + inFlightTotal);
    // Every stored report kept its audit row, and the sealer chained every row written before the kills.
    expect(audited).toBe(stored);
    expect(unsealed).toBe(0);
  });
});
