import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charKind, charNgrams, forEachGramKey, gramKey, gramText } from './char-grams.js';
import { normalizeText } from './tokenize.js';

/** A direct string implementation to compare against. */
function naiveGrams(text: string, min: number, max: number): string[] {
  const runs = text.replace(/\p{Nd}+/gu, '0').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      for (let n = min; n <= max; n++) if (i + 1 >= n) out.push(run.slice(i + 1 - n, i + 1));
    }
  }
  return out;
}

const bmpText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('噪', '音', '扰', '民', 'a', 'B', '1', '2', '３', ' ', '，', '-', '\n'),
      fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)),
    ),
    maxLength: 40,
  })
  .map(normalizeText);

describe('character n-grams', () => {
  it('lists 1-3-grams inside runs, folding digit runs', () => {
    expect(charNgrams('噪音a, 2019', 1, 3).sort()).toEqual(['0', 'a', '噪', '噪音', '噪音a', '音', '音a'].sort());
  });

  it('matches a plain string implementation', () => {
    fc.assert(
      fc.property(bmpText, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), (s, min, extra) => {
        const max = Math.min(3, min + extra);
        expect(charNgrams(s, min, max).sort()).toEqual(naiveGrams(s, min, max).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('gives distinct keys to distinct n-grams and decodes them back', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 }),
        (g) => {
          expect(gramText(gramKey(g))).toBe(g);
        },
      ),
    );
    expect(new Set(['a', 'aa', 'aaa', '\u0001a', 'a\u0001'].map(gramKey)).size).toBe(5);
  });

  it('classifies characters', () => {
    expect([charKind(0x5b57), charKind(48), charKind(0x3001), charKind(32)]).toEqual([1, 2, 0, 0]);
  });

  it('visits nothing in empty or punctuation-only text', () => {
    let n = 0;
    forEachGramKey('，。 !?', 1, 3, () => n++);
    expect(n).toBe(0);
  });
});
