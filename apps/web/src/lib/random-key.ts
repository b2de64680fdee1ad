/**
 * An Idempotency-Key for one form fill. getRandomValues works on plain-HTTP intranet addresses too,
 * where crypto.randomUUID (secure contexts only) is missing.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
