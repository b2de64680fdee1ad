import type { ErrorEntry } from './error-entry.js';

/** Error codes of the hotline desk: classifier models, triage, duplicates, caller read (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_DESK_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
