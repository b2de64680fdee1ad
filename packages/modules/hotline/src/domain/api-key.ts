import { timingSafeEqual } from 'node:crypto';
import { hmacSm3Hex } from '@yiwang/platform';

/**
 * Intake-source API keys (H5/H7): `yw_<12 hex>_<43 base64url>`. The first part is a visible prefix to
 * find the source by (and show in the admin list); only HMAC-SM3 of the whole key under the platform
 * key is stored, so a database leak yields no usable key.
 */
const KEY = /^(yw_[0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;
// fixed label: the platform HMAC key also serves other purposes, each under its own label
const LABEL = 'yiwang/intake-source-key/v1:';

/** A new key from 38 random bytes (6 for the prefix, 32 for the secret). */
export function formatApiKey(random: Uint8Array): { key: string; prefix: string } {
  if (random.length !== 38) throw new RangeError('an API key needs 38 random bytes');
  const prefix = `yw_${Buffer.from(random.subarray(0, 6)).toString('hex')}`;
  return { key: `${prefix}_${Buffer.from(random.subarray(6)).toString('base64url')}`, prefix };
}

/** The lookup prefix of a well-formed key, or null (anything else is refused without a database read). */
export function apiKeyPrefix(key: string): string | null {
  return KEY.exec(key)?.[1] ?? null;
}

export function hashApiKey(hmacKeyHex: string, key: string): string {
  return hmacSm3Hex(Buffer.from(hmacKeyHex, 'hex'), LABEL + key);
}

/** Constant-time comparison of a presented key with the stored hash. */
export function apiKeyMatches(hmacKeyHex: string, key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(hmacKeyHex, key), 'hex');
  const b = Buffer.from(/^[0-9a-f]{64}$/.test(storedHash) ? storedHash : '', 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
