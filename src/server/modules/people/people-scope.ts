import { eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { inOwnScope, type Viewer, visibleTo } from '../investigations/investigation-scope.ts';
import { visibleTo as supportVisibleTo } from '../support/support-scope.ts';
import { people } from './people.table.ts';

/**
 * The people a viewer may find (SQL on `people p`): those in an investigation
 * or a support case the viewer may see, and those in neither yet (just
 * entered, or imported without one). A child in another office's
 * investigation or support case stays out of sight. `own` leaves out what
 * only a break-the-glass look opened: enough to read, not to change.
 */
export function peopleVisibleTo(viewer: Viewer, scope: 'any' | 'own' = 'any'): SQL {
  const investigationScope = scope === 'own' ? inOwnScope(viewer) : visibleTo(viewer);
  return sql`((not exists (select 1 from involvements v where v.person_id = p.id and v.investigation_id is not null)
               and not exists (select 1 from support_cases sc where sc.person_id = p.id))
    or exists (select 1 from involvements v join investigations on investigations.id = v.investigation_id
               where v.person_id = p.id and ${investigationScope})
    or exists (select 1 from support_cases where support_cases.person_id = p.id and ${supportVisibleTo(viewer)}))`;
}

/**
 * The person if the viewer may see them (404 otherwise, whether or not they
 * exist); to change them (`'write'`), they must be in the viewer's own scope (403).
 */
export async function findVisiblePerson(
  db: Executor,
  viewer: Viewer,
  id: string,
  options: { mode?: 'read' | 'write'; unmergedOnly?: boolean } = {},
) {
  const [hit] = rowsOf<{ own: boolean }>(
    await db.execute(
      sql`select ${peopleVisibleTo(viewer, 'own')} as own from people p
          where p.id = ${id} and ${peopleVisibleTo(viewer)}
          ${options.unmergedOnly ? sql`and p.merged_into is null` : sql``}`,
    ),
  );
  if (!hit) throw notFound();
  if (options.mode === 'write' && !hit.own)
    throw new AppError(
      403,
      'read_only',
      'you see this person through break the glass: the record is read-only for you',
    );
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) throw notFound();
  return person;
}
