import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { CryptoError } from './crypto-error.js';
import { hmacSm3 } from './sm3.js';

/**
 * SM4 field encryption for personal data at rest (ID numbers). Encrypt-then-MAC: SM4-CBC with a
 * random IV, then HMAC-SM3 over version, IV and ciphertext, so any change is refused before
 * decrypting (no padding oracle). Token: `v1.<iv>.<ciphertext>.<mac>`, each part base64url.
 */

export interface FieldCipher {
  encrypt(plain: string): string;
  /** Throws CryptoError (MALFORMED_TOKEN, UNSUPPORTED_VERSION or TAMPERED). */
  decrypt(token: string): string;
  /**
   * Deterministic keyed hash for equality lookups (unique index on an ID number) without
   * decrypting. Normalise first (e.g. normalizeIdNumber) so equal values hash equally.
   */
  blindIndex(plain: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 16;
const MAC_BYTES = 32;
// Fixed labels: each derived key serves one purpose, so a leaked index key cannot forge MACs.
const MAC_LABEL = 'yiwang/field-cipher/v1/mac';
const INDEX_LABEL = 'yiwang/field-cipher/v1/blind-index';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parseHexKey(hex: string, what: string, lengths: readonly number[]): Buffer {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]*$/.test(hex) || !lengths.includes(hex.length)) {
    throw new CryptoError('INVALID_KEY', `${what} must be ${lengths.join(' or ')} hex characters`);
  }
  return Buffer.from(hex, 'hex');
}

function decodePart(part: string | undefined, bytes?: number): Buffer {
  // Re-encoding must give back the input: Buffer decoding silently skips junk characters and
  // ignores spare bits, which would let an altered token decode to the same bytes.
  const buf = part !== undefined && BASE64URL.test(part) ? Buffer.from(part, 'base64url') : Buffer.alloc(0);
  if (part === undefined || buf.toString('base64url') !== part || buf.length === 0) {
    throw new CryptoError('MALFORMED_TOKEN', 'field token is malformed');
  }
  if (bytes !== undefined && buf.length !== bytes) {
    throw new CryptoError('MALFORMED_TOKEN', 'field token is malformed');
  }
  return buf;
}

/**
 * @param keyHex SM4 key, 32 hex chars (128 bits).
 * @param macKeyHex optional MAC key (32 or 64 hex chars); derived from keyHex when omitted.
 */
export function createFieldCipher(keyHex: string, macKeyHex?: string): FieldCipher {
  const key = parseHexKey(keyHex, 'SM4 key', [32]);
  const macKey = macKeyHex === undefined ? hmacSm3(key, MAC_LABEL) : parseHexKey(macKeyHex, 'MAC key', [32, 64]);
  const indexKey = hmacSm3(key, INDEX_LABEL);

  const mac = (iv: Buffer, ct: Buffer) => hmacSm3(macKey, Buffer.concat([Buffer.from(`${VERSION}.`), iv, ct]));

  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-cbc', key, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv, ct, mac(iv, ct)].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },

    decrypt(token) {
      const parts = typeof token === 'string' ? token.split('.') : [];
      if (parts.length !== 4) throw new CryptoError('MALFORMED_TOKEN', 'field token is malformed');
      if (parts[0] !== VERSION) throw new CryptoError('UNSUPPORTED_VERSION', 'field token version is not supported');
      const iv = decodePart(parts[1], IV_BYTES);
      const ct = decodePart(parts[2]);
      const tag = decodePart(parts[3], MAC_BYTES);
      if (ct.length % 16 !== 0) throw new CryptoError('MALFORMED_TOKEN', 'field token is malformed');
      if (!timingSafeEqual(tag, mac(iv, ct))) {
        throw new CryptoError('TAMPERED', 'field token failed authentication (tampered or wrong key)');
      }
      const decipher = createDecipheriv('sm4-cbc', key, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },

    blindIndex(plain) {
      return hmacSm3(indexKey, plain).toString('hex');
    },
  };
}
