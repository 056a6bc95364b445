import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../../shared/settings.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { settings } from './settings.table.ts';

/** The current settings: defaults overlaid with what administrators changed. */
export async function getSettings(db: Executor): Promise<Settings> {
  const rows = await db.select().from(settings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  // A stored value that no longer fits the schema (after an upgrade) falls back to its default.
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) (merged as Record<string, unknown>)[key] = parsed.data;
  }
  return merged;
}

const CACHE_MS = 30_000;
let cache: { at: number; value: Settings } | undefined;

/**
 * Settings for hot paths (every public report reads the deadlines): cached for
 * 30 s per process. A change made here clears it at once; one made by another
 * app server is seen within 30 s.
 */
export async function cachedSettings(db: Executor): Promise<Settings> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.value;
  const value = await getSettings(db);
  cache = { at: Date.now(), value };
  return value;
}

/** Changes some settings; audited with the names and new values (settings hold no personal data). */
export async function updateSettings(ctx: Ctx, actor: Actor, patch: Partial<Settings>): Promise<Settings> {
  await ctx.db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      await tx
        .insert(settings)
        .values({ key, value, updatedAt: ctx.now(), updatedBy: 'userId' in actor ? actor.userId : null })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: ctx.now() } });
    }
    await recordAudit(tx, actor, { action: 'settings.update', recordType: 'settings', detail: patch });
  });
  cache = undefined;
  return getSettings(ctx.db);
}
