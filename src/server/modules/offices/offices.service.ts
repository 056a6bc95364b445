import { asc, eq } from 'drizzle-orm';
import { SEED_OFFICES } from '../../../shared/offices.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { offices } from './offices.table.ts';

export type OfficeView = {
  code: string;
  nameEn: string;
  nameKm: string;
  openedOn: string | null;
  closedOn: string | null;
};

const toView = (o: typeof offices.$inferSelect): OfficeView => ({
  code: o.code,
  nameEn: o.nameEn,
  nameKm: o.nameKm,
  openedOn: o.openedOn,
  closedOn: o.closedOn,
});

/** Inserts the organisation's offices once; never overwrites an administrator's edits. */
export async function seedOffices(db: Executor): Promise<void> {
  await db
    .insert(offices)
    .values([...SEED_OFFICES])
    .onConflictDoNothing();
}

export async function listOffices(ctx: Ctx): Promise<OfficeView[]> {
  const rows = await ctx.db.select().from(offices).orderBy(asc(offices.openedOn), asc(offices.code));
  return rows.map(toView);
}

export async function getOffice(db: Executor, code: string): Promise<OfficeView | undefined> {
  const [row] = await db.select().from(offices).where(eq(offices.code, code));
  return row && toView(row);
}

export type OfficePatch = { nameEn?: string; nameKm?: string; closedOn?: string | null };

/** Renames, closes (a date) or reopens (null) an office. Its records stay whatever happens. */
export async function updateOffice(ctx: Ctx, actor: Actor, code: string, patch: OfficePatch): Promise<OfficeView> {
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(offices).where(eq(offices.code, code));
    if (!current) throw notFound();
    if (patch.closedOn && current.openedOn && patch.closedOn < current.openedOn) {
      throw invalid({ closedOn: 'cannot be before the office opened' });
    }
    const [row] = await tx.update(offices).set(patch).where(eq(offices.code, code)).returning();
    const changed = Object.keys(patch).filter((k) => patch[k as keyof OfficePatch] !== current[k as keyof OfficePatch]);
    const action =
      patch.closedOn !== undefined && patch.closedOn !== current.closedOn
        ? patch.closedOn
          ? 'office.close'
          : 'office.reopen'
        : 'office.update';
    await recordAudit(tx, actor, { action, recordType: 'office', recordId: code, detail: { changed } });
    return toView(row ?? current);
  });
}
