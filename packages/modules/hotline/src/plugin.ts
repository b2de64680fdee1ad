import type { FastifyInstance } from 'fastify';
import type { HotlineDeps } from './deps.js';
import { eventCentreRoutes } from './routes/event-centre.js';
import { intakeEventRoutes } from './routes/intake-events.js';
import { orderRoutes } from './routes/orders.js';
import { ruleRoutes } from './routes/rules.js';
import { sourceRoutes } from './routes/sources.js';

/** Mounted under /api/hotline by the composition root. */
export function hotlinePlugin(deps: HotlineDeps) {
  return async function hotline(app: FastifyInstance) {
    orderRoutes(app, deps);
    ruleRoutes(app, deps);
    sourceRoutes(app, deps);
    intakeEventRoutes(app, deps);
    eventCentreRoutes(app, deps);
  };
}
