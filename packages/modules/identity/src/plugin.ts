import type { FastifyInstance } from 'fastify';
import type { IdentityDeps } from './deps.js';
import { authRoutes } from './routes/auth.js';
import { oidcRoutes } from './routes/oidc.js';
import { orgRoutes } from './routes/org.js';
import { userRoutes } from './routes/users.js';

/** Mounted under /api/identity by the composition root. */
export function identityPlugin(deps: IdentityDeps) {
  return async function identity(app: FastifyInstance) {
    authRoutes(app, deps);
    oidcRoutes(app, deps);
    orgRoutes(app, deps);
    userRoutes(app, deps);
  };
}
