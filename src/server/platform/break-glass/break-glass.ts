import { and, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../modules/accounts/accounts.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { conflict, notFound } from '../errors.ts';
import { accessGrants } from './break-glass.table.ts';

/** How long one broken glass lets its user see the record: a working day. */
export const GRANT_HOURS = 8;

/** The kinds of record whose scope a grant can open. */
export type GrantRecordType = 'investigation';

/**
 * SQL: the user holds an unexpired grant for the record whose id is `idColumn`.
 * Scope predicates OR this in, so a grant opens lists and look-ups alike.
 */
export function grantedTo(userId: string, recordType: GrantRecordType, idColumn: AnyPgColumn): SQL {
  return sql`exists (select 1 from access_grants g
                     where g.user_id = ${userId} and g.record_type = ${recordType}
                       and g.record_id = ${idColumn} and g.expires_at > now())`;
}

export type GlassBreak = {
  userId: string;
  recordType: GrantRecordType;
  recordId: string;
  recordLabel: string;
  officeCode: string | null;
  reason: string;
};

/** Opens a grant and audits it, in the caller's transaction. Returns when it ends. */
export async function breakGlass(ctx: Ctx, tx: Executor, input: GlassBreak): Promise<Date> {
  const grantedAt = ctx.now();
  const expiresAt = new Date(grantedAt.getTime() + GRANT_HOURS * 3_600_000);
  const [grant] = await tx
    .insert(accessGrants)
    .values({ ...input, reason: await ctx.cipher.encrypt(input.reason, 'access_grants.reason'), grantedAt, expiresAt })
    .returning({ id: accessGrants.id });
  await recordAudit(
    tx,
    { userId: input.userId },
    {
      action: 'access.break_glass',
      recordType: input.recordType,
      recordId: input.recordId,
      detail: { grantId: grant?.id, hours: GRANT_HOURS },
    },
  );
  return expiresAt;
}

/** When the user's grant on this record ends, or null when they hold none. */
export async function grantEnds(db: Executor, userId: string, recordType: GrantRecordType, recordId: string) {
  const [row] = await db
    .select({ expiresAt: sql<Date>`max(${accessGrants.expiresAt})` })
    .from(accessGrants)
    .where(
      and(
        eq(accessGrants.userId, userId),
        eq(accessGrants.recordType, recordType),
        eq(accessGrants.recordId, recordId),
        sql`${accessGrants.expiresAt} > now()`,
      ),
    );
  return row?.expiresAt ? new Date(row.expiresAt) : null;
}

export type Reviewer = { userId: string; officeCode: string };

/** Grants on records of the reviewer's office (or of no office), those still to review first. */
export async function listGrants(ctx: Ctx, reviewer: Reviewer, pendingOnly: boolean) {
  const rows = await ctx.db
    .select({
      id: accessGrants.id,
      recordType: accessGrants.recordType,
      recordId: accessGrants.recordId,
      recordLabel: accessGrants.recordLabel,
      officeCode: accessGrants.officeCode,
      reason: accessGrants.reason,
      grantedAt: accessGrants.grantedAt,
      expiresAt: accessGrants.expiresAt,
      reviewedAt: accessGrants.reviewedAt,
      userName: users.name,
      userOffice: users.officeCode,
      reviewerName: sql<string | null>`(select r.name from users r where r.id = ${accessGrants.reviewedBy})`,
    })
    .from(accessGrants)
    .innerJoin(users, eq(users.id, accessGrants.userId))
    .where(
      and(
        or(eq(accessGrants.officeCode, reviewer.officeCode), isNull(accessGrants.officeCode)),
        pendingOnly ? isNull(accessGrants.reviewedAt) : undefined,
      ),
    )
    .orderBy(sql`${accessGrants.reviewedAt} is not null`, desc(accessGrants.grantedAt))
    .limit(200);
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      reason: await ctx.cipher.decrypt(r.reason, 'access_grants.reason'),
      grantedAt: r.grantedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      active: r.expiresAt > ctx.now(),
    })),
  );
}

/**
 * A manager has looked at a grant: marks it reviewed and, if they judge the
 * look unjustified, ends it now. Nobody reviews their own grant.
 */
export async function reviewGrant(ctx: Ctx, reviewer: Reviewer, id: string, endNow: boolean): Promise<void> {
  const [grant] = await ctx.db
    .select()
    .from(accessGrants)
    .where(
      and(
        eq(accessGrants.id, id),
        or(eq(accessGrants.officeCode, reviewer.officeCode), isNull(accessGrants.officeCode)),
      ),
    );
  if (!grant) throw notFound();
  if (grant.userId === reviewer.userId) throw conflict('another manager reviews your own look at a record');
  if (grant.reviewedAt) throw conflict('this look has already been reviewed');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // Only the first of two simultaneous reviews counts.
    const [won] = await tx
      .update(accessGrants)
      .set({
        reviewedBy: reviewer.userId,
        reviewedAt: now,
        expiresAt: endNow && grant.expiresAt > now ? now : grant.expiresAt,
      })
      .where(and(eq(accessGrants.id, id), isNull(accessGrants.reviewedAt)))
      .returning({ id: accessGrants.id });
    if (!won) throw conflict('this look has already been reviewed');
    await recordAudit(
      tx,
      { userId: reviewer.userId },
      { action: 'access.review', recordType: 'access_grant', recordId: id, detail: { endNow } },
    );
  });
}
