import { and, arrayContains, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartnerKind } from '../../../shared/partners.ts';
import type { AgreementKind, PartnerService } from '../../../shared/referrals.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { agreementState, cambodianToday } from './agreement-state.ts';
import type * as schema from './partners.schema.ts';
import { partnerAgreements, partners } from './partners.table.ts';

type Row = typeof partners.$inferSelect;
type AgreementRow = typeof partnerAgreements.$inferSelect;
const SEALED = ['contact', 'notes'] as const;

async function agreementView(ctx: Ctx, row: AgreementRow, today: string): Promise<schema.AgreementView> {
  return {
    id: row.id,
    kind: row.kind as AgreementKind,
    signedOn: row.signedOn,
    expiresOn: row.expiresOn,
    state: agreementState(row.expiresOn, today),
    notes: row.notes === null ? null : await ctx.cipher.decrypt(row.notes, 'partner_agreements.notes'),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The views of several partners, with their agreements read in one query. */
async function toViews(ctx: Ctx, rows: Row[], db: Executor = ctx.db): Promise<schema.PartnerView[]> {
  const ids = rows.map((r) => r.id);
  const agreements = ids.length
    ? await db
        .select()
        .from(partnerAgreements)
        .where(inArray(partnerAgreements.partnerId, ids))
        .orderBy(desc(partnerAgreements.signedOn), desc(partnerAgreements.createdAt))
    : [];
  const today = cambodianToday(ctx.now());
  const open = (value: string | null, column: string) =>
    value === null ? null : ctx.cipher.decrypt(value, `partners.${column}`);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      kind: row.kind as PartnerKind,
      name: row.name,
      country: row.country,
      services: row.services,
      serviceCodes: row.serviceCodes as PartnerService[],
      contact: await open(row.contact, 'contact'),
      notes: await open(row.notes, 'notes'),
      active: row.active,
      agreements: await Promise.all(
        agreements.filter((a) => a.partnerId === row.id).map((a) => agreementView(ctx, a, today)),
      ),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  );
}

async function toView(ctx: Ctx, row: Row, db: Executor = ctx.db): Promise<schema.PartnerView> {
  const [view] = await toViews(ctx, [row], db);
  if (!view) throw new Error('no view');
  return view;
}

/** Encrypts the sealed fields of an input; other fields pass through. */
async function sealed<T extends Partial<Record<(typeof SEALED)[number], string | null>>>(ctx: Ctx, input: T) {
  const out: Record<string, unknown> = { ...input };
  for (const column of SEALED) {
    const value = input[column];
    if (value !== undefined) out[column] = value ? await ctx.cipher.encrypt(value, `partners.${column}`) : null;
  }
  return out as T;
}

const duplicateName = () =>
  conflict('a partner of this kind already has this name', { name: 'already in the directory' });

export async function listPartners(ctx: Ctx, q: z.infer<typeof schema.partnerListQuery>) {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(partners.kind, q.kind));
  if (q.active !== 'all') where.push(eq(partners.active, q.active === 'true'));
  if (q.service) where.push(arrayContains(partners.serviceCodes, [q.service]));
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(lower(${partners.name}) like ${like} or lower(coalesce(${partners.services}, '')) like ${like})`);
  }
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(...where))
    .orderBy(asc(sql`lower(${partners.name})`), asc(partners.id))
    .limit(1000);
  return toViews(ctx, rows);
}

export async function findPartner(db: Executor, id: string): Promise<Row | undefined> {
  const [row] = await db.select().from(partners).where(eq(partners.id, id));
  return row;
}

export async function getPartner(ctx: Ctx, id: string) {
  const row = await findPartner(ctx.db, id);
  if (!row) throw notFound();
  return toView(ctx, row);
}

export async function createPartner(ctx: Ctx, actor: Actor, input: z.infer<typeof schema.partnerBody>) {
  const values = await sealed(ctx, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(partners)
        .values({ ...values, createdAt: ctx.now(), updatedAt: ctx.now() })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, actor, {
        action: 'partner.create',
        recordType: 'partner',
        recordId: row.id,
        detail: { kind: row.kind },
      });
      return toView(ctx, row, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export async function updatePartner(ctx: Ctx, actor: Actor, id: string, patch: z.infer<typeof schema.partnerPatch>) {
  const values = await sealed(ctx, patch);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(partners)
        .set({ ...values, updatedAt: ctx.now() })
        .where(eq(partners.id, id))
        .returning();
      if (!row) throw notFound();
      const action =
        patch.active === undefined ? 'partner.update' : patch.active ? 'partner.reactivate' : 'partner.deactivate';
      // Field names only: contact details stay out of the audit log.
      await recordAudit(tx, actor, {
        action,
        recordType: 'partner',
        recordId: id,
        detail: { changed: Object.keys(patch) },
      });
      return toView(ctx, row, tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
