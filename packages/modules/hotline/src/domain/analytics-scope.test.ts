import { describe, expect, it } from 'vitest';
import { chooseSource, divisionBreakdownDigits, narrowPrefix } from './analytics-scope.js';

describe('where an analytics question is answered from', () => {
  it('answers city-wide questions from the coarse rollup', () => {
    expect(chooseSource({ kind: 'all' }, null, null)).toEqual({
      kind: 'rollup',
      level: 'c',
      breakdowns: 'c',
      divisionPrefix: null,
      categoryPrefix: null,
    });
    expect(chooseSource({ kind: 'all' }, '4452', 'urban')).toMatchObject({ kind: 'rollup', level: 'c' });
  });

  it('answers a county, a town or a leaf category from the fine rollup', () => {
    expect(chooseSource({ kind: 'all' }, '445222', null)).toMatchObject({
      kind: 'rollup',
      level: 'f',
      breakdowns: 'f',
      divisionPrefix: '445222',
    });
    expect(chooseSource({ kind: 'all' }, null, 'urban.vendors')).toMatchObject({ level: 'f', breakdowns: 'f', divisionPrefix: null });
  });

  it('takes the breakdowns of a town from its orders, its totals still from the fine rollup', () => {
    expect(chooseSource({ kind: 'division', prefix: '445222001' }, null, null)).toMatchObject({
      level: 'f',
      breakdowns: 'orders',
      divisionPrefix: '445222001',
    });
  });

  it('answers a village or a unit straight from its orders', () => {
    expect(chooseSource({ kind: 'division', prefix: '445222001001' }, null, null)).toMatchObject({ kind: 'orders', unitId: null });
    expect(chooseSource({ kind: 'unit', departmentId: 'd1' }, '445222', null)).toEqual({
      kind: 'orders',
      unitId: 'd1',
      divisionPrefix: '445222',
      categoryPrefix: null,
    });
  });

  it('keeps a division-scoped caller inside its division whatever the filter says', () => {
    expect(chooseSource({ kind: 'division', prefix: '445202' }, '4452', null)).toMatchObject({ divisionPrefix: '445202' });
    expect(chooseSource({ kind: 'division', prefix: '445202' }, '445202001', null)).toMatchObject({ divisionPrefix: '445202001' });
    expect(chooseSource({ kind: 'division', prefix: '445202' }, '445222', null).kind).toBe('empty');
    expect(chooseSource({ kind: 'none' }, null, null).kind).toBe('empty');
    expect(narrowPrefix('445202', '445222')).toBeUndefined();
    expect(narrowPrefix(null, null)).toBeNull();
  });

  it('breaks a city down by county and a county by town', () => {
    expect(divisionBreakdownDigits(chooseSource({ kind: 'all' }, null, null))).toBe(6);
    expect(divisionBreakdownDigits(chooseSource({ kind: 'all' }, '445222', null))).toBe(9);
    expect(divisionBreakdownDigits(chooseSource({ kind: 'all' }, null, 'urban.vendors'))).toBe(6);
  });
});
