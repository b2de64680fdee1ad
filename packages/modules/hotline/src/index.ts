import { fileURLToPath } from 'node:url';

// 12345 hotline and 一网统管 event centre (issue 4): the text classifier, the pure work-order domain
// (state machine, SLA, responsibility-list routing) and the first storage + API increment.
export * from './classifier/index.js';
export * from './domain/index.js';
export { TRANSITION_CODES_ARE_ERROR_CODES } from './error-codes.js';
export { hotlinePlugin } from './plugin.js';
export { DEFAULT_HOTLINE_CONFIG, type HotlineConfig, type HotlineDeps } from './deps.js';
export { HOTLINE_EVENTS, OVERSIGHT_EVENTS, TIMER_QUEUE } from './events.js';
export { runOrderTimer } from './use-cases/run-timer.js';
export { registerHotlineSubscribers } from './subscribers.js';
export { settlePendingDeadlines } from './use-cases/settle-pending-deadlines.js';
export { seedHotline } from './seed.js';

export const HOTLINE_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
