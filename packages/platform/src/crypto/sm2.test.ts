import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, isValidSm2PrivateKey, isValidSm2PublicKey, sm2PublicKeyOf, sm2Sign, sm2Verify } from './sm2.js';

const { publicKey, privateKey } = generateSm2KeyPair();
const MESSAGE = '1.2.156.3005.2.11100000000013338W.445200.001.1.K';

describe('sm2', () => {
  it('generates well-formed, matching key pairs', () => {
    expect(isValidSm2PrivateKey(privateKey)).toBe(true);
    expect(isValidSm2PublicKey(publicKey)).toBe(true);
    expect(sm2PublicKeyOf(privateKey)).toBe(publicKey);
    expect(generateSm2KeyPair().privateKey).not.toBe(privateKey);
  });

  it('signs with DER encoding and verifies round trip, with or without the public key given', () => {
    const sig = sm2Sign(MESSAGE, privateKey);
    expect(sig.startsWith('30')).toBe(true);
    expect(sm2Verify(MESSAGE, sig, publicKey)).toBe(true);
    expect(sm2Verify(MESSAGE, sm2Sign(MESSAGE, privateKey, publicKey), publicKey)).toBe(true);
    const bytes = new TextEncoder().encode(MESSAGE);
    expect(sm2Verify(bytes, sig, publicKey)).toBe(true);
  });

  it('fails on a changed message, a changed signature or another key', () => {
    const sig = sm2Sign(MESSAGE, privateKey, publicKey);
    expect(sm2Verify(`${MESSAGE}x`, sig, publicKey)).toBe(false);
    const last = sig.slice(-1) === '0' ? '1' : '0';
    expect(sm2Verify(MESSAGE, sig.slice(0, -1) + last, publicKey)).toBe(false);
    expect(sm2Verify(MESSAGE, sig, generateSm2KeyPair().publicKey)).toBe(false);
  });

  it('returns false instead of throwing on malformed input', () => {
    const sig = sm2Sign(MESSAGE, privateKey, publicKey);
    expect(sm2Verify(MESSAGE, '', publicKey)).toBe(false);
    expect(sm2Verify(MESSAGE, 'zz', publicKey)).toBe(false);
    expect(sm2Verify(MESSAGE, '3006020101020101', publicKey)).toBe(false);
    expect(sm2Verify(MESSAGE, sig, '04abcd')).toBe(false);
    expect(sm2Verify(MESSAGE, sig, `04${'1'.repeat(128)}`)).toBe(false);
  });

  it('validates key formats', () => {
    expect(isValidSm2PrivateKey('0'.repeat(64))).toBe(false);
    expect(isValidSm2PrivateKey('f'.repeat(64))).toBe(false);
    expect(isValidSm2PrivateKey(privateKey.slice(2))).toBe(false);
    expect(isValidSm2PublicKey(publicKey.slice(0, -2))).toBe(false);
    expect(isValidSm2PublicKey(`04${'0'.repeat(128)}`)).toBe(false);
  });
});
