import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAT_CELL_DEGREES, heatCellCenter, heatCellKey } from './heat-grid.js';

describe('heat-map grid', () => {
  it('puts a point in the cell whose centre is within half a cell of it', () => {
    fc.assert(
      fc.property(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), (lat, lng) => {
        const c = heatCellCenter(heatCellKey(lat, lng))!;
        expect(Math.abs(c.lat - lat)).toBeLessThanOrEqual(HEAT_CELL_DEGREES / 2 + 1e-6);
        expect(Math.abs(c.lng - lng)).toBeLessThanOrEqual(HEAT_CELL_DEGREES / 2 + 1e-6);
        expect(heatCellKey(c.lat, c.lng)).toBe(heatCellKey(lat, lng));
      }),
    );
  });

  it('reads only well-formed keys', () => {
    expect(heatCellCenter('1171:5792')).toEqual({ lat: 23.43, lng: 115.85 });
    expect(heatCellCenter('abc')).toBeNull();
    expect(heatCellCenter('')).toBeNull();
  });
});
