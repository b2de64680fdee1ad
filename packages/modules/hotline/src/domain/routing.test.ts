import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route, validateRoutingRule, type RoutingFallback, type RoutingRule } from './routing.js';

// Real 揭阳 division codes: 市 445200, 榕城区 445202, 榕华街道 445202001, 新兴街道 445202002, 揭东区 445203.
const CITY = '445200000000';
const RONGCHENG = '445202000000';
const RONGHUA = '445202001000';
const RONGHUA_VILLAGE = '445202001001';
const XINXING = '445202002000';
const JIEDONG = '445203000000';

const rule = (id: string, over: Partial<RoutingRule>): RoutingRule => ({
  id,
  categoryPrefix: '',
  divisionCode: null,
  unitId: `unit-${id}`,
  priority: 0,
  ...over,
});

const fallback: RoutingFallback = {
  defaultUnitId: 'unit-hotline-triage',
  territorial: { [RONGHUA]: 'unit-ronghua-office', [XINXING]: 'unit-xinxing-office', [RONGCHENG]: 'unit-rongcheng-gov' },
};

const vendorOrder = { categoryCode: 'urban.vendors', divisionCode: RONGHUA_VILLAGE, text: '榕华街道夜市占道经营，噪音扰民' };

describe('route: the most specific rule wins', () => {
  it('a deeper category prefix beats a narrower area', () => {
    const rules = [rule('area', { categoryPrefix: 'urban', divisionCode: RONGHUA }), rule('duty', { categoryPrefix: 'urban.vendors' })];
    const result = route(vendorOrder, rules, fallback);
    expect(result.unitId).toBe('unit-duty');
    expect(result.explanation).toMatchObject({ ruleId: 'duty', matchedOn: ['category'] });
    expect(result.explanation.why).toBe('按权责清单规则 duty（类别属于「urban.vendors」）派至 unit-duty');
  });

  it('then a longer division prefix', () => {
    const rules = [
      rule('city', { categoryPrefix: 'urban.vendors', divisionCode: CITY }),
      rule('district', { categoryPrefix: 'urban.vendors', divisionCode: RONGCHENG }),
      rule('other-district', { categoryPrefix: 'urban.vendors', divisionCode: JIEDONG, priority: 99 }),
    ];
    expect(route(vendorOrder, rules, fallback)).toMatchObject({
      unitId: 'unit-district',
      explanation: { matchedOn: ['category', 'division'] },
    });
  });

  it('then more keyword hits; a rule whose keywords are all missing does not match', () => {
    const rules = [
      rule('plain', { categoryPrefix: 'urban.vendors' }),
      rule('noise', { categoryPrefix: 'urban.vendors', keywords: ['噪音'] }),
      rule('night-noise', { categoryPrefix: 'urban.vendors', keywords: ['噪音', '夜市', '烧烤'] }),
      rule('school', { categoryPrefix: 'urban.vendors', keywords: ['学校'], priority: 100 }),
    ];
    const result = route(vendorOrder, rules, fallback);
    expect(result.unitId).toBe('unit-night-noise');
    expect(result.explanation).toMatchObject({ matchedOn: ['category', 'keywords'], keywords: ['噪音', '夜市'] });
  });

  it('then priority, and the explanation says so', () => {
    const rules = [rule('low', { categoryPrefix: 'urban', priority: 1 }), rule('high', { categoryPrefix: 'urban', priority: 5 })];
    const result = route(vendorOrder, rules, fallback);
    expect(result.unitId).toBe('unit-high');
    expect(result.explanation.matchedOn).toEqual(['category', 'priority']);
    expect(result.explanation.why).toContain('与规则 low 同样具体，按优先级 5 选定');
  });

  it('breaks a complete tie by rule id, so the answer never depends on list order', () => {
    const a = rule('a', { categoryPrefix: 'urban' });
    const b = rule('b', { categoryPrefix: 'urban' });
    expect(route(vendorOrder, [b, a], fallback).unitId).toBe('unit-a');
    expect(route(vendorOrder, [a, b], fallback).unitId).toBe('unit-a');
  });

  it('matches categories by whole segments and keywords case-insensitively', () => {
    const rules = [rule('vendor', { categoryPrefix: 'urban.vendor' }), rule('wifi', { keywords: ['WiFi'] })];
    expect(route(vendorOrder, rules, fallback).unitId).toBe('unit-ronghua-office');
    expect(route({ ...vendorOrder, text: '公共wifi无法连接' }, rules, fallback).unitId).toBe('unit-wifi');
  });
});

