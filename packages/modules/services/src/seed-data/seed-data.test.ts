import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksDraft, checkElements, GUANGDONG_CODE_RULE, isBlocking, resolveVariant, validateItemCode } from '../domain/index.js';
import { DEMO_CLAIMS, DEMO_ITEMS } from './index.js';

// the e-licence register as the migration seeds it: active types only
const sql = readFileSync(new URL('../migrations/0001_services.sql', import.meta.url), 'utf8');
const ACTIVE = new Set([...sql.matchAll(/\('([a-z_]+)', '[^']+', '[^']+', true\)/g)].map((m) => m[1]!));
const CITY = '445200000000';
/** flaws the demo keeps on purpose so the quality report has something to show */
const INTENDED = new Set(['药品经营许可（零售） unknown_e_licence']);

const blockers = (name: string, type: Parameters<typeof checkElements>[1]['type'], e: Parameters<typeof checkElements>[0]) =>
  checkElements(e, { type, eLicenceTypes: ACTIVE })
    .filter(isBlocking)
    .map((p) => `${name} ${p.rule}`)
    .filter((x) => !INTENDED.has(x));

describe('demo catalog of 揭阳市', () => {
  it('has at least 40 items across the demo departments, each code valid and unique', () => {
    expect(ACTIVE.size).toBeGreaterThan(25);
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEMO_ITEMS.map((i) => i.dept)).size).toBeGreaterThanOrEqual(12);
    const codes = DEMO_ITEMS.map((i) => `${i.basic}445200`);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [k, i] of DEMO_ITEMS.entries())
      expect(validateItemCode(codes[k]!, { type: i.type, divisionCode: CITY, kind: 'standard' }), i.name).toEqual([]);
  });

  it('publishes only items (and variants) the publish rules accept, apart from the flaws kept for the quality report', () => {
    const published = DEMO_ITEMS.filter((i) => (i.state ?? 'published') === 'published');
    expect(published.flatMap((i) => blockers(i.name, i.type, i.elements))).toEqual([]);
    const variants = published.flatMap((i) => (i.variants ?? []).map((v) => [i, v] as const));
    expect(variants.length).toBeGreaterThanOrEqual(5);
    expect(variants.flatMap(([i, v]) => blockers(`${i.name}（${v.situation}）`, i.type, resolveVariant(i.elements, v.overrides)))).toEqual(
      [],
    );
    const drug = published.find((i) => i.name === '药品经营许可（零售）')!;
    expect(checkElements(drug.elements, { type: 'XK', eLicenceTypes: ACTIVE }).map((p) => p.rule)).toContain('unknown_e_licence');
  });

  it('keeps the draft items saveable though incomplete, and claims only items the city publishes', () => {
    for (const i of DEMO_ITEMS.filter((x) => x.state === 'draft')) {
      const found = checkElements(i.elements, { type: i.type, eLicenceTypes: ACTIVE });
      expect(
        found.some((p) => p.rule === 'missing_element'),
        i.name,
      ).toBe(true);
      expect(found.filter(blocksDraft), i.name).toEqual([]);
    }
    for (const c of DEMO_CLAIMS) {
      const source = DEMO_ITEMS.find((i) => i.basic === c.basic);
      expect((source?.state ?? 'published') === 'published', c.basic).toBe(true);
      const code = GUANGDONG_CODE_RULE.claimCode(`${c.basic}445200`, '445202000000');
      expect(
        validateItemCode(code, { type: source!.type, divisionCode: '445202000000', kind: 'claimed', sourceCode: `${c.basic}445200` }),
      ).toEqual([]);
    }
  });
});
