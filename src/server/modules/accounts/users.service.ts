import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.ts';
import type { Ctx } from '../../context.ts';
import { type Executor, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import { getOffice } from '../offices/offices.service.ts';
import { users } from './accounts.table.ts';
import { hashPassword, oneTimePassword } from './password.ts';
import { deleteUserSessions } from './sessions.service.ts';

type UserRow = typeof users.$inferSelect;

/** What the API shows of an account: never a hash or a secret. */
export type UserView = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  officeCode: string;
  active: boolean;
  locale: 'km' | 'en';
  totpEnabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

export function toUserView(u: UserRow, now: Date): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles as Role[],
    officeCode: u.officeCode,
    active: u.active,
    locale: u.locale === 'en' ? 'en' : 'km',
    totpEnabled: u.totpEnabledAt !== null,
    mustChangePassword: u.mustChangePassword,
    locked: u.lockedUntil !== null && u.lockedUntil > now,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  const rows = await ctx.db.select().from(users).orderBy(asc(users.name));
  return rows.map((u) => toUserView(u, ctx.now()));
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return u?.id;
}

export type NewUser = { email: string; name: string; roles: Role[]; officeCode: string; locale?: 'km' | 'en' };

/** Creates an account with a one-time password that must be changed at first sign-in. */
export async function createUser(
  ctx: Ctx,
  actor: Actor,
  input: NewUser,
): Promise<{ user: UserView; oneTimePassword: string }> {
  await assertOpenOffice(ctx.db, input.officeCode);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const email = normaliseEmail(input.email);
  const user = await inTransactionMappingDuplicateEmail(ctx, async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw conflict('this email is already used by another account', { email: 'already in use' });
    const [row] = await tx
      .insert(users)
      .values({
        email,
        name: input.name.trim(),
        roles: [...new Set(input.roles)],
        officeCode: input.officeCode,
        locale: input.locale ?? 'km',
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'user.create',
      recordType: 'user',
      recordId: row.id,
      detail: { roles: row.roles, officeCode: row.officeCode },
    });
    return row;
  });
  return { user: toUserView(user, ctx.now()), oneTimePassword: password };
}

export type UserPatch = Partial<Pick<NewUser, 'email' | 'name' | 'roles' | 'officeCode'> & { active: boolean }>;

/** Edits an account. Deactivating ends its sessions; the last active administrator cannot be removed. */
export async function updateUser(ctx: Ctx, actor: Actor, id: string, patch: UserPatch): Promise<UserView> {
  if (patch.officeCode !== undefined) await assertOpenOffice(ctx.db, patch.officeCode);
  const updated = await inTransactionMappingDuplicateEmail(ctx, async (tx) => {
    const current = await findUser(tx, id);
    if (!current) throw notFound();
    const next = {
      email: patch.email === undefined ? current.email : normaliseEmail(patch.email),
      name: patch.name === undefined ? current.name : patch.name.trim(),
      roles: patch.roles === undefined ? current.roles : [...new Set(patch.roles)],
      officeCode: patch.officeCode ?? current.officeCode,
      active: patch.active ?? current.active,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
    );
    if (changed.length === 0) return current;
    if (next.email !== current.email) {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.email, next.email), ne(users.id, id)));
      if (taken) throw conflict('this email is already used by another account', { email: 'already in use' });
    }
    const losesAdmin =
      current.active && current.roles.includes('admin') && (!next.active || !next.roles.includes('admin'));
    if (losesAdmin && (await countOtherActiveAdmins(tx, id)) === 0) {
      const field = next.active ? 'roles' : 'active';
      throw invalid({ [field]: 'Komar must keep at least one active administrator' });
    }
    const [row] = await tx
      .update(users)
      .set({ ...next, updatedAt: ctx.now() })
      .where(eq(users.id, id))
      .returning();
    if (!next.active || changed.includes('roles')) await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, {
      action: next.active === current.active ? 'user.update' : next.active ? 'user.activate' : 'user.deactivate',
      recordType: 'user',
      recordId: id,
      detail: { changed, ...(changed.includes('roles') ? { roles: next.roles } : {}) },
    });
    return row ?? current;
  });
  return toUserView(updated, ctx.now());
}

/** Removes a user's authenticator; they must enrol a new one at next sign-in. */
export async function resetSecondFactor(ctx: Ctx, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, updatedAt: ctx.now() })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (!row) throw notFound();
    await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, { action: 'user.reset_2fa', recordType: 'user', recordId: id });
  });
}

/** Replaces a forgotten password with a one-time one, and unlocks the account. */
export async function resetPassword(ctx: Ctx, actor: Actor, id: string): Promise<string> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: ctx.now() })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (!row) throw notFound();
    await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, { action: 'user.reset_password', recordType: 'user', recordId: id });
  });
  return password;
}

export async function setLocale(ctx: Ctx, userId: string, locale: 'km' | 'en'): Promise<void> {
  await ctx.db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** Display names for the audit log page: one query for the page, not one per row. */
export async function userNames(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const FIRST_ADMIN_EMAIL = 'admin@komar.local';

/**
 * On a database without users, creates the first administrator and returns its
 * one-time password for the start-up notice; otherwise null.
 */
export async function ensureFirstAdmin(ctx: Ctx): Promise<{ email: string; oneTimePassword: string } | null> {
  const [any] = await ctx.db.select({ id: users.id }).from(users).limit(1);
  if (any) return null;
  try {
    const { oneTimePassword: password } = await createUser(
      ctx,
      { label: 'system' },
      { email: FIRST_ADMIN_EMAIL, name: 'Administrator', roles: ['admin'], officeCode: 'phnom_penh', locale: 'en' },
    );
    return { email: FIRST_ADMIN_EMAIL, oneTimePassword: password };
  } catch (err) {
    // Two app servers starting together on one PostgreSQL: the other one created it and printed its password.
    if (err instanceof AppError && err.status === 409) return null;
    throw err;
  }
}

/** The email check and the write race with another request; the unique index settles it, answered as a 409. */
async function inTransactionMappingDuplicateEmail<T>(ctx: Ctx, body: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(body);
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('this email is already used by another account', { email: 'already in use' });
    throw err;
  }
}

async function countOtherActiveAdmins(tx: Executor, exceptId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.active, true), ne(users.id, exceptId), sql`'admin' = any(${users.roles})`));
  return row?.n ?? 0;
}

async function assertOpenOffice(db: Executor, code: string): Promise<void> {
  const office = await getOffice(db, code);
  if (!office) throw invalid({ officeCode: 'no such office' });
  if (office.closedOn) throw invalid({ officeCode: 'this office is closed' });
}
