import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { type Permission, permissionsOf } from '../../shared/permissions.ts';
import type { Role } from '../../shared/roles.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';

/**
 * What a route requires. Every route declares one in `config.access`; a route
 * without one fails the app at start-up (deny by default).
 * - `public`: anyone, no session.
 * - `sign_in_step`: any session, even one still finishing sign-in (second
 *   factor, password change, enrolment); the service checks the stage.
 * - `signed_in`: a fully signed-in user, whatever the role.
 * - a permission: a fully signed-in user whose roles grant it.
 */
export type Access = 'public' | 'sign_in_step' | 'signed_in' | Permission;

/** The session as routes see it. Its shape is the accounts module's; the policy needs only these fields. */
export type AuthSession = {
  id: string;
  stage: string;
  user: { id: string; roles: string[]; officeCode: string };
};

export type AuthContext<S extends AuthSession = AuthSession> = {
  session: S;
  permissions: Permission[];
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Set false for routes used without a cookie session (the public report API). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every registered route and the access it declares: walked by the route tests. */
    routeAccess(): { method: string; url: string; access: Access | undefined }[];
  }
}

export const SESSION_COOKIE = 'komar_session';

/**
 * Authenticates and authorises every request before its body is even parsed:
 * unauthenticated traffic costs no parsing, and a route forgets nothing.
 */
export function installPolicy(
  app: FastifyInstance,
  resolveSession: (token: string) => Promise<AuthSession | null>,
): void {
  const routes: RouteOptions[] = [];
  app.decorateRequest('auth', null);
  app.decorate('routeAccess', () =>
    routes.flatMap((r) => [r.method].flat().map((method) => ({ method, url: r.url, access: r.config?.access }))),
  );
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onReady', async () => {
    const open = routes.filter((r) => !r.config?.access).map((r) => `${r.method} ${r.url}`);
    if (open.length > 0) throw new Error(`routes without a declared access rule: ${open.join(', ')}`);
  });
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (!access) throw forbidden(); // unreachable: onReady refuses such routes
    if (access === 'public') return;
    request.auth = await authenticate(request, resolveSession);
    if (!request.auth) throw unauthenticated();
    if (access === 'sign_in_step') return;
    if (request.auth.session.stage !== 'full') {
      throw new AppError(401, 'sign_in_incomplete', 'finish signing in first', undefined, {
        stage: request.auth.session.stage,
      });
    }
    if (access !== 'signed_in' && !request.auth.permissions.includes(access)) throw forbidden();
  });
}

async function authenticate(
  request: FastifyRequest,
  resolveSession: (token: string) => Promise<AuthSession | null>,
): Promise<AuthContext | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await resolveSession(token);
  if (!session) return null;
  return { session, permissions: permissionsOf(session.user.roles as Role[]) };
}

/** The signed-in request's auth; only call it in routes whose access is not `public`. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}
