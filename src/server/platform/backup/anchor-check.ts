import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../audit/audit.table.ts';
import { verifyAuditChain } from '../audit/audit.verify.ts';
import type { Manifest } from './backup-manifest.ts';

/**
 * Compares a live database's audit log with the chain head a backup recorded.
 * The chain alone cannot catch someone who rewrites it from some row on and
 * recomputes every hash after; the backup's anchor, kept outside the
 * database, can: the live entry at the anchor's position must still carry the
 * anchor's hash. Returns the problem in words, or null when the log extends
 * the backed-up chain unchanged.
 */
export async function compareWithAnchor(db: Db, anchor: Manifest['audit']): Promise<string | null> {
  const chain = await verifyAuditChain(db);
  if (!chain.ok) {
    const b = chain.firstBroken;
    return `the live audit chain is broken at entry ${b?.seq}: ${b?.reason}`;
  }
  if (anchor.headSeq === 0) return null;
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, anchor.headSeq));
  if (!row) return `the live audit log has no entry ${anchor.headSeq}, which the backup holds: entries were removed`;
  if (row.hash !== anchor.headHash) {
    return `the live audit log's entry ${anchor.headSeq} differs from the backup's: the log was rewritten since the backup`;
  }
  return null;
}
