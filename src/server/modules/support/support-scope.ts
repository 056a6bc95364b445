import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { supportCases } from './support.table.ts';

export type { Viewer };

/**
 * The record scope of DESIGN.md for support cases: users of the case's office
 * holding `support:read` (managers included), plus the assigned social worker,
 * the assigned lawyer and team members lent from another office. Applied in
 * SQL, so lists, counts and look-ups agree.
 */
export function visibleTo(viewer: Viewer): SQL {
  const office = viewer.permissions.includes('support:read')
    ? eq(supportCases.officeCode, viewer.officeCode)
    : sql`false`;
  return or(
    office,
    eq(supportCases.socialWorkerId, viewer.userId),
    eq(supportCases.lawyerId, viewer.userId),
    sql`exists (select 1 from support_case_members m
                where m.case_id = ${supportCases.id} and m.user_id = ${viewer.userId})`,
  ) as SQL;
}

/** The support case if the viewer may see it; otherwise 404, whether or not it exists. */
export async function findVisible(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.id, id), visibleTo(viewer)));
  if (!row) throw notFound();
  return row;
}

/** A manager of the case's office: may approve its closure and read its medical and counselling notes. */
export function isOfficeManager(viewer: Viewer, officeCode: string | null): boolean {
  return viewer.permissions.includes('support:approve') && officeCode !== null && officeCode === viewer.officeCode;
}
