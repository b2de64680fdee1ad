import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.js';
import { crossValidate } from './cross-validate.js';
import { syntheticRows } from './test-fixture.js';
import { BASELINE_TRAIN, DEFAULT_TRAIN, trainModel } from './train.js';

describe('classifier', () => {
  const classifier = createClassifier(trainModel(syntheticRows(12)));

  it('returns the top 3 labels with descending confidences', () => {
    const top = classifier.predict({ body: '隔壁工厂半夜偷排废气，气味刺鼻' });
    expect(top).toHaveLength(3);
    expect(top[0]?.label).toBe('环境保护');
    const c = top.map((p) => p.confidence);
    expect(c[0]).toBeGreaterThan(c[1] ?? 1);
    expect(c[1]).toBeGreaterThanOrEqual(c[2] ?? 1);
    expect(c.reduce((s, v) => s + v, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('uses the title when there is one', () => {
    expect(classifier.predict({ title: '公司拖欠工资', body: '请帮忙' })[0]?.label).toBe('劳动和社会保障');
    expect(classifier.predict({ title: '老师有偿补课', body: '请帮忙' })[0]?.label).toBe('教育文体');
  });

  it('answers for empty and very long text', () => {
    expect(classifier.predict({ body: '' })).toHaveLength(3);
    expect(classifier.predict({ body: '学校'.repeat(25_000) })[0]?.label).toBe('教育文体');
    expect(
      classifier
        .rank({ body: '？' })
        .map((r) => r.label)
        .sort(),
    ).toEqual([...classifier.labels].sort());
  });

  it('is deterministic', () => {
    const again = createClassifier(trainModel(syntheticRows(12)));
    const text = { body: '单位没有缴纳社保' };
    expect(again.predict(text)).toEqual(classifier.predict(text));
  });
});

describe('crossValidate', () => {
  it('reports per-fold, overall and title/no-title figures', () => {
    const rows = syntheticRows(15);
    for (const train of [DEFAULT_TRAIN, BASELINE_TRAIN]) {
      const r = crossValidate(rows, { folds: 3, seed: 1, train });
      expect(r.folds).toHaveLength(3);
      expect(r.overall.count).toBe(rows.length);
      expect(r.withTitle.count + r.withoutTitle.count).toBe(rows.length);
      expect(r.overall.macroF1).toBeGreaterThan(0.9);
      expect(r.msgsPerSec).toBeGreaterThan(0);
      expect(r.temperature).toBeGreaterThan(0);
    }
  });
});
