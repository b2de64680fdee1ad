import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import client from 'prom-client';
import { AppError, PUBLIC } from '@yiwang/platform';
import type { Runtime } from '../runtime.js';

/** Liveness, readiness (database reachable) and Prometheus metrics. */
export function opsRoutes(app: FastifyInstance, rt: Runtime) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'yiwang_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', { config: { policy: PUBLIC('liveness probe') }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { policy: PUBLIC('readiness probe') }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(rt.database.db);
      return { status: 'ready', engine: rt.database.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
  app.get(
    '/metrics',
    { config: { policy: PUBLIC('Prometheus scrape; METRICS_TOKEN guards it when set') }, schema: { hide: true } },
    async (req, reply) => {
      const token = rt.config.metricsToken;
      if (token && req.headers.authorization !== `Bearer ${token}`) throw new AppError('UNAUTHENTICATED');
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
