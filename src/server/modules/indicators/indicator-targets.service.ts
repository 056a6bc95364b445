import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { DEFAULT_TARGET, INCREASE_KINDS, INDICATORS, type Indicator, type TargetSettings } from './indicator-codes.ts';
import type { targetBody } from './indicators.schema.ts';
import { indicatorTargets } from './indicators.table.ts';

/** Each indicator's baseline year and target: the stored row, or the defaults (+30 % relative, no baseline year). */
export async function getTargets(db: Executor): Promise<Record<Indicator, TargetSettings>> {
  const rows = await db.select().from(indicatorTargets);
  const out = Object.fromEntries(INDICATORS.map((i) => [i, { ...DEFAULT_TARGET }])) as Record<
    Indicator,
    TargetSettings
  >;
  for (const row of rows) {
    if (!(INDICATORS as readonly string[]).includes(row.indicator)) continue;
    out[row.indicator as Indicator] = {
      baselineYear: row.baselineYear,
      increaseKind: (INCREASE_KINDS as readonly string[]).includes(row.increaseKind)
        ? (row.increaseKind as TargetSettings['increaseKind'])
        : DEFAULT_TARGET.increaseKind,
      increase: row.increase,
      targetYear: row.targetYear,
    };
  }
  return out;
}

export async function listTargets(db: Executor) {
  const targets = await getTargets(db);
  return { items: INDICATORS.map((indicator) => ({ indicator, ...targets[indicator] })) };
}

/** Sets one indicator's baseline and target; audited with the values (figures, no personal data). */
export async function setTarget(
  ctx: Ctx,
  actor: Actor & { userId: string },
  indicator: Indicator,
  input: z.infer<typeof targetBody>,
) {
  await ctx.db.transaction(async (tx) => {
    const values = { ...input, updatedAt: ctx.now(), updatedBy: actor.userId };
    await tx
      .insert(indicatorTargets)
      .values({ indicator, ...values })
      .onConflictDoUpdate({ target: indicatorTargets.indicator, set: values });
    await recordAudit(tx, actor, {
      action: 'indicators.target',
      recordType: 'indicator',
      recordId: indicator,
      detail: { ...input },
    });
  });
  return listTargets(ctx.db);
}
