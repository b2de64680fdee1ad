import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.js';
import { labelSet, parseLabeledCsv } from './dataset.js';
import { computeMetrics, stratifiedFolds } from './evaluate.js';
import { trainModel } from './train.js';

// The shared labelled data lives next to the repository and is never committed;
// HOTLINE_TRAIN_CSV points elsewhere.
const DATA = process.env.HOTLINE_TRAIN_CSV ?? fileURLToPath(new URL('../../../../../../shared/data/hotline/train.csv', import.meta.url));
const present = existsSync(DATA);
if (!present) console.warn(`hotline real-data tests skipped: ${DATA} not found`);

describe.skipIf(!present)('classifier on ../shared/data/hotline/train.csv', () => {
  const rows = present ? parseLabeledCsv(readFileSync(DATA, 'utf8')).rows : [];

  it('parses every row: 7 topics, about 38 % without a title', () => {
    expect(rows.length).toBeGreaterThan(5000);
    expect(labelSet(rows)).toHaveLength(7);
    const untitled = rows.filter((r) => r.title === undefined).length / rows.length;
    expect(untitled).toBeGreaterThan(0.3);
    expect(untitled).toBeLessThan(0.45);
  });

  it('learns from a fifth of the rows well enough to classify another fifth', () => {
    const fold = stratifiedFolds(
      rows.map((r) => r.label),
      5,
      7,
    );
    const train = rows.filter((_, i) => fold[i] === 0);
    const test = rows.filter((_, i) => fold[i] === 1);
    const classifier = createClassifier(trainModel(train));
    const predicted = test.map((r) => classifier.predict(r)[0]?.label ?? '');
    const m = computeMetrics(
      test.map((r) => r.label),
      predicted,
      labelSet(rows),
    );
    expect(m.accuracy).toBeGreaterThan(0.82);
  }, 120_000);
});
