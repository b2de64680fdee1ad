import { describe, expect, it } from 'vitest';
import { elementsOf, resolveVariant, variantName } from './variants.js';
import { COMPLETE } from './test-content.js';

describe('业务办理项 (variants)', () => {
  it('inherits every group it does not override and replaces the ones it does, whole', () => {
    const materials = [COMPLETE.materials![0]!];
    const v = resolveVariant(COMPLETE, { materials, timeLimits: { statutoryDays: 10, promisedDays: 1, kind: 'promised' } });
    expect(v.materials).toEqual(materials);
    expect(v.timeLimits?.promisedDays).toBe(1);
    expect(v.legalBasis).toBe(COMPLETE.legalBasis);
    expect(v.form).toBe(COMPLETE.form);
    expect(resolveVariant(COMPLETE, {})).toEqual(COMPLETE);
  });

  it('names a variant after its parent and situation, and keeps only element groups', () => {
    expect(variantName('食品经营许可', ' 新办 ')).toBe('食品经营许可（新办）');
    expect(elementsOf({ name: 'x', departmentId: 'y', visits: 1, bogus: true })).toEqual({ visits: 1 });
  });
});
