// 12345 hotline and 一网统管 event centre (issue 4). So far: the text classifier and the pure work-order
// domain (state machine, SLA, responsibility-list routing); storage, API and pages follow.
export * from './classifier/index.js';
export * from './domain/index.js';
export { TRANSITION_CODES_ARE_ERROR_CODES } from './error-codes.js';
