import { hkdfSync } from 'node:crypto';
import type { Config } from './config.ts';
import type { Ctx } from './context.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { seedOffices } from './modules/offices/offices.service.ts';
import { sealAudit } from './platform/audit/audit.sealer.ts';
import { FieldCipher } from './platform/crypto/field-cipher.ts';
import { loadOrCreateMasterKey } from './platform/crypto/key-file.ts';

export type Runtime = {
  config: Config;
  database: Database;
  ctx: Ctx;
  cookieSecret: Buffer;
  /** Seals pending audit rows and closes the database. */
  close(): Promise<void>;
};

/**
 * Opens Komar's database the same way for the server and every CLI command:
 * connect (or open the embedded database), migrate, seed reference data, load keys.
 */
export async function openRuntime(config: Config, notify: (msg: string) => void): Promise<Runtime> {
  const masterKey = loadOrCreateMasterKey(config.keyFile, notify);
  const database = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await migrateDatabase(database);
    await seedOffices(database.db);
    const cipher = new FieldCipher(database.db, masterKey);
    await cipher.load();
    const ctx: Ctx = {
      db: database.db,
      cipher,
      now: () => new Date(),
      config: { secureCookies: config.secureCookies },
    };
    return {
      config,
      database,
      ctx,
      cookieSecret: Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'komar-cookie-secret', 32)),
      close: async () => {
        await sealAudit(database.db).catch(() => {});
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
