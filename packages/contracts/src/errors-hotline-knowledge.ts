import type { ErrorEntry } from './error-entry.js';

/** Error codes of the knowledge base and the citizen portal's 12345 pages (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_KNOWLEDGE_ERRORS = {} as const satisfies Record<string, ErrorEntry>;
