import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { countPurgeable } from './retention.purge.ts';
import { MAX_YEARS, MIN_YEARS, RETENTION_RULES, type RetentionRule, SUGGESTED_YEARS } from './retention.rules.ts';
import type { ruleBody, rulesView } from './retention.schema.ts';
import { retentionRules } from './retention.table.ts';

/** Every rule with its setting (off and the suggested period until an administrator sets one) and a dry-run count. */
export async function listRules(ctx: Ctx): Promise<z.infer<typeof rulesView>> {
  const stored = new Map((await ctx.db.select().from(retentionRules)).map((r) => [r.rule, r]));
  const rules = await Promise.all(
    RETENTION_RULES.map(async (rule) => {
      const row = stored.get(rule);
      const years = row?.years ?? SUGGESTED_YEARS[rule];
      return {
        rule,
        enabled: row?.enabled ?? false,
        years,
        purgeableNow: await countPurgeable(ctx, rule, years),
        updatedAt: row?.updatedAt.toISOString() ?? null,
        lastRunAt: row?.lastRunAt?.toISOString() ?? null,
        lastRunPurged: row?.lastRunPurged ?? null,
      };
    }),
  );
  return { rules, minYears: MIN_YEARS, maxYears: MAX_YEARS };
}

/** Sets a rule's period and switches it on or off; audited with the old and new setting. */
export async function updateRule(
  ctx: Ctx,
  actor: Actor,
  rule: RetentionRule,
  body: z.infer<typeof ruleBody>,
): Promise<z.infer<typeof rulesView>> {
  const now = ctx.now();
  const updatedBy = 'userId' in actor ? actor.userId : null;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(retentionRules).where(eq(retentionRules.rule, rule)).for('update');
    await tx
      .insert(retentionRules)
      .values({ rule, enabled: body.enabled, years: body.years, updatedAt: now, updatedBy })
      .onConflictDoUpdate({
        target: retentionRules.rule,
        set: { enabled: body.enabled, years: body.years, updatedAt: now, updatedBy },
      });
    await recordAudit(tx, actor, {
      action: 'retention.rule_update',
      recordType: 'retention_rule',
      recordId: rule,
      detail: {
        rule,
        enabled: body.enabled,
        years: body.years,
        before: { enabled: before?.enabled ?? false, years: before?.years ?? null },
      },
    });
  });
  return listRules(ctx);
}
