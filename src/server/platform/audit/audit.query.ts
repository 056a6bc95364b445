import { and, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from './audit.table.ts';

export type AuditFilter = {
  actorId?: string;
  /** Prefix: `user.` finds every user action. */
  action?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  /** Keyset pagination: rows with a smaller id than this. */
  before?: number;
  limit: number;
};

/** Newest first, filtered; `nextBefore` continues the list. */
export async function queryAudit(db: Db, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.action) where.push(like(auditLog.action, `${f.action.replace(/[\\%_]/g, '\\$&')}%`));
  if (f.recordType) where.push(eq(auditLog.recordType, f.recordType));
  if (f.recordId) where.push(eq(auditLog.recordId, f.recordId));
  if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (f.before) where.push(lt(auditLog.id, f.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return { items: page, nextBefore: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null };
}
