import type { FastifyInstance } from 'fastify';
import type { SystemDeps } from './deps.js';
import { auditRoutes } from './routes/audit.js';
import { calendarRoutes } from './routes/calendar.js';

export type { SystemDeps } from './deps.js';

/** Mounted under /api/system: admin pages for the kernel's calendar and audit chain. */
export function systemPlugin(deps: SystemDeps) {
  return async function system(app: FastifyInstance) {
    calendarRoutes(app, deps);
    auditRoutes(app, deps);
  };
}
