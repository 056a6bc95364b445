import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { seedOffices } from '../modules/offices/offices.service.ts';
import { adminQuery, withDatabase } from './global-setup.ts';

export const testEngine = (process.env.KOMAR_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file, on the engine of the current
 * test project, with the offices seeded. `close()` also drops a PostgreSQL copy.
 */
export async function openTestDatabase(): Promise<Database> {
  let database: Database;
  if (testEngine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `komar_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const opened = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 4 });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  } else {
    const dump = fs.readFileSync(inject('pgliteTemplate'));
    database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  }
  await seedOffices(database.db);
  return database;
}
