import type { ErrorEntry } from './error-entry.js';

/** Error codes of the hotline oversight: notifications, unit cards, reply templates, pending deadlines (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_OVERSIGHT_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
