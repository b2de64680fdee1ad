import { describe, expect, it } from 'vitest';
import { hmacSm3, hmacSm3Hex, sm3Hex } from './sm3.js';

describe('sm3', () => {
  it('matches the GB/T 32905 test vectors', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes strings as UTF-8 and bytes as given', () => {
    expect(sm3Hex(new TextEncoder().encode('揭阳'))).toBe(sm3Hex('揭阳'));
    expect(sm3Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sm3Hex('abc'));
  });

  it('computes HMAC-SM3 that depends on key and data', () => {
    const mac = hmacSm3Hex('key', 'data');
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(hmacSm3Hex('key', 'data')).toBe(mac);
    expect(hmacSm3Hex('key2', 'data')).not.toBe(mac);
    expect(hmacSm3Hex('key', 'data2')).not.toBe(mac);
    expect(hmacSm3('key', 'data').toString('hex')).toBe(mac);
    // HMAC(K, m) = H((K^opad) || H((K^ipad) || m)) for keys shorter than the 64-byte block.
    const k = Buffer.alloc(64);
    k.write('key');
    const inner = Buffer.from(sm3Hex(Buffer.concat([k.map((b) => b ^ 0x36), Buffer.from('data')])), 'hex');
    expect(sm3Hex(Buffer.concat([k.map((b) => b ^ 0x5c), inner]))).toBe(mac);
  });
});
