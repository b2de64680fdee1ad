import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divisionCodeOfPrefix, divisionPrefixOf } from './division-prefix';

describe('division prefixes of routing rules', () => {
  it('cuts a division code to its level', () => {
    expect(divisionPrefixOf('440000000000')).toBe('44');
    expect(divisionPrefixOf('445200000000')).toBe('4452');
    expect(divisionPrefixOf('445202000000')).toBe('445202');
    expect(divisionPrefixOf('445222001000')).toBe('445222001');
    expect(divisionPrefixOf('445222001201')).toBe('445222001201');
    // a town whose own digits end in zeros keeps them: 445202100000 is a town of 榕城区, not the district
    expect(divisionPrefixOf('445202100000')).toBe('445202100');
  });

  it('round-trips: the prefix stands for exactly the code it came from', () => {
    const code = fc.stringMatching(/^[1-9][0-9]{11}$/);
    fc.assert(
      fc.property(code, (c) => {
        const p = divisionPrefixOf(c);
        expect([2, 4, 6, 9, 12]).toContain(p.length);
        expect(c.startsWith(p)).toBe(true);
        expect(divisionCodeOfPrefix(p)).toBe(c);
      }),
    );
  });
});
