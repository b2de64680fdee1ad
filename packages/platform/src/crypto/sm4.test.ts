import { createCipheriv, createDecipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CryptoError } from './crypto-error.js';
import { createFieldCipher } from './sm4.js';

const KEY = '0123456789abcdeffedcba9876543210';

function expectCryptoError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CryptoError);
    expect((err as CryptoError).code).toBe(code);
    return;
  }
  throw new Error('expected a CryptoError');
}

describe('SM4 block cipher', () => {
  it('matches the GB/T 32907 standard vector', () => {
    const key = Buffer.from(KEY, 'hex');
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const ct = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(ct.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
    const decipher = createDecipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([decipher.update(ct), decipher.final()]).toString('hex')).toBe(KEY);
  });
});

describe('createFieldCipher', () => {
  const cipher = createFieldCipher(KEY);

  it('round-trips any text with a fresh IV each time', () => {
    fc.assert(fc.property(fc.string(), (s) => cipher.decrypt(cipher.encrypt(s)) === s));
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('11010519491231002X');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('refuses any single-character change of a token', () => {
    const token = cipher.encrypt('44520219900101123X');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < token.length; i++) {
      const other = alphabet.charAt((alphabet.indexOf(token.charAt(i)) + 1) % alphabet.length);
      const mutated = token.slice(0, i) + other + token.slice(i + 1);
      expect(() => cipher.decrypt(mutated), `position ${i}`).toThrow(CryptoError);
    }
  });

  it('reports tampering, bad shapes and unknown versions with typed codes', () => {
    const [v, iv, ct, mac] = cipher.encrypt('hello').split('.') as [string, string, string, string];
    const otherIv = createFieldCipher(KEY).encrypt('hello').split('.')[1] ?? '';
    expectCryptoError(() => cipher.decrypt([v, otherIv, ct, mac].join('.')), 'TAMPERED');
    expectCryptoError(() => createFieldCipher('f'.repeat(32)).decrypt([v, iv, ct, mac].join('.')), 'TAMPERED');
    expectCryptoError(() => cipher.decrypt(['v2', iv, ct, mac].join('.')), 'UNSUPPORTED_VERSION');
    expectCryptoError(() => cipher.decrypt([v, iv, ct].join('.')), 'MALFORMED_TOKEN');
    expectCryptoError(() => cipher.decrypt([v, iv, `${ct}!`, mac].join('.')), 'MALFORMED_TOKEN');
    expectCryptoError(() => cipher.decrypt([v, iv.slice(2), ct, mac].join('.')), 'MALFORMED_TOKEN');
    expectCryptoError(() => cipher.decrypt(''), 'MALFORMED_TOKEN');
  });

  it('uses a separate MAC key when given one', () => {
    const withMac = createFieldCipher(KEY, 'ab'.repeat(32));
    const token = withMac.encrypt('x');
    expect(withMac.decrypt(token)).toBe('x');
    expectCryptoError(() => cipher.decrypt(token), 'TAMPERED');
  });

  it('computes a deterministic, key-dependent blind index', () => {
    const idx = cipher.blindIndex('11010519491231002X');
    expect(idx).toMatch(/^[0-9a-f]{64}$/);
    expect(createFieldCipher(KEY).blindIndex('11010519491231002X')).toBe(idx);
    expect(cipher.blindIndex('11010519491231002x')).not.toBe(idx);
    expect(createFieldCipher('f'.repeat(32)).blindIndex('11010519491231002X')).not.toBe(idx);
  });

  it('rejects malformed keys', () => {
    expectCryptoError(() => createFieldCipher('0123'), 'INVALID_KEY');
    expectCryptoError(() => createFieldCipher('z'.repeat(32)), 'INVALID_KEY');
    expectCryptoError(() => createFieldCipher(KEY, 'abc'), 'INVALID_KEY');
  });
});