describe('route: fallbacks', () => {
  it('goes to the 属地 street office of the order’s division, the deepest one known', () => {
    const result = route(vendorOrder, [rule('elsewhere', { categoryPrefix: 'urban', divisionCode: JIEDONG })], fallback);
    expect(result).toEqual({
      unitId: 'unit-ronghua-office',
      explanation: { matchedOn: ['territorial'], why: `权责清单无匹配规则，按属地原则派至区划 ${RONGHUA} 的属地单位 unit-ronghua-office` },
    });
    const districtOnly = { categoryCode: null, divisionCode: '445202003001', text: '' };
    expect(route(districtOnly, [], fallback).unitId).toBe('unit-rongcheng-gov');
  });

  it('uses the default when there is no usable location', () => {
    for (const divisionCode of [null, JIEDONG, 'not-a-code']) {
      const result = route({ categoryCode: 'urban.vendors', divisionCode, text: '' }, [], fallback);
      expect(result).toMatchObject({ unitId: 'unit-hotline-triage', explanation: { matchedOn: ['default'] } });
    }
  });

  it('an order without a category is matched only by category-less rules', () => {
    const rules = [rule('cat', { categoryPrefix: 'urban' }), rule('any-in-area', { divisionCode: RONGCHENG })];
    expect(route({ ...vendorOrder, categoryCode: null }, rules, fallback).unitId).toBe('unit-any-in-area');
  });
});

describe('rule data', () => {
  it('validateRoutingRule lists the problems the admin page must show', () => {
    expect(validateRoutingRule(rule('ok', { categoryPrefix: 'urban.vendors', divisionCode: RONGHUA, keywords: ['占道'] }))).toEqual([]);
    expect(
      validateRoutingRule({ id: ' ', categoryPrefix: 'urban..x', divisionCode: '123', unitId: '', priority: 1.5, keywords: [' '] }),
    ).toEqual([
      '规则编号不能为空',
      '类别编码格式错误：urban..x',
      '行政区划代码无效：123',
      '承办单位不能为空',
      '优先级须为整数',
      '关键词不能为空白',
    ]);
  });

  it('refuses to route with a corrupt division code rather than guess', () => {
    expect(() => route(vendorOrder, [rule('bad', { divisionCode: '4452' })], fallback)).toThrow(RangeError);
  });
});

describe('route: property', () => {
  const codes = [CITY, RONGCHENG, RONGHUA, XINXING, JIEDONG, '445202001001', '445203001000'];
  const ruleArb = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    categoryPrefix: fc.constantFrom('', 'urban', 'urban.vendors', 'urban.noise', 'traffic'),
    divisionCode: fc.option(fc.constantFrom(...codes), { nil: null }),
    keywords: fc.option(fc.array(fc.constantFrom('噪音', '占道', '路灯', '学校'), { maxLength: 2 }), { nil: undefined }),
    unitId: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
    priority: fc.integer({ min: -3, max: 3 }),
  });
  const orderArb = fc.record({
    categoryCode: fc.option(fc.constantFrom('urban', 'urban.vendors', 'urban.vendors.night', 'traffic.lights'), { nil: null }),
    divisionCode: fc.option(fc.constantFrom(...codes, '445281000000'), { nil: null }),
    text: fc.constantFrom('', '夜市占道噪音', '路灯不亮', '学校门口'),
  });

  it('always answers a rule unit, the 属地 unit or the default, and names the rule it used', () => {
    fc.assert(
      fc.property(orderArb, fc.uniqueArray(ruleArb, { maxLength: 8, selector: (r) => r.id }), (order, rules) => {
        const { unitId, explanation } = route(order, rules, fallback);
        const allowed = new Set([...rules.map((r) => r.unitId), ...Object.values(fallback.territorial), fallback.defaultUnitId]);
        expect(allowed).toContain(unitId);
        if (explanation.ruleId !== undefined) {
          expect(rules.some((r) => r.id === explanation.ruleId && r.unitId === unitId)).toBe(true);
        } else {
          expect(explanation.matchedOn).toEqual([unitId === fallback.defaultUnitId ? 'default' : 'territorial']);
        }
        expect(route(order, [...rules].reverse(), fallback).unitId).toBe(unitId);
      }),
    );
  });
});
