import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, testEngine } from '../testing/test-db.ts';
import { type Database, rowsOf } from './client.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe.runIf(testEngine === 'postgres')('the PostgreSQL pool', () => {
  it('survives the server closing its idle connections, and reconnects', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const one = async () => rowsOf<{ n: number }>(await database.db.execute(sql`select 1 as n`))[0]?.n;
    // Two connections at once, so one stays idle in the pool for the other to terminate.
    await Promise.all([one(), one()]);
    await database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await expect.poll(() => logged.mock.calls.length).toBeGreaterThan(0);
    expect(String(logged.mock.calls[0]?.[0])).toContain('57P01');
    expect(await one()).toBe(1);
    logged.mockRestore();
  });
});
