import { createHash, createHmac } from 'node:crypto';

/** Bytes to hash: strings are taken as UTF-8 text. */
export type BinaryInput = string | Uint8Array;

/** SM3 digest (GB/T 32905) as 64 lowercase hex chars. */
export function sm3Hex(data: BinaryInput): string {
  return createHash('sm3').update(data).digest('hex');
}

/** HMAC-SM3 as 64 lowercase hex chars; a string key is taken as UTF-8, pass bytes for binary keys. */
export function hmacSm3Hex(key: BinaryInput, data: BinaryInput): string {
  return createHmac('sm3', key).update(data).digest('hex');
}

/** HMAC-SM3 as raw bytes, for key derivation and MACs compared with timingSafeEqual. */
export function hmacSm3(key: BinaryInput, data: BinaryInput): Buffer {
  return createHmac('sm3', key).update(data).digest();
}
