import type { Executor } from '../../db/client.ts';
import { auditLog } from './audit.table.ts';

/** Who did it: a signed-in user, or the part of the system acting without one. */
export type Actor = { userId: string } | { label: 'system' | 'cli' | 'public' };

export type AuditEntry = {
  action: string;
  recordType?: string;
  recordId?: string;
  /** Never personal data or free text: ids, codes, field names, counts. */
  detail?: Record<string, unknown>;
};

/**
 * Records an audited action. Call it with the transaction of the change, so the
 * row commits exactly when the change does; the sealer chains it shortly after.
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: new Date(),
    actorId: 'userId' in actor ? actor.userId : null,
    actorLabel: 'userId' in actor ? 'user' : actor.label,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    detail: entry.detail ?? {},
  });
}
