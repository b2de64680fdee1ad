import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { AppError, PUBLIC, toAppError, type RoutePolicy } from '@yiwang/platform';
import { authenticate, SESSION_COOKIE, type IdentityDeps } from '@yiwang/identity';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

/**
 * Every route must declare a policy; routes added by third-party plugins (docs, static files)
 * get theirs here. Returns the live list of routes for the policy test.
 */
export function collectRoutes(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r: RouteOptions) => {
    const url = r.url ?? '';
    if (!r.config?.policy && (url.startsWith('/api/docs') || !url.startsWith('/api'))) {
      r.config = { ...(r.config ?? {}), policy: PUBLIC('documentation and web assets') } as never;
    }
    const policy = r.config?.policy;
    for (const m of [r.method].flat()) routes.push({ method: String(m), url, policy });
    if (!policy) throw new Error(`route ${String(r.method)} ${url} declares no policy`);
  });
  return routes;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function resolveActor(deps: IdentityDeps, req: FastifyRequest) {
  const authorization = req.headers.authorization;
  return authenticate(deps, { authorization, cookie: authorization ? undefined : req.cookies[SESSION_COOKIE] });
}

/**
 * Authentication, the route's policy and CSRF, before the body is even validated: an anonymous
 * caller learns nothing about a protected route's schema.
 */
export function installAccessControl(app: FastifyInstance, deps: IdentityDeps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (!policy) return; // 404s: the not-found handler answers
    let authError: AppError | null = null;
    try {
      req.actor = await resolveActor(deps, req);
    } catch (err) {
      authError = toAppError(err);
    }
    if ('public' in policy) return;
    if (!req.actor) throw authError ?? new AppError('UNAUTHENTICATED');
    if ('permission' in policy && !req.actor.permissions.has(policy.permission)) {
      // reads that are not allowed look like reads of nothing
      throw new AppError(SAFE_METHODS.has(req.method) ? 'NOT_FOUND' : 'FORBIDDEN');
    }
    if (req.actor.via === 'session' && !SAFE_METHODS.has(req.method) && !req.routeOptions.config?.csrfExempt) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !req.actor.csrfToken || !sameSecret(sent, req.actor.csrfToken)) throw new AppError('CSRF_FAILED');
    }
  });
}
