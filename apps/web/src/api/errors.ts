import type { ErrorCode } from '@yiwang/contracts';

/** What every failed API call throws: the server's localized message plus its stable code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | 'HTTP_ERROR',
    message: string,
    readonly requestId: string | null = null,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Codes that mean "no valid session" (not a wrong password typed into a form). */
const SESSION_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED', 'INVALID_TOKEN']);

export function isSessionLost(err: unknown): boolean {
  return err instanceof ApiError && err.status === 401 && SESSION_CODES.has(err.code);
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
