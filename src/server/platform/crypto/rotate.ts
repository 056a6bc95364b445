import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import type { FieldCipher } from './field-cipher.ts';

export type EncryptedColumn = { table: string; id: string; column: string; context: string };

const BATCH = 500;

/**
 * Makes a new data key current, then re-encrypts every value under an older
 * key, in small batches so the application keeps running. A value changed by
 * the application meanwhile is left alone (compare-and-set) and picked up by
 * the next pass; old keys are kept, so nothing ever becomes unreadable.
 */
export async function rotateKeys(
  db: Db,
  cipher: FieldCipher,
  columns: EncryptedColumn[],
  progress: (msg: string) => void = () => {},
): Promise<{ version: number; reencrypted: number }> {
  const version = await cipher.rotate();
  let reencrypted = 0;
  for (const col of columns) {
    const table = sql.identifier(col.table);
    const id = sql.identifier(col.id);
    const column = sql.identifier(col.column);
    const current = `k1.${version}.%`;
    let done = 0;
    for (;;) {
      const rows = rowsOf<{ id: string; value: string }>(
        await db.execute(
          sql`select ${id}::text as id, ${column} as value from ${table}
              where ${column} is not null and ${column} not like ${current} limit ${BATCH}`,
        ),
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const plain = await cipher.decrypt(row.value, col.context);
        const fresh = await cipher.encrypt(plain, col.context);
        await db.execute(
          sql`update ${table} set ${column} = ${fresh} where ${id}::text = ${row.id} and ${column} = ${row.value}`,
        );
      }
      done += rows.length;
    }
    if (done) progress(`${col.table}.${col.column}: ${done} re-encrypted`);
    reencrypted += done;
  }
  return { version, reencrypted };
}
