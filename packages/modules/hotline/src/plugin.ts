import type { FastifyInstance } from 'fastify';
import type { HotlineDeps } from './deps.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { classifierModelRoutes } from './routes/classifier-models.js';
import { deskRoutes } from './routes/desk.js';
import { eventCentreRoutes } from './routes/event-centre.js';
import { intakeEventRoutes } from './routes/intake-events.js';
import { analyticsRoutes } from './routes/analytics.js';
import { orderRoutes } from './routes/orders.js';
import { oversightRoutes } from './routes/oversight.js';
import { portalRoutes } from './routes/portal.js';
import { ruleRoutes } from './routes/rules.js';
import { sourceRoutes } from './routes/sources.js';

/** Mounted under /api/hotline by the composition root. */
export function hotlinePlugin(deps: HotlineDeps) {
  return async function hotline(app: FastifyInstance) {
    orderRoutes(app, deps);
    ruleRoutes(app, deps);
    oversightRoutes(app, deps);
    knowledgeRoutes(app, deps);
    portalRoutes(app, deps);
    deskRoutes(app, deps);
    classifierModelRoutes(app, deps);
    sourceRoutes(app, deps);
    intakeEventRoutes(app, deps);
    eventCentreRoutes(app, deps);
    analyticsRoutes(app, deps);
  };
}
