import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PublicReportBody, PublicStatus } from '../../../shared/intake.ts';
import type { Ctx } from '../../context.ts';
import { canonicalJson } from '../../platform/audit/audit.hash.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canonicalTrackingCode, newReporterSecret, newTrackingCode, secretMatches } from './codes.ts';
import { idempotencyKeys, reportMessages, reports } from './intake.table.ts';
import { prepareReport, retryOnCodeCollision } from './report-writer.ts';

export type Receipt = { trackingCode: string; secret: string };

class IdempotencyRace extends Error {}

/**
 * Stores a report sent from the public site or API, answered with a tracking
 * code and a secret shown once. Everything is one transaction: once the
 * caller has the receipt, the report is committed. A retry with the same
 * Idempotency-Key and body gets the same receipt and creates nothing.
 */
export async function submitPublicReport(ctx: Ctx, body: PublicReportBody, idempotencyKey?: string): Promise<Receipt> {
  if (body.website) return { trackingCode: newTrackingCode(), secret: newReporterSecret() }; // honeypot: a bot
  const keyHash = idempotencyKey ? sha256(idempotencyKey) : undefined;
  const requestHash = sha256(canonicalJson(body));
  if (keyHash) {
    const earlier = await replay(ctx, keyHash, requestHash);
    if (earlier) return earlier;
  }
  try {
    return await retryOnCodeCollision(() => insertReport(ctx, body, keyHash, requestHash));
  } catch (err) {
    const earlier = err instanceof IdempotencyRace && keyHash ? await replay(ctx, keyHash, requestHash) : null;
    if (earlier) return earlier;
    throw err;
  }
}

async function insertReport(ctx: Ctx, body: PublicReportBody, keyHash: string | undefined, requestHash: string) {
  const { website: _honeypot, ...fields } = body;
  const report = await prepareReport(ctx, { ...fields, channel: 'web' }, true);
  const secret = report.secret as string;
  const idempotency = keyHash
    ? { keyHash, requestHash, encryptedSecret: await ctx.cipher.encrypt(secret, 'idempotency_keys.secret') }
    : undefined;
  // One statement, no explicit transaction: committed when it returns.
  const id = await report.insert(ctx.db, { label: 'public' }, idempotency);
  if (!id) throw new IdempotencyRace(); // a concurrent retry with the same key won; nothing was written
  return { trackingCode: report.trackingCode, secret };
}

async function replay(ctx: Ctx, keyHash: string, requestHash: string): Promise<Receipt | null> {
  const [row] = await ctx.db
    .select({
      requestHash: idempotencyKeys.requestHash,
      secret: idempotencyKeys.secret,
      trackingCode: reports.trackingCode,
    })
    .from(idempotencyKeys)
    .innerJoin(reports, eq(reports.id, idempotencyKeys.reportId))
    .where(eq(idempotencyKeys.keyHash, keyHash));
  if (!row) return null;
  if (row.requestHash !== requestHash) {
    throw new AppError(409, 'idempotency_conflict', 'this Idempotency-Key was already used for a different report');
  }
  return { trackingCode: row.trackingCode, secret: await ctx.cipher.decrypt(row.secret, 'idempotency_keys.secret') };
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The internal workflow, as the reporter may see it: received, in review, or closed. Nothing more. */
export function publicStatusOf(status: string): PublicStatus {
  if (status === 'closed') return 'closed';
  if (status === 'new' || status === 'triaged' || status === 'assigned') return 'received';
  return 'in_review';
}

/** Finds a report by code and secret; a wrong code and a wrong secret look the same (404). */
async function findWithSecret(ctx: Ctx, code: string, secret: string) {
  const trackingCode = canonicalTrackingCode(code);
  if (!trackingCode) throw notFound();
  const [row] = await ctx.db
    .select({
      id: reports.id,
      trackingCode: reports.trackingCode,
      secretHash: reports.secretHash,
      status: reports.status,
      mergedInto: reports.mergedInto,
      receivedAt: reports.receivedAt,
    })
    .from(reports)
    .where(eq(reports.trackingCode, trackingCode));
  if (!row || !secretMatches(secret, row.secretHash)) throw notFound();
  return row;
}

export async function publicReportStatus(ctx: Ctx, code: string, secret: string) {
  const row = await findWithSecret(ctx, code, secret);
  // A report merged into another (a duplicate) follows that one's progress.
  const [target] = row.mergedInto
    ? await ctx.db.select({ status: reports.status }).from(reports).where(eq(reports.id, row.mergedInto))
    : [];
  const status = publicStatusOf(target?.status ?? row.status);
  return { trackingCode: row.trackingCode, status, receivedAt: row.receivedAt.toISOString() };
}

/** More information from the reporter, kept with the report for the staff who work it. */
export async function addReporterMessage(ctx: Ctx, code: string, secret: string, message: string): Promise<void> {
  const row = await findWithSecret(ctx, code, secret);
  const body = await ctx.cipher.encrypt(message, 'report_messages.body');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(reportMessages).values({ reportId: row.id, author: 'reporter', body, createdAt: ctx.now() });
    await tx.update(reports).set({ updatedAt: ctx.now() }).where(eq(reports.id, row.id));
    await recordAudit(
      tx,
      { label: 'public' },
      { action: 'report.reporter_message', recordType: 'report', recordId: row.id },
    );
  });
}
