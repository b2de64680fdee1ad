import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKeyMatches, apiKeyPrefix, formatApiKey, hashApiKey } from './api-key.js';

const HMAC = 'a1'.repeat(32);

describe('intake-source API keys', () => {
  it('formats a key whose prefix it can read back, and matches it against its stored hash only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 38, maxLength: 38 }), (bytes) => {
        const { key, prefix } = formatApiKey(bytes);
        expect(key.startsWith(`${prefix}_`)).toBe(true);
        expect(apiKeyPrefix(key)).toBe(prefix);
        const stored = hashApiKey(HMAC, key);
        expect(stored).toMatch(/^[0-9a-f]{64}$/);
        expect(stored).not.toContain(key.slice(prefix.length + 1, prefix.length + 10));
        expect(apiKeyMatches(HMAC, key, stored)).toBe(true);
        expect(apiKeyMatches('b2'.repeat(32), key, stored)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a key that differs in any one character', () => {
    const { key } = formatApiKey(randomBytes(38));
    const stored = hashApiKey(HMAC, key);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: key.length - 1 }), fc.constantFrom('A', 'z', '0', '_'), (i, ch) => {
        const forged = key.slice(0, i) + ch + key.slice(i + 1);
        fc.pre(forged !== key);
        expect(apiKeyMatches(HMAC, forged, stored)).toBe(false);
      }),
    );
  });

  it('reads no prefix from malformed keys and never throws on a corrupt stored hash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        fc.pre(!/^yw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/.test(s));
        expect(apiKeyPrefix(s)).toBeNull();
      }),
    );
    for (const bad of ['', 'yw_', 'Bearer x', `yw_${'g'.repeat(12)}_${'a'.repeat(43)}`, `yw_${'a'.repeat(12)}_${'a'.repeat(42)}`])
      expect(apiKeyPrefix(bad)).toBeNull();
    const { key } = formatApiKey(randomBytes(38));
    expect(apiKeyMatches(HMAC, key, 'not-hex')).toBe(false);
    expect(apiKeyMatches(HMAC, key, '')).toBe(false);
    expect(() => formatApiKey(new Uint8Array(10))).toThrow(RangeError);
  });
});
