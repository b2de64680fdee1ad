import { describe, expect, it } from 'vitest';
import { checkAttributes, type AttributeDef } from './attributes.js';

const def = (code: string, datatype: AttributeDef['datatype'], extra: Partial<AttributeDef> = {}): AttributeDef => ({
  code,
  datatype,
  variable: true,
  required: false,
  order: 1,
  description: code,
  datatypeDescription: null,
  values: [],
  ...extra,
});
const KIND = def('KIND', 'singlevaluelist', {
  required: true,
  description: '类型',
  values: [
    { key: 'a', name: '甲' },
    { key: 'b', name: '乙' },
  ],
});
const WASTE = def('WASTE', 'multivaluelist', {
  order: 2,
  description: '垃圾',
  values: [
    { key: 'x', name: '生活' },
    { key: 'y', name: '建筑' },
  ],
});
const AREA = def('AREA', 'number', { order: 3 });
const WHEN = def('WHEN', 'datetime', { order: 4 });
const NAME = def('NAME', 'string', { order: 5 });
const NOTE = def('NOTE', 'text', { order: 6, variable: false });
const DEFS = [NOTE, NAME, WHEN, AREA, WASTE, KIND];

describe('Open311 attributes', () => {
  it('takes values of each datatype and reads them back as lines in definition order', () => {
    const r = checkAttributes(DEFS, {
      KIND: ['b'],
      WASTE: ['y', 'x', 'y'],
      AREA: ['1.5'],
      WHEN: ['2026-05-01T22:30:00+08:00'],
      NAME: ['夜市'],
    });
    expect(r).toEqual({
      ok: true,
      values: { KIND: 'b', WASTE: ['y', 'x'], AREA: 1.5, WHEN: '2026-05-01T22:30:00+08:00', NAME: '夜市' },
      lines: ['类型：乙', '垃圾：建筑、生活', 'AREA：1.5', 'WHEN：2026-05-01T22:30:00+08:00', 'NAME：夜市'],
    });
  });

  it('names every missing required attribute and every bad or unknown one', () => {
    expect(checkAttributes(DEFS, {})).toEqual({ ok: false, errors: [{ code: 'OPEN311_ATTRIBUTE_REQUIRED', attribute: 'KIND' }] });
    expect(checkAttributes(DEFS, { KIND: ['  '] })).toMatchObject({ ok: false, errors: [{ code: 'OPEN311_ATTRIBUTE_REQUIRED' }] });
    const bad = checkAttributes(DEFS, {
      KIND: ['c'],
      WASTE: ['x', 'z'],
      AREA: ['lots'],
      WHEN: ['2026-05-01T22:30'],
      NAME: ['a\nb'],
      NOTE: ['read-only'],
      OTHER: ['?'],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => `${e.code}:${e.attribute}`).sort()).toEqual(
        ['NOTE', 'OTHER', 'KIND', 'WASTE', 'AREA', 'WHEN', 'NAME'].map((a) => `OPEN311_ATTRIBUTE_INVALID:${a}`).sort(),
      );
    expect(checkAttributes(DEFS, { KIND: ['a', 'b'] })).toMatchObject({
      ok: false,
      errors: [{ code: 'OPEN311_ATTRIBUTE_INVALID', attribute: 'KIND' }],
    });
  });

  it('accepts a service without attributes only without attributes', () => {
    expect(checkAttributes([], {})).toEqual({ ok: true, values: {}, lines: [] });
    expect(checkAttributes([], { X: ['1'] }).ok).toBe(false);
  });
});
