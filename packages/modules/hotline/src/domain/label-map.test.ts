import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLabelMap, EXTERNAL_LABEL_MAP, labelMapProblems, mapPredictions, needsTriage } from './label-map.js';

const CODES = new Set(['urban', 'urban.vendors', 'labour', 'education', 'market', 'environment', 'health', 'transport']);

describe('label map', () => {
  it('maps the shared data topics to first-level categories and category-code labels to themselves', () => {
    expect(defaultLabelMap(Object.keys(EXTERNAL_LABEL_MAP), CODES)).toEqual({
      城乡建设: 'urban',
      劳动和社会保障: 'labour',
      教育文体: 'education',
      商贸旅游: 'market',
      环境保护: 'environment',
      卫生计生: 'health',
      交通运输: 'transport',
    });
    expect(defaultLabelMap(['urban.vendors', 'labour', '未知话题'], CODES)).toEqual({ 'urban.vendors': 'urban.vendors', labour: 'labour' });
    // a topic whose category was switched off stays unmapped
    expect(defaultLabelMap(['卫生计生'], new Set(['urban']))).toEqual({});
  });

  it('names every label the model lacks and every unknown category', () => {
    expect(labelMapProblems({ 环境保护: 'environment' }, ['环境保护'], CODES)).toEqual([]);
    expect(labelMapProblems({ 外星话题: 'urban', 环境保护: 'no.such' }, ['环境保护'], CODES)).toEqual([
      '模型没有标签「外星话题」',
      '诉求分类「no.such」不存在或已停用',
    ]);
  });

  it('drops unmapped labels, adds up labels of one category and ranks the rest', () => {
    const predictions = [
      { label: '城乡建设', confidence: 0.3 },
      { label: 'x', confidence: 0.4 },
      { label: '环境保护', confidence: 0.2 },
      { label: '占道', confidence: 0.1 },
    ];
    const map = { 城乡建设: 'urban', 环境保护: 'environment', 占道: 'urban', x: 'gone' };
    expect(mapPredictions(predictions, map, CODES)).toEqual([
      { categoryCode: 'urban', confidence: 0.4 },
      { categoryCode: 'environment', confidence: 0.2 },
    ]);
    expect(mapPredictions(predictions, {}, CODES)).toEqual([]);
    // a label named like an Object.prototype member is no mapping
    expect(mapPredictions([{ label: 'constructor', confidence: 1 }], {}, CODES)).toEqual([]);
  });

  it('sends an order to triage when nothing is left or the best suggestion is below the threshold', () => {
    expect(needsTriage([], 0.6)).toBe(true);
    expect(needsTriage([{ categoryCode: 'urban', confidence: 0.59 }], 0.6)).toBe(true);
    expect(needsTriage([{ categoryCode: 'urban', confidence: 0.6 }], 0.6)).toBe(false);
  });

  it('never suggests an unknown category, never more than k, best first, with no more confidence than the model gave', () => {
    const label = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, confidence: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 8 }),
        fc.dictionary(label, fc.constantFrom('urban', 'labour', 'nope', 'health')),
        fc.integer({ min: 1, max: 4 }),
        (predictions, map, k) => {
          const out = mapPredictions(predictions, map, CODES, k);
          expect(out.length).toBeLessThanOrEqual(k);
          for (const s of out) expect(CODES.has(s.categoryCode)).toBe(true);
          for (let i = 1; i < out.length; i++) expect(out[i - 1]!.confidence).toBeGreaterThanOrEqual(out[i]!.confidence);
          const total = predictions.reduce((s, p) => s + p.confidence, 0);
          expect(out.reduce((s, p) => s + p.confidence, 0)).toBeLessThanOrEqual(total + 1e-9);
        },
      ),
    );
  });
});
