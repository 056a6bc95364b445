import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { ENCRYPTED_COLUMNS } from '../../db/encrypted-columns.ts';
import { users } from '../../modules/accounts/accounts.table.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { FieldCipher } from './field-cipher.ts';
import { KeyFileError, loadOrCreateMasterKey } from './key-file.ts';
import { rotateKeys } from './rotate.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('field cipher', () => {
  it('round-trips Khmer text and binds it to its column', async () => {
    const text = 'កុមារ​ត្រូវ​ការ​ជំនួយ — a note';
    const sealed = await t.ctx.cipher.encrypt(text, 'notes.body');
    expect(sealed).toMatch(/^k1\.1\./);
    expect(sealed).not.toContain('note');
    expect(await t.ctx.cipher.decrypt(sealed, 'notes.body')).toBe(text);
    await expect(t.ctx.cipher.decrypt(sealed, 'users.totp_secret')).rejects.toThrow();
    const flipped = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.at(-1)}`;
    await expect(t.ctx.cipher.decrypt(flipped, 'notes.body')).rejects.toThrow();
  });

  it('cannot open data keys with another master key', async () => {
    const other = new FieldCipher(t.database.db, randomBytes(32));
    await expect(other.load()).rejects.toThrow(/KOMAR_KEY_FILE/);
  });

  it('rotates: re-encrypts stored values to the new key, old values still open', async () => {
    const worker = await t.signedIn(['investigator']);
    const before = await t.ctx.cipher.encrypt('kept aside', 'notes.body');
    const result = await rotateKeys(t.database.db, t.ctx.cipher, ENCRYPTED_COLUMNS);
    expect(result.version).toBe(2);
    expect(result.reencrypted).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, worker.userId));
    expect(FieldCipher.versionOf(row?.totpSecret ?? '')).toBe(2);
    expect(await t.ctx.cipher.decrypt(before, 'notes.body')).toBe('kept aside');
    // Sign-in still works with the re-encrypted secret.
    const again = await t.signedIn(['investigator']);
    expect((await again.client.get('/api/me')).statusCode).toBe(200);
  });

  it('covers every column that holds ciphertext', async () => {
    const found = rowsOf<{ table_name: string; column_name: string }>(
      await t.database.db.execute(sql`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type = 'text'`),
    );
    for (const { table_name, column_name } of found) {
      const [hit] = rowsOf<{ n: number }>(
        await t.database.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)} like 'k1.%'`,
        ),
      );
      if (hit?.n) {
        expect(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`)).toContain(`${table_name}.${column_name}`);
      }
    }
  });
});

describe('key file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is created once, private, with a loud notice', () => {
    const file = path.join(dir, 'sub', 'komar.key');
    const notices: string[] = [];
    const key = loadOrCreateMasterKey(file, (m) => notices.push(m));
    expect(key).toHaveLength(32);
    expect(notices.join()).toMatch(/BACK IT UP/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateMasterKey(file, (m) => notices.push(m)).equals(key)).toBe(true);
    expect(notices).toHaveLength(1);
  });

  it('refuses a file that is not a key', () => {
    const file = path.join(dir, 'bad.key');
    fs.writeFileSync(file, '{"format":"komar-master-key-v1","key":"c2hvcnQ="}');
    expect(() => loadOrCreateMasterKey(file, () => {})).toThrow(KeyFileError);
  });
});
