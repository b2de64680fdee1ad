import type { Actor } from './actor.js';

/**
 * Every route declares who may call it. A route without a policy is a bug: the test suite
 * enumerates routes and fails on one, and the server refuses to serve it.
 */
export type RoutePolicy = { public: true; reason: string } | { authenticated: true } | { permission: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** mutations that do not need the CSRF header (login, registration: no session yet) */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const PUBLIC = (reason: string): RoutePolicy => ({ public: true, reason });
export const AUTHENTICATED: RoutePolicy = { authenticated: true };
export const needs = (permission: string): RoutePolicy => ({ permission });
