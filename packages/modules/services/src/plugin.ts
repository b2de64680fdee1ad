import type { FastifyInstance } from 'fastify';
import type { ServicesDeps } from './deps.js';
import { itemRoutes } from './routes/items.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { publicRoutes } from './routes/public.js';
import { qualityRoutes } from './routes/quality.js';

/** Mounted under /api/services by the composition root. */
export function servicesPlugin(deps: ServicesDeps) {
  return async function services(app: FastifyInstance) {
    itemRoutes(app, deps);
    lifecycleRoutes(app, deps);
    qualityRoutes(app, deps);
    publicRoutes(app, deps);
  };
}
