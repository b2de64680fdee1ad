import { fileURLToPath } from 'node:url';

// 一网通办 (issue 3). First increment: the service item catalog (S1) — elements, lifecycle and
// versions, 认领 / 拆分, public 办事指南, guide quality reports, demo catalog of 揭阳市.
export * from './domain/index.js';
export { servicesPlugin } from './plugin.js';
export { DEFAULT_SERVICES_CONFIG, type ServicesConfig, type ServicesDeps } from './deps.js';
export type { AutoDecider, AutoDecision, AutoDecisionInput, AutoDecisionStep } from './auto-decide.js';
export { ITEM_ACTION_EVENTS, SERVICES_EVENTS } from './events.js';
export { seedServices } from './seed.js';
export { DEMO_CLAIMS, DEMO_ITEMS, type DemoClaim, type DemoItem } from './seed-data/index.js';

export const SERVICES_MODULE = 'services';
export const SERVICES_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
