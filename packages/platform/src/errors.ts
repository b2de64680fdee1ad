import { ERROR_TABLE, type ErrorCode } from '@yiwang/contracts';

/** The one error type use-cases throw; the HTTP layer maps `code` through ERROR_TABLE. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_TABLE[code].en);
    this.name = 'AppError';
    this.status = ERROR_TABLE[code].status;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Postgres SQLSTATEs that mean "the input was wrong", mapped to a stable code instead of a 500. */
export function fromDatabaseError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const constraint = (err as { constraint?: string }).constraint;
  if (code === '23505') return new AppError('DUPLICATE', constraint ? { constraint } : undefined);
  if (code === '23503') return new AppError('VALIDATION_FAILED', { reason: 'reference', constraint });
  if (code === '23502' || code === '23514') return new AppError('VALIDATION_FAILED', { constraint });
  if (code === '40001' || code === '40P01') return new AppError('CONFLICT');
  // class 22: data exceptions (bad encoding, out-of-range numbers, NUL bytes in text)
  if (code.startsWith('22')) return new AppError('VALIDATION_FAILED', { reason: 'data' });
  return null;
}
