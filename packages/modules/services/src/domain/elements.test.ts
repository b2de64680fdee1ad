import { describe, expect, it } from 'vitest';
import type { ItemElements } from '@yiwang/contracts';
import { checkElements } from './elements.js';
import { blocksDraft } from './problems.js';
import { COMPLETE, E_LICENCES } from './test-content.js';

const check = (c: ItemElements, type: 'XK' | 'GG' = 'XK') => checkElements(c, { type, eLicenceTypes: E_LICENCES });
const rules = (c: ItemElements, type?: 'XK' | 'GG') => check(c, type).map((p) => `${p.rule} ${p.field}`);
const with_ = (patch: Partial<ItemElements>): ItemElements => ({ ...COMPLETE, ...patch });

describe('item elements', () => {
  it('finds nothing wrong with a complete, consistent guide', () => {
    expect(check(COMPLETE)).toEqual([]);
  });

  it('names every missing required element of an empty draft, and none of them blocks saving the draft', () => {
    const found = check({});
    expect(found.map((p) => p.field).sort()).toEqual(
      [
        '/conditions',
        '/contacts/complaint',
        '/contacts/consultation',
        '/fees',
        '/legalBasis',
        '/materials',
        '/onlineDepth',
        '/places',
        '/process',
        '/result',
        '/targets',
        '/timeLimits/kind',
        '/timeLimits/promisedDays',
        '/timeLimits/statutoryDays',
        '/tongban',
        '/visits',
      ].sort(),
    );
    expect(found.every((p) => p.rule === 'missing_element' && p.severity === 'error')).toBe(true);
    expect(found.filter(blocksDraft)).toEqual([]);
    expect(found.find((p) => p.field === '/legalBasis')?.zh).toContain('设定依据');
  });

  it('refuses a promise longer than the statutory limit, with both numbers in the message', () => {
    const [p] = check(with_({ timeLimits: { statutoryDays: 10, promisedDays: 12, kind: 'promised' } }));
    expect(p).toMatchObject({ field: '/timeLimits/promisedDays', rule: 'promised_exceeds_statutory', severity: 'error' });
    expect(p!.zh).toContain('12');
    expect(p!.en).toContain('10');
  });

  it('keeps 即办件 at zero days and 承诺件 above zero', () => {
    expect(rules(with_({ timeLimits: { statutoryDays: 3, promisedDays: 1, kind: 'immediate' }, process: [{ name: '受理' }] }))).toEqual([
      'immediate_with_days /timeLimits/promisedDays',
    ]);
    expect(rules(with_({ timeLimits: { statutoryDays: 3, promisedDays: 0, kind: 'promised' } }))).toEqual([
      'promised_without_days /timeLimits/promisedDays',
    ]);
    expect(rules(with_({ timeLimits: { statutoryDays: 3, promisedDays: 0, kind: 'immediate' }, process: [{ name: '受理' }] }))).toEqual([]);
  });

  it('warns when a licence takes longer than the 20 working days of 行政许可法 Art. 42, but not for a public service', () => {
    const long = with_({ timeLimits: { statutoryDays: 30, promisedDays: 3, kind: 'promised' } });
    expect(rules(long)).toEqual(['permit_statutory_over_limit /timeLimits/statutoryDays']);
    expect(check(long)[0]!.severity).toBe('warning');
    expect(rules(long, 'GG')).toEqual([]);
  });

  it('warns when the process steps add up to more than the promise', () => {
    expect(
      rules(
        with_({
          process: [
            { name: '受理', days: 2 },
            { name: '决定', days: 2 },
          ],
        }),
      ),
    ).toEqual(['process_days_exceed_promise /process']);
  });

  it('checks materials: source, counts against the form, duplicate keys, known e-licence types', () => {
    const [a, b] = COMPLETE.materials!;
    const found = check(
      with_({
        materials: [
          { ...a!, source: undefined },
          { ...b!, key: 'application', form: 'original_and_copy', originals: 1, copies: 0, eLicenceType: 'no_such_licence' },
        ],
        result: { name: '许可证', type: 'certificate', eLicenceType: 'retired_type' },
      }),
    );
    expect(found.map((p) => `${p.rule} ${p.field} ${p.severity}`)).toEqual([
      'material_without_source /materials/0/source warning',
      'duplicate_material_key /materials/1/key error',
      'material_count_mismatch /materials/1 error',
      'unknown_e_licence /materials/1/eLicenceType error',
      'unknown_e_licence /result/eLicenceType error',
    ]);
    expect(found.filter(blocksDraft).map((p) => p.rule)).toEqual([
      'duplicate_material_key',
      'material_count_mismatch',
      'unknown_e_licence',
      'unknown_e_licence',
    ]);
  });

  it('keeps the online depth consistent with visits and materials', () => {
    expect(rules(with_({ visits: 1 }))).toEqual(['full_online_with_visits /visits']);
    expect(rules(with_({ onlineDepth: 2, visits: 0 }))).toEqual(['zero_visits_not_online /visits']);
    const paper = with_({ materials: [{ ...COMPLETE.materials![0]!, medium: 'paper' }] });
    expect(check(paper).map((p) => [p.rule, p.severity])).toEqual([['full_online_paper_material', 'warning']]);
    // 三级 with one visit and a paper original is a normal window item
    expect(rules({ ...paper, onlineDepth: 3, visits: 1 })).toEqual([]);
  });

  it('asks for a form from depth 3 and fee items when the item charges', () => {
    const { form: _f, ...noForm } = COMPLETE;
    expect(rules(noForm)).toEqual(['missing_element /form']);
    expect(rules({ ...noForm, onlineDepth: 2, visits: 1 })).toEqual([]);
    expect(rules(with_({ fees: { charged: true } }))).toEqual(['fee_items_missing /fees/items']);
    expect(rules(with_({ fees: { charged: true, items: [{ name: '工本费', standard: '10 元/证' }] } }))).toEqual([]);
  });
});
