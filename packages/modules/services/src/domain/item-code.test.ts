import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, type ItemType } from '@yiwang/contracts';
import { codeRuleFor, GENERIC_CODE_RULE, GUANGDONG_CODE_RULE, validateItemCode, type ItemCodeContext } from './item-code.js';

const CITY = '445200000000';
const RC = '445202000000';
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const type = fc.constantFrom<ItemType>(...ITEM_TYPES);
/** a division of the demo province with its 6-digit county-level segment */
const division = fc.constantFrom(CITY, RC, '445222000000', '445202001000', '440100000000');
const mainNo = digits(5).filter((s) => s !== '00000');

const rules = (code: string, ctx: ItemCodeContext) => validateItemCode(code, ctx).map((p) => p.rule);

describe('item codes per region', () => {
  it('accepts every code built by the Guangdong structure for its type and division', () => {
    fc.assert(
      fc.property(type, mainNo, digits(3), division, (t, main, sub, div) => {
        const code = `${t}${main}${sub}${div.slice(0, 6)}`;
        expect(validateItemCode(code, { type: t, divisionCode: div, kind: 'standard' })).toEqual([]);
      }),
    );
  });

  it('derives valid claim and variant codes from a valid code', () => {
    fc.assert(
      fc.property(type, mainNo, digits(3), fc.integer({ min: 1, max: 99 }), (t, main, sub, seq) => {
        const city = `${t}${main}${sub}445200`;
        const claimed = GUANGDONG_CODE_RULE.claimCode(city, RC);
        expect(validateItemCode(claimed, { type: t, divisionCode: RC, kind: 'claimed', sourceCode: city })).toEqual([]);
        const variant = GUANGDONG_CODE_RULE.variantCode(claimed, seq);
        expect(validateItemCode(variant, { type: t, divisionCode: RC, kind: 'variant', parentCode: claimed })).toEqual([]);
      }),
    );
  });

  it('refuses any single-character change of a valid code that the context does not also change', () => {
    const code = 'XK00101001445200';
    const ctx: ItemCodeContext = { type: 'XK', divisionCode: CITY, kind: 'standard' };
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUVWXYZ';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...alphabet), (i, ch) => {
        const mutated = code.slice(0, i) + ch + code.slice(i + 1);
        // the 主项/子项 digits are free: any digit there is another valid item
        const free = i >= 2 && i < 10 && /\d/.test(ch) && mutated.slice(2, 7) !== '00000';
        fc.pre(mutated !== code && !free);
        expect(validateItemCode(mutated, ctx).length).toBeGreaterThan(0);
      }),
    );
  });

  it('names what is wrong: type, region, variant suffix, parent, claimed source', () => {
    expect(rules('JF00101001445200', { type: 'XK', divisionCode: CITY, kind: 'standard' })).toEqual(['code_type_mismatch']);
    expect(rules('XK00101001445200', { type: 'XK', divisionCode: RC, kind: 'standard' })).toEqual(['code_region_mismatch']);
    expect(rules('XK0010100144520001', { type: 'XK', divisionCode: CITY, kind: 'standard' })).toEqual(['code_variant_suffix']);
    expect(rules('XK00101001445200', { type: 'XK', divisionCode: CITY, kind: 'variant', parentCode: 'XK00101001445200' })).toEqual([
      'code_variant_suffix',
    ]);
    expect(rules('XK0010100144520001', { type: 'XK', divisionCode: CITY, kind: 'variant', parentCode: 'XK00101002445200' })).toEqual([
      'code_parent_mismatch',
    ]);
    expect(rules('XK00101009445202', { type: 'XK', divisionCode: RC, kind: 'claimed', sourceCode: 'XK00101001445200' })).toEqual([
      'code_source_mismatch',
    ]);
    for (const bad of ['', 'xk00101001445200', 'XK00000001445200', 'XK0010100144520000', 'XX00101001445200', 'XK00101001 445200'])
      expect(rules(bad, { type: 'XK', divisionCode: CITY, kind: 'variant' }), bad).toEqual(['code_format']);
  });

  it('uses the most specific region rule and an opaque rule elsewhere', () => {
    expect(codeRuleFor('445202000000')).toBe(GUANGDONG_CODE_RULE);
    expect(codeRuleFor('350100000000')).toBe(GENERIC_CODE_RULE);
    const ctx: ItemCodeContext = { type: 'GG', divisionCode: '350100000000', kind: 'standard' };
    expect(validateItemCode('FZ0001', ctx)).toEqual([]);
    expect(rules('fz-1', ctx)).toEqual(['code_format']);
    expect(rules('FZ000103', { ...ctx, kind: 'variant', parentCode: 'FZ0002' })).toEqual(['code_parent_mismatch']);
    const local = { ...GENERIC_CODE_RULE, region: '3501' };
    expect(codeRuleFor('350102000000', [GUANGDONG_CODE_RULE, local])).toBe(local);
  });
});
