import type { ErrorEntry } from './error-entry.js';

/** Error codes of the intake sources (API keys), sensor/partner API, attachments, Open311 (whose own error format maps from these) (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_INTAKE_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
