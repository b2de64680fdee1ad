export * from './errors.js';
export * from './json.js';
export * from './ids.js';
export * from './logger.js';
export * from './db/connect.js';
export * from './db/migrate.js';
export type { RawClient } from './db/pglite-pool.js';
export * from './tx/context.js';
export * from './tx/mutate.js';
export * from './audit/write.js';
export * from './audit/seal.js';
export * from './audit/verify.js';
export * from './audit/query.js';
export * from './events/outbox.js';
export * from './events/bus.js';
export * from './jobs/runner.js';
export * from './jobs/schedule.js';
export * from './calendar/index.js';
export * from './calendar/repo.js';
export * from './crypto/index.js';
export * from './validation/index.js';
export * from './http/actor.js';
export * from './http/policy.js';
export * from './http/error-handler.js';
export * from './http/meta.js';

import { fileURLToPath } from 'node:url';
/** the kernel's own migrations (audit, outbox, jobs, idempotency, calendar) */
export const PLATFORM_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
