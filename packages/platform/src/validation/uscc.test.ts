import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUscc, normalizeUscc, usccCheckChar } from './uscc.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Independent reference: weights computed as powers of 3 mod 31, and the check value c is the
// one that makes the weighted sum plus c divisible by 31.
function referenceCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += ALPHABET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  for (let c = 0; c < 31; c++) if ((sum + c) % 31 === 0) return ALPHABET.charAt(c);
  throw new Error('unreachable');
}

const chars = (alphabet: string, n: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });
const validUscc = fc
  .tuple(chars(ALPHABET, 2), chars('0123456789', 6), chars(ALPHABET, 9))
  .map(([head, region, body]) => head + region + body + referenceCheck(head + region + body));

describe('isValidUscc', () => {
  it('accepts real codes', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('9144030071526726XG')).toBe(true);
    expect(isValidUscc(' 91350100m000100y43 ')).toBe(true);
  });

  it('rejects a wrong check character, letters in the region, excluded letters and bad lengths', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('9144030071526726XH')).toBe(false);
    const regionLetter = '9135A100M000100Y4';
    expect(isValidUscc(regionLetter + referenceCheck(regionLetter))).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });

  it('accepts every generated valid code', () => {
    fc.assert(fc.property(validUscc, (code) => isValidUscc(code)));
  });

  it('rejects every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (let i = 0; i < 18; i++) {
          for (const ch of ALPHABET) {
            if (ch === code[i]) continue;
            if (isValidUscc(code.slice(0, i) + ch + code.slice(i + 1))) return false;
          }
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isValidUscc(s) === 'boolean'));
    fc.assert(
      fc.property(fc.string({ minLength: 17, maxLength: 17 }), (s) => {
        const check = usccCheckChar(s);
        return check === null || ALPHABET.includes(check);
      }),
    );
  });
});

describe('usccCheckChar and normalizeUscc', () => {
  it('matches the reference implementation', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91350100M000100Y')).toBeNull();
    expect(usccCheckChar('91350100M000100O4')).toBeNull();
    fc.assert(fc.property(chars(ALPHABET, 17), (f) => usccCheckChar(f) === referenceCheck(f)));
  });

  it('trims and upper-cases', () => {
    expect(normalizeUscc('  91350100m000100y43\t')).toBe('91350100M000100Y43');
  });
});
