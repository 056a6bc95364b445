import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../../shared/permissions.ts';
import type { Executor } from '../../db/client.ts';
import { grantedTo } from '../../platform/break-glass/break-glass.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { investigations } from './investigations.table.ts';

/** Who is looking; every list and look-up is filtered by it. */
export type Viewer = { userId: string; officeCode: string; permissions: readonly Permission[] };

/**
 * The record scope of DESIGN.md for investigations: the viewer's office, plus
 * any investigation they lead or are on the team of (an investigator lent to
 * another office), plus any they broke the glass for (a reasoned look that
 * the office's managers review). Applied in SQL, so lists, counts and
 * look-ups agree.
 */
export function visibleTo(viewer: Viewer): SQL {
  return or(inOwnScope(viewer), grantedTo(viewer.userId, 'investigation', investigations.id)) as SQL;
}

/** The scope without break-the-glass grants: what the viewer sees without giving a reason. */
export function inOwnScope(viewer: Viewer): SQL {
  return or(
    eq(investigations.officeCode, viewer.officeCode),
    eq(investigations.leadInvestigatorId, viewer.userId),
    sql`exists (select 1 from investigation_members m
                where m.investigation_id = ${investigations.id} and m.user_id = ${viewer.userId})`,
  ) as SQL;
}

/**
 * The investigation if the viewer may see it; otherwise 404, whether or not it
 * exists. To change it (`'write'`) the viewer must hold it in their own scope:
 * a look through break the glass is read-only (403).
 */
export async function findVisible(db: Executor, viewer: Viewer, id: string, mode: 'read' | 'write' = 'read') {
  const [found] = await db
    .select({ row: investigations, own: sql<boolean>`${inOwnScope(viewer)}` })
    .from(investigations)
    .where(sql`${eq(investigations.id, id)} and ${visibleTo(viewer)}`);
  if (!found) throw notFound();
  if (mode === 'write' && !found.own) throw readOnlyLook();
  return found.row;
}

const readOnlyLook = () =>
  new AppError(403, 'read_only', 'you see this investigation through break the glass: it is read-only for you');
