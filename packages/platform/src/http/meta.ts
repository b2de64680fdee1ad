import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { RequestMeta } from '../tx/context.js';
import type { Idempotency } from '../tx/mutate.js';
import { actorMeta, type Actor } from './actor.js';

export const metaOf = (req: FastifyRequest): RequestMeta => actorMeta(req.actor, String(req.id), req.ip);

/** For routes whose policy already guarantees a caller; keeps handlers free of null checks. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

/** Idempotency-Key header (optional): 1–128 visible ASCII characters. */
export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || !/^[\x21-\x7e]{1,128}$/.test(key)) throw new AppError('VALIDATION_FAILED', { header: 'Idempotency-Key' });
  return key;
}

/** The Idempotency-Key of a create request, scoped to the caller and the route, with the body to compare. */
export function idempotencyOf(req: FastifyRequest): Idempotency | undefined {
  const key = idempotencyKeyOf(req);
  if (!key) return undefined;
  return { key, scope: `${req.actor?.id ?? 'anonymous'} ${req.method} ${req.routeOptions.url ?? req.url}`, request: req.body ?? null };
}
