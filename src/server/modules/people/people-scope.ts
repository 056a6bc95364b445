import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../investigations/investigation-scope.ts';

/**
 * The people a viewer may find (SQL on `people p`): those in an investigation
 * the viewer may see, and those in no investigation yet (just entered, or
 * imported without one). A child in another office's case stays out of sight.
 */
export function peopleVisibleTo(viewer: Viewer): SQL {
  return sql`(not exists (select 1 from involvements v where v.person_id = p.id and v.investigation_id is not null)
    or exists (select 1 from involvements v join investigations on investigations.id = v.investigation_id
               where v.person_id = p.id and ${visibleTo(viewer)}))`;
}
