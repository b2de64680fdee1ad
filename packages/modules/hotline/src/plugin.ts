import type { FastifyInstance } from 'fastify';
import type { HotlineDeps } from './deps.js';
import { orderRoutes } from './routes/orders.js';
import { oversightRoutes } from './routes/oversight.js';
import { ruleRoutes } from './routes/rules.js';

/** Mounted under /api/hotline by the composition root. */
export function hotlinePlugin(deps: HotlineDeps) {
  return async function hotline(app: FastifyInstance) {
    orderRoutes(app, deps);
    ruleRoutes(app, deps);
    oversightRoutes(app, deps);
  };
}
