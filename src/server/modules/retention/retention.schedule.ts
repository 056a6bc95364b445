import type { Ctx } from '../../context.ts';
import { type PurgeResult, runPurge } from './retention.purge.ts';

/** First look a minute after start (not during it: migrations and the first requests come first), then hourly. */
const FIRST_AFTER_MS = 60_000;
const EVERY_MS = 3600_000;

/**
 * The server's retention purge: an hourly look that runs each enabled rule
 * at most once a day (`onlyDue`, by its last run in the database, so restarts
 * and several servers do not multiply runs; the rule's row lock keeps two
 * servers from running it at once). Errors are reported, never thrown into
 * the timer; a look still running when the next is due is not doubled.
 */
export function startRetentionSchedule(
  ctx: Ctx,
  onError: (err: unknown) => void,
  onRun: (result: PurgeResult) => void = () => {},
  timing = { firstAfterMs: FIRST_AFTER_MS, everyMs: EVERY_MS },
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running ??= runPurge(ctx, { label: 'system' }, { onlyDue: true })
      .then(onRun, onError)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, timing.firstAfterMs);
  const timer = setInterval(tick, timing.everyMs);
  first.unref();
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
