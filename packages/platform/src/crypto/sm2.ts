import { sm2 } from 'sm-crypto-v2';

/**
 * SM2 signatures (GB/T 32918) for e-licences and audit checkpoints. Always SM3 with the default
 * user id 1234567812345678 (hash: true) and DER encoding (der: true): that is what other Chinese
 * government systems and CA toolkits produce and expect, so signatures verify outside Yiwang.
 */

export interface Sm2KeyPair {
  /** 130 hex chars, uncompressed point `04‖x‖y`. */
  publicKey: string;
  /** 64 hex chars. */
  privateKey: string;
}

/** Message bytes: strings are signed as their UTF-8 encoding, pass bytes to sign binary data. */
export type Sm2Message = string | Uint8Array;

const OPTIONS = { hash: true, der: true } as const;
// Order n of the SM2 recommended curve; a private key must lie in [1, n-2].
const CURVE_ORDER = BigInt('0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123');

export function generateSm2KeyPair(): Sm2KeyPair {
  const { publicKey, privateKey } = sm2.generateKeyPairHex();
  return { publicKey, privateKey };
}

export function isValidSm2PrivateKey(hex: string): boolean {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const d = BigInt(`0x${hex}`);
  return d >= 1n && d <= CURVE_ORDER - 2n;
}

/** An uncompressed public key (130 hex chars) whose point lies on the curve. */
export function isValidSm2PublicKey(hex: string): boolean {
  if (typeof hex !== 'string' || !/^04[0-9a-fA-F]{128}$/.test(hex)) return false;
  try {
    return sm2.verifyPublicKey(hex);
  } catch {
    return false;
  }
}

/** The public key belonging to a private key (uncompressed hex). */
export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/**
 * DER-encoded signature as hex. Passing the public key saves deriving it from the private key
 * (it enters the SM3 Z value).
 */
export function sm2Sign(data: Sm2Message, privateKey: string, publicKey?: string): string {
  return sm2.doSignature(data, privateKey, publicKey ? { ...OPTIONS, publicKey } : OPTIONS);
}

/** False for a wrong signature and for any malformed signature or key: never throws. */
export function sm2Verify(data: Sm2Message, signature: string, publicKey: string): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-fA-F]+$/.test(signature) || !isValidSm2PublicKey(publicKey)) {
    return false;
  }
  try {
    return sm2.doVerifySignature(data, signature, publicKey, OPTIONS);
  } catch {
    return false;
  }
}
