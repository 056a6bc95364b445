import { type PurgeResult, runPurge } from '../server/modules/retention/retention.purge.ts';
import { withRuntime } from './run.ts';

const WHY: Record<string, string> = {
  disabled: 'off',
  busy: 'skipped: another process is running it',
  not_due: 'skipped: ran less than a day ago',
};

/** One line per rule, for a person or a cron mail: what went (or would go), or why nothing did. */
export function formatPurge(result: PurgeResult, dryRun: boolean): string {
  const lines = result.rules.map((r) => {
    const period = r.years === null ? '' : ` (${r.years} ${r.years === 1 ? 'year' : 'years'})`;
    if (r.outcome === 'would_purge') return `${r.rule}${period}: would purge ${r.records}`;
    if (r.outcome !== 'purged') return `${r.rule}${period}: ${WHY[r.outcome]}`;
    const rows = Object.entries(r.deleted)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table} ${n}`);
    return `${r.rule}${period}: purged ${r.records}${rows.length ? ` (${rows.join(', ')})` : ''}`;
  });
  if (!dryRun) lines.push(`expired idempotency keys: ${result.idempotencyKeysExpired}`);
  return `${lines.join('\n')}\n`;
}

/** `komar retention purge [--dry-run]`: every run is audited with the CLI as its actor. */
export async function retentionPurgeCommand(o: { dryRun?: boolean }): Promise<void> {
  const dryRun = o.dryRun === true;
  await withRuntime(async (rt) => {
    const result = await runPurge(rt.ctx, { label: 'cli' }, { dryRun });
    process.stdout.write(formatPurge(result, dryRun));
  });
}
