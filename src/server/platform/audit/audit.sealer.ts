import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import { auditRowHash, GENESIS_HASH } from './audit.hash.ts';
import { auditHead, auditLog } from './audit.table.ts';

/** Arbitrary constant: only one sealer in the whole deployment works at a time. */
const SEAL_LOCK = 7_305_002;
const BATCH = 2_000;

/**
 * Gives committed, unsealed audit rows their place in the hash chain, in the
 * order the sealer finds them committed. Runs every second in the server and
 * at the end of each CLI command; several processes may call it, the advisory
 * lock lets one at a time work. Returns how many rows it sealed.
 */
export async function sealAudit(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealBatch(db);
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

async function sealBatch(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`));
    if (!lock?.ok) return 0;
    const rows = await tx.select().from(auditLog).where(isNull(auditLog.seq)).orderBy(asc(auditLog.id)).limit(BATCH);
    if (rows.length === 0) return 0;
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const values = rows.map((row) => {
      seq += 1;
      const hash = auditRowHash({ ...row, seq, prevHash });
      const value = sql`(${row.id}::bigint, ${seq}::bigint, ${prevHash}, ${hash})`;
      prevHash = hash;
      return value;
    });
    await tx.execute(sql`
      update audit_log set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(values, sql`, `)}) as v(id, seq, prev_hash, hash)
      where audit_log.id = v.id`);
    await tx
      .insert(auditHead)
      .values({ id: 1, seq, hash: prevHash })
      .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash: prevHash } });
    return rows.length;
  });
}

/**
 * Seals every second until stopped; errors are reported, never thrown into the
 * timer. A tick is skipped while the previous one still runs, and stopping
 * waits for it and seals what is left, so a clean shutdown leaves nothing unsealed.
 */
export function startSealer(db: Db, onError: (err: unknown) => void, intervalMs = 1_000): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= sealAudit(db)
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await sealAudit(db).catch(onError);
  };
}
