import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { courtCases } from './court.table.ts';

export type { Viewer };
/** A viewer who is a manager sees every reminder of the office, not only the cases they work on. */
export type CourtViewer = Viewer & { isManager: boolean };

/**
 * The record scope for court cases: the case's office (its investigation's,
 * or the one chosen), plus the case's lawyer and team wherever they sit.
 * Applied in SQL so the list, the calendar and look-ups agree.
 */
export function visibleTo(viewer: Viewer): SQL {
  return or(
    eq(courtCases.officeCode, viewer.officeCode),
    eq(courtCases.lawyerId, viewer.userId),
    sql`exists (select 1 from court_case_members m
                where m.court_case_id = ${courtCases.id} and m.user_id = ${viewer.userId})`,
  ) as SQL;
}

/** The cases someone works on: as the lawyer or on the team. */
export function workedOnBy(userId: string): SQL {
  return or(
    eq(courtCases.lawyerId, userId),
    sql`exists (select 1 from court_case_members m
                where m.court_case_id = ${courtCases.id} and m.user_id = ${userId})`,
  ) as SQL;
}

/** The court case if the viewer may see it; otherwise 404, whether or not it exists. */
export async function findVisible(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(courtCases)
    .where(sql`${eq(courtCases.id, id)} and ${visibleTo(viewer)}`);
  if (!row) throw notFound();
  return row;
}
