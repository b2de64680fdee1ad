import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex, pairKey, wordKey } from './term-keys.js';

describe('word keys', () => {
  it('are integers below 2^53 and pairKey equals the key of "a|b"', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const k = pairKey(a, b);
        expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
        expect(k).toBe(wordKey(`${a}|${b}`));
      }),
    );
  });

  it('do not collide on a few thousand related words', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `噪音${i}`);
    expect(new Set(words.map(wordKey)).size).toBe(words.length);
  });
});

describe('KeyIndex', () => {
  it('behaves like a Map from keys to ids, across growth', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.maxSafeNat());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat(1_000_000)), { maxLength: 300 }), fc.array(key), (sets, probes) => {
        const index = new KeyIndex(4);
        const map = new Map<number, number>();
        for (const [k, v] of sets) {
          index.set(k, v);
          map.set(k, v);
        }
        expect(index.size).toBe(map.size);
        for (const k of [...map.keys(), ...probes]) expect(index.get(k)).toBe(map.get(k) ?? -1);
      }),
    );
  });

  it('rejects negative ids, which mark empty slots', () => {
    expect(() => new KeyIndex().set(1, -1)).toThrow(RangeError);
  });
});
