import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../../shared/permissions.ts';
import type { Executor } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { investigations } from './investigations.table.ts';

/** Who is looking; every list and look-up is filtered by it. */
export type Viewer = { userId: string; officeCode: string; permissions: readonly Permission[] };

/**
 * The record scope of DESIGN.md for investigations: the viewer's office, plus
 * any investigation they lead or are on the team of (an investigator lent to
 * another office). Applied in SQL, so lists, counts and look-ups agree.
 */
export function visibleTo(viewer: Viewer): SQL {
  return or(
    eq(investigations.officeCode, viewer.officeCode),
    eq(investigations.leadInvestigatorId, viewer.userId),
    sql`exists (select 1 from investigation_members m
                where m.investigation_id = ${investigations.id} and m.user_id = ${viewer.userId})`,
  ) as SQL;
}

/** The investigation if the viewer may see it; otherwise 404, whether or not it exists. */
export async function findVisible(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(investigations)
    .where(sql`${eq(investigations.id, id)} and ${visibleTo(viewer)}`);
  if (!row) throw notFound();
  return row;
}
