import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { users } from './accounts.table.ts';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password.ts';
import {
  createSession,
  deleteUserSessions,
  nextStage,
  type ResolvedSession,
  type Stage,
  setPendingTotp,
  setSessionStage,
} from './sessions.service.ts';
import { checkTotp, enrolmentPayload, newTotpSecret } from './totp.ts';
import { normaliseEmail } from './users.service.ts';

export const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60_000;
const TOTP_CONTEXT = 'users.totp_secret';

/** After the fifth failure in a row: 30 s, then 1, 2, 4 … minutes, at most an hour. */
export function lockDuration(failedLogins: number): number {
  if (failedLogins < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failedLogins - FREE_ATTEMPTS), MAX_LOCK_MS);
}

const badCredentials = () => new AppError(401, 'invalid_credentials', 'wrong email or password');

/** A locked account answers 429 to its password and to its second factor alike; the attempt is audited. */
async function refuseWhileLocked(ctx: Ctx, userId: string, lockedUntil: Date | null): Promise<void> {
  const now = ctx.now();
  if (!lockedUntil || lockedUntil <= now) return;
  const retryAfter = Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, { userId }, { action: 'auth.login_locked', recordType: 'user', recordId: userId }),
  );
  throw new AppError(429, 'locked', 'too many failed attempts; try again later', undefined, { retryAfter });
}

/** One more failure in a row (counted in SQL, so parallel guesses all count); from the fifth on, a lock. */
async function countFailure(ctx: Ctx, userId: string, action: 'auth.login_failed' | 'auth.mfa_failed') {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, userId))
      .returning({ failed: users.failedLogins });
    const failed = row?.failed ?? 1;
    const lockMs = lockDuration(failed);
    if (lockMs)
      await tx
        .update(users)
        .set({ lockedUntil: new Date(now.getTime() + lockMs) })
        .where(eq(users.id, userId));
    await recordAudit(
      tx,
      { userId },
      {
        action,
        recordType: 'user',
        recordId: userId,
        detail: { failedInARow: failed, ...(lockMs ? { lockedSeconds: lockMs / 1000 } : {}) },
      },
    );
  });
}

/**
 * Checks email and password and opens a session at the stage the user has
 * reached. Unknown emails cost the same argon2 verification as known ones, and
 * get the same answer.
 */
export async function signIn(ctx: Ctx, email: string, password: string): Promise<{ token: string; stage: Stage }> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  if (!user?.active) {
    await verifyPassword(await decoyHash(), password);
    throw badCredentials();
  }
  const now = ctx.now();
  await refuseWhileLocked(ctx, user.id, user.lockedUntil);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await countFailure(ctx, user.id, 'auth.login_failed');
    throw badCredentials();
  }
  const stage = nextStage(user, false);
  const token = await ctx.db.transaction(async (tx) => {
    // A right password before the second factor does not wipe the failures: else five code guesses,
    // the password again, five more guesses … would never reach the longer locks.
    const reset = stage === 'mfa' ? {} : { failedLogins: 0, lockedUntil: null };
    await tx
      .update(users)
      .set({ ...reset, lastLoginAt: now })
      .where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { userId: user.id },
      { action: 'auth.login', recordType: 'user', recordId: user.id, detail: { stage } },
    );
    return createSession(tx, ctx, user.id, stage);
  });
  return { token, stage };
}

function requireStage(session: ResolvedSession, ...allowed: Stage[]): void {
  if (!allowed.includes(session.stage)) {
    throw new AppError(409, 'wrong_stage', `this step is not expected now (${session.stage})`, undefined, {
      stage: session.stage,
    });
  }
}

/** The second step of sign-in for an enrolled user. */
export async function verifySecondFactor(ctx: Ctx, session: ResolvedSession, code: string): Promise<Stage> {
  requireStage(session, 'mfa');
  await refuseWhileLocked(ctx, session.user.id, session.user.lockedUntil);
  const secret = session.user.totpSecret ? await ctx.cipher.decrypt(session.user.totpSecret, TOTP_CONTEXT) : null;
  const actor = { userId: session.user.id };
  // Wrong codes count toward the same lockout as wrong passwords, whatever address they come from.
  if (!secret || !checkTotp(code, secret)) {
    await countFailure(ctx, session.user.id, 'auth.mfa_failed');
    throw invalid({ code: 'wrong code' });
  }
  const stage = nextStage(session.user, true);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, session.user.id));
    await setSessionStage(tx, session.id, stage);
    await recordAudit(tx, actor, { action: 'auth.mfa', recordType: 'user', recordId: session.user.id });
  });
  return stage;
}

/** Offers a new authenticator secret; kept with the session until confirmed with a code. */
export async function beginEnrolment(ctx: Ctx, session: ResolvedSession) {
  // A signed-in user who already has a factor must have it reset by an administrator:
  // otherwise a borrowed session could silently replace it.
  if (session.stage !== 'enrol' && (session.stage !== 'full' || session.user.totpEnabledAt)) {
    requireStage(session, 'enrol');
  }
  const secret = newTotpSecret();
  await setPendingTotp(ctx.db, session.id, await ctx.cipher.encrypt(secret, TOTP_CONTEXT));
  return { secret, ...(await enrolmentPayload(session.user.email, secret)) };
}

/** Confirms enrolment with a code from the app, so a mistyped setup cannot lock the user out. */
export async function confirmEnrolment(ctx: Ctx, session: ResolvedSession, code: string): Promise<Stage> {
  const secret = session.pendingTotpSecret ? await ctx.cipher.decrypt(session.pendingTotpSecret, TOTP_CONTEXT) : null;
  if (!secret) throw invalid({ code: 'start the enrolment first' });
  if (!checkTotp(code, secret)) throw invalid({ code: 'wrong code' });
  const enabledAt = ctx.now();
  const stage = nextStage({ ...session.user, totpEnabledAt: enabledAt }, true);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: session.pendingTotpSecret, totpEnabledAt: enabledAt, updatedAt: enabledAt })
      .where(eq(users.id, session.user.id));
    await setSessionStage(tx, session.id, stage);
    await recordAudit(
      tx,
      { userId: session.user.id },
      { action: 'auth.totp_enrol', recordType: 'user', recordId: session.user.id },
    );
  });
  return stage;
}

/** Changes one's own password; other sessions of the user end. */
export async function changePassword(
  ctx: Ctx,
  session: ResolvedSession,
  currentPassword: string,
  newPassword: string,
): Promise<Stage> {
  requireStage(session, 'password_change', 'full');
  const { user } = session;
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalid({ currentPassword: 'wrong password' });
  if (newPassword === currentPassword) throw invalid({ newPassword: 'must differ from the current password' });
  const problem = passwordProblem(newPassword, [user.email, user.name]);
  if (problem) throw invalid({ newPassword: problem });
  const passwordHash = await hashPassword(newPassword);
  const stage = nextStage({ ...user, mustChangePassword: false }, true);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: ctx.now() })
      .where(eq(users.id, user.id));
    await setSessionStage(tx, session.id, stage);
    await deleteUserSessions(tx, user.id, session.id);
    await recordAudit(
      tx,
      { userId: user.id },
      { action: 'auth.password_change', recordType: 'user', recordId: user.id },
    );
  });
  return stage;
}
