import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import { type Role, requiresSecondFactor } from '../../../shared/roles.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { sessions, users } from './accounts.table.ts';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often: a write per request would cost more than it tells. */
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * How far sign-in has got. Only `full` reaches the application; the others
 * reach just the routes that finish signing in.
 */
export type Stage = 'mfa' | 'password_change' | 'enrol' | 'full';

type StageInput = { totpEnabledAt: Date | null; mustChangePassword: boolean; roles: string[] };

/**
 * The next step for a user, given whether this session has passed the second
 * factor. The second factor comes first, so a stolen password alone cannot
 * even change the password.
 */
export function nextStage(user: StageInput, mfaPassed: boolean): Stage {
  if (user.totpEnabledAt && !mfaPassed) return 'mfa';
  if (user.mustChangePassword) return 'password_change';
  if (!user.totpEnabledAt && requiresSecondFactor(user.roles as Role[])) return 'enrol';
  return 'full';
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(tx: Executor, ctx: Ctx, userId: string, stage: Stage): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  await tx.insert(sessions).values({
    id: hashToken(token),
    userId,
    stage,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
  });
  return token;
}

export type SessionUser = typeof users.$inferSelect;
export type ResolvedSession = { id: string; stage: Stage; user: SessionUser; pendingTotpSecret: string | null };

/** The live session for a cookie token, or null when unknown, idle too long, expired or the user was deactivated. */
export async function resolveSession(ctx: Ctx, token: string): Promise<ResolvedSession | null> {
  const id = hashToken(token);
  const [row] = await ctx.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const now = ctx.now().getTime();
  const idle = now - row.session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || now > row.session.expiresAt.getTime() || !row.user.active) {
    await ctx.db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: ctx.now() }).where(eq(sessions.id, id));
  }
  return {
    id,
    stage: row.session.stage as Stage,
    user: row.user,
    pendingTotpSecret: row.session.pendingTotpSecret,
  };
}

export async function setSessionStage(tx: Executor, sessionId: string, stage: Stage): Promise<void> {
  await tx.update(sessions).set({ stage, pendingTotpSecret: null }).where(eq(sessions.id, sessionId));
}

export async function setPendingTotp(tx: Executor, sessionId: string, encryptedSecret: string): Promise<void> {
  await tx.update(sessions).set({ pendingTotpSecret: encryptedSecret }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(tx: Executor, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (all, or all but the one in use): after a password or factor change. */
export async function deleteUserSessions(tx: Executor, userId: string, except?: string): Promise<void> {
  await tx
    .delete(sessions)
    .where(except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId));
}

/** Removes sessions that can no longer be used; the server runs it now and then. */
export async function purgeDeadSessions(ctx: Ctx): Promise<void> {
  const now = ctx.now().getTime();
  await ctx.db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, new Date(now - IDLE_TIMEOUT_MS))));
}
