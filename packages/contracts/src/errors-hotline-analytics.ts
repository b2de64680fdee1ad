import type { ErrorEntry } from './error-entry.js';

/** Error codes of the hotline analytics, weak signals, weekly report (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_ANALYTICS_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
