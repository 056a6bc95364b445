import type { Ctx } from '../../context.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import type { Dashboard } from './dashboard.schema.ts';
import { cambodianToday } from './dashboard-months.ts';
import { overviewPanel } from './dashboard-overview.ts';
import { myFollowUpsPanel, myHearingsPanel, myInvestigationsPanel, queuePanel } from './dashboard-work.ts';

/** The overview needs all four areas: holding them together is what a manager does (no new permission). */
const OVERVIEW = ['reports:read', 'investigations:read', 'support:read', 'court:read'] as const;

/** The home page's panels: only those the viewer's permissions allow, each in its module's scope. */
export async function dashboardFor(ctx: Ctx, viewer: Viewer): Promise<Dashboard> {
  const may = (p: Viewer['permissions'][number]) => viewer.permissions.includes(p);
  const today = cambodianToday(ctx.now());
  const out: Dashboard = { today };
  if (may('reports:read')) out.queue = await queuePanel(ctx, viewer);
  if (may('investigations:read')) out.myInvestigations = await myInvestigationsPanel(ctx, viewer, today);
  if (may('support:read')) out.myFollowUps = await myFollowUpsPanel(ctx, viewer, today);
  if (may('court:read')) out.myHearings = await myHearingsPanel(ctx, viewer, today);
  if (OVERVIEW.every(may)) out.overview = await overviewPanel(ctx, viewer, today);
  return out;
}
