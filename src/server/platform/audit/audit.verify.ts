import { asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditRowHash, GENESIS_HASH } from './audit.hash.ts';
import { auditHead, auditLog } from './audit.table.ts';

export type ChainReport = {
  ok: boolean;
  /** Sealed rows checked. */
  checked: number;
  /** Rows written but not yet chained (normally only the last second's). */
  unsealed: number;
  /** The first row where the chain breaks, and why. */
  firstBroken?: { seq: number; id: number | null; reason: string };
};

const PAGE = 5_000;

/**
 * Walks the whole chain in order. An updated row fails its own hash; a deleted
 * row leaves a gap in `seq` and a broken link; a removed tail no longer
 * matches the chain head.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fail = async (seq: number, id: number | null, reason: string): Promise<ChainReport> => ({
    ok: false,
    checked,
    unsealed: await countUnsealed(db),
    firstBroken: { seq, id, reason },
  });
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    for (const row of rows) {
      const seq = row.seq as number;
      if (seq !== expectedSeq) return fail(expectedSeq, null, `row ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return fail(seq, row.id, 'link to the previous row does not match');
      if (row.hash !== auditRowHash({ ...row, seq, prevHash })) return fail(seq, row.id, 'row content was changed');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const headSeq = head?.seq ?? 0;
  if (headSeq !== checked || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    return fail(checked + 1, null, `the chain ends at row ${checked} but its head says ${headSeq}: rows were removed`);
  }
  return { ok: true, checked, unsealed: await countUnsealed(db) };
}

async function countUnsealed(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(isNull(auditLog.seq));
  return row?.n ?? 0;
}
