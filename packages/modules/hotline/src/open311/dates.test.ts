import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatW3c, parseW3cDateTime } from './dates.js';

describe('W3C date-times', () => {
  it('reads zone-qualified times and bare Shanghai dates as the same instants', () => {
    expect(parseW3cDateTime('2010-01-01T00:00:00Z')?.toISOString()).toBe('2010-01-01T00:00:00.000Z');
    expect(parseW3cDateTime('1994-11-05T08:15:30-05:00')?.toISOString()).toBe('1994-11-05T13:15:30.000Z');
    expect(parseW3cDateTime('2026-05-01T08:00+08:00')?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(parseW3cDateTime('2026-05-01T08:00:00.250+08:00')?.toISOString()).toBe('2026-05-01T00:00:00.250Z');
    expect(parseW3cDateTime('2026-05-01')?.toISOString()).toBe('2026-04-30T16:00:00.000Z');
  });

  it('refuses times without a zone and impossible values', () => {
    for (const bad of [
      '2026-05-01T08:00:00',
      '2026-02-30',
      '2026-13-01',
      '2026-05-01T24:00:00Z',
      '2026-05-01T08:60Z',
      '2026-05-01 08:00:00Z',
      '2026-05-01T08:00:00+15:00',
      'yesterday',
      '20260501',
      '',
    ])
      expect(parseW3cDateTime(bad), bad).toBeNull();
  });

  it('writes every instant in +08:00 and reads it back unchanged (to the second)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        const s = formatW3c(d);
        expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
        expect(parseW3cDateTime(s)?.getTime()).toBe(Math.floor(d.getTime() / 1000) * 1000);
      }),
    );
  });
});
