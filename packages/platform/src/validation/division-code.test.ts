import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divisionLevel, divisionPrefix, isValidDivisionCode, isWithinDivision, parentDivisionCode } from './division-code.js';

const GUANGDONG = '440000000000';
const JIEYANG = '445200000000';
const RONGCHENG = '445202000000';
const JIEDONG = '445203000000';
const RONGHUA = '445202001000';
const VILLAGE = '445202001001';
const DONGGUAN = '441900000000';
const DONGGUAN_TOWN = '441900003000';

describe('division codes', () => {
  it('validates shape and province', () => {
    expect(isValidDivisionCode(JIEYANG)).toBe(true);
    expect(isValidDivisionCode('000000000000')).toBe(false);
    expect(isValidDivisionCode('990000000000')).toBe(false);
    expect(isValidDivisionCode('44520200100')).toBe(false);
    expect(isValidDivisionCode('4452020010011')).toBe(false);
    expect(isValidDivisionCode('44520200100A')).toBe(false);
    expect(isValidDivisionCode('445202')).toBe(false);
  });

  it('derives the level from the last non-zero segment', () => {
    expect([GUANGDONG, JIEYANG, RONGCHENG, RONGHUA, VILLAGE].map(divisionLevel)).toEqual([1, 2, 3, 4, 5]);
    expect(divisionLevel(DONGGUAN_TOWN)).toBe(4);
    expect(divisionLevel('bad')).toBeNull();
  });

  it('gives the significant prefix for LIKE queries', () => {
    expect([GUANGDONG, JIEYANG, RONGCHENG, RONGHUA, VILLAGE].map(divisionPrefix)).toEqual([
      '44',
      '4452',
      '445202',
      '445202001',
      '445202001001',
    ]);
    expect(divisionPrefix(DONGGUAN_TOWN)).toBe('441900003');
    expect(divisionPrefix('')).toBeNull();
  });

  it('walks to the nearest enclosing division, skipping empty county digits', () => {
    expect(parentDivisionCode(VILLAGE)).toBe(RONGHUA);
    expect(parentDivisionCode(RONGHUA)).toBe(RONGCHENG);
    expect(parentDivisionCode(RONGCHENG)).toBe(JIEYANG);
    expect(parentDivisionCode(JIEYANG)).toBe(GUANGDONG);
    expect(parentDivisionCode(GUANGDONG)).toBeNull();
    expect(parentDivisionCode(DONGGUAN_TOWN)).toBe(DONGGUAN);
    expect(parentDivisionCode('x')).toBeNull();
  });

  it('answers "this division and below"', () => {
    expect(isWithinDivision(VILLAGE, GUANGDONG)).toBe(true);
    expect(isWithinDivision(VILLAGE, RONGCHENG)).toBe(true);
    expect(isWithinDivision(RONGCHENG, RONGCHENG)).toBe(true);
    expect(isWithinDivision(VILLAGE, JIEDONG)).toBe(false);
    expect(isWithinDivision(JIEYANG, RONGCHENG)).toBe(false);
    expect(isWithinDivision(DONGGUAN_TOWN, DONGGUAN)).toBe(true);
    expect(isWithinDivision('bad', GUANGDONG)).toBe(false);
    expect(isWithinDivision(VILLAGE, 'bad')).toBe(false);
  });

  it('reaches the province through ancestors that all contain the code', () => {
    const seg = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const code = fc.tuple(fc.constantFrom('11', '44', '65', '82'), seg(2), seg(2), seg(3), seg(3)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(code, (c) => {
        let current = c;
        for (let steps = 0; steps < 5; steps++) {
          const parent = parentDivisionCode(current);
          if (parent === null) return divisionLevel(current) === 1 && current.startsWith(c.slice(0, 2));
          if ((divisionLevel(parent) ?? 9) >= (divisionLevel(current) ?? 0)) return false;
          if (!isWithinDivision(c, parent) || isWithinDivision(parent, current) !== (parent === current)) return false;
          current = parent;
        }
        return false;
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        divisionLevel(a);
        divisionPrefix(a);
        parentDivisionCode(a);
        return typeof isWithinDivision(a, b) === 'boolean';
      }),
    );
  });
});
