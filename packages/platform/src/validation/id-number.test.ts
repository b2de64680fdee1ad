import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from './province-codes.js';
import { ageOn, idNumberCheckDigit, isValidIdNumber, normalizeIdNumber, parseIdNumber, todayInShanghai } from './id-number.js';

// Independent reference: weight of position p is 2^(17-p) mod 11, and the check value c
// (X = 10) makes the weighted sum including c (weight 1) congruent to 1 mod 11.
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let p = 0; p < 17; p++) sum += Number(first17[p]) * (2 ** (17 - p) % 11);
  for (let c = 0; c <= 10; c++) if ((sum + c) % 11 === 1) return c === 10 ? 'X' : String(c);
  throw new Error('unreachable');
}

const TODAY = '2025-06-30';
const provinces = [...PROVINCE_CODES];
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const birth = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
const validId = fc.tuple(fc.constantFrom(...provinces), digits(4), birth, digits(3)).map(([p, r, b, seq]) => {
  const first17 = p + r + b + seq;
  return first17 + referenceCheck(first17);
});

describe('isValidIdNumber', () => {
  it('accepts the GB 11643 sample number, also with lowercase x and spaces', () => {
    expect(isValidIdNumber('11010519491231002X', TODAY)).toBe(true);
    expect(isValidIdNumber(' 11010519491231002x ', TODAY)).toBe(true);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('rejects wrong check digits, 15-digit numbers and bad shapes', () => {
    expect(isValidIdNumber('110105194912310021', TODAY)).toBe(false);
    expect(isValidIdNumber('110105491231002', TODAY)).toBe(false);
    expect(isValidIdNumber('11010519491231002', TODAY)).toBe(false);
    expect(isValidIdNumber('11010519491231002XX', TODAY)).toBe(false);
    expect(isValidIdNumber('1101051949123100X2', TODAY)).toBe(false);
    expect(isValidIdNumber('', TODAY)).toBe(false);
  });

  it('rejects unknown provinces and impossible birth dates even with a correct check digit', () => {
    const withCheck = (f: string) => f + referenceCheck(f);
    expect(isValidIdNumber(withCheck('44520219900101123'), TODAY)).toBe(true);
    expect(isValidIdNumber(withCheck('00520219900101123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('99520219900101123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('44520218991231123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('44520220230229123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('44520220240229123'), TODAY)).toBe(true);
    expect(isValidIdNumber(withCheck('44520219901301123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('44520220250701123'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('44520220250630123'), TODAY)).toBe(true);
  });

  it('accepts every generated valid number', () => {
    fc.assert(fc.property(validId, (id) => isValidIdNumber(id, TODAY)));
  });

  it('rejects every single-character substitution of a valid number', () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (let i = 0; i < 18; i++) {
          const allowed = i === 17 ? '0123456789X' : '0123456789';
          for (const ch of allowed) {
            if (ch === id[i]) continue;
            const mutated = id.slice(0, i) + ch + id.slice(i + 1);
            if (isValidIdNumber(mutated, TODAY)) return false;
          }
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isValidIdNumber(s) === 'boolean'));
    fc.assert(
      fc.property(digits(18), (s) => {
        const info = parseIdNumber(s, TODAY);
        return info === null || (info.regionCode === s.slice(0, 6) && idNumberCheckDigit(s.slice(0, 17)) === s[17]);
      }),
    );
  });
});

describe('idNumberCheckDigit', () => {
  it('matches the reference and rejects wrong lengths', () => {
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
    expect(idNumberCheckDigit('1101051949123100')).toBeNull();
    expect(idNumberCheckDigit('1101051949123100A')).toBeNull();
    fc.assert(fc.property(digits(17), (f) => idNumberCheckDigit(f) === referenceCheck(f)));
  });
});

describe('parseIdNumber and ageOn', () => {
  it('decodes region, birth date and sex', () => {
    expect(parseIdNumber('11010519491231002x', TODAY)).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'F',
    });
    const male = '44520219900101123';
    expect(parseIdNumber(male + referenceCheck(male), TODAY)?.sex).toBe('M');
    expect(parseIdNumber('110105194912310021', TODAY)).toBeNull();
  });

  it('counts completed years, including for a 29 February birthday', () => {
    expect(ageOn('11010519491231002X', '2024-12-30')).toBe(74);
    expect(ageOn('11010519491231002X', '2024-12-31')).toBe(75);
    const leap = '44520220000229123';
    const id = leap + referenceCheck(leap);
    expect(ageOn(id, '2018-02-28')).toBe(17);
    expect(ageOn(id, '2018-03-01')).toBe(18);
    expect(ageOn(id, '2000-02-29')).toBe(0);
    expect(ageOn(id, '2000-02-28')).toBeNull();
    expect(ageOn(id, '2018-02-30')).toBeNull();
    expect(ageOn('110105194912310021', '2024-12-31')).toBeNull();
  });
});

describe('normalizeIdNumber and todayInShanghai', () => {
  it('trims and upper-cases', () => {
    expect(normalizeIdNumber(' 11010519491231002x\n')).toBe('11010519491231002X');
  });

  it('uses the Shanghai calendar day', () => {
    expect(todayInShanghai(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(todayInShanghai(new Date('2024-12-31T15:30:00Z'))).toBe('2024-12-31');
  });
});
