import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier.js';
import { loadClassifier, ModelFormatError, parseModel, saveModel, serializeModel } from './model.js';
import { syntheticRows } from './test-fixture.js';
import { GOV_TERMS } from './gov-dict.js';
import { createWordTokenizer } from './tokenize.js';
import { DEFAULT_TRAIN, trainModel } from './train.js';

describe('model files', () => {
  const rows = syntheticRows(12);
  const model = trainModel(rows);

  it('round-trip through JSON with identical predictions', () => {
    const back = parseModel(serializeModel(model));
    expect(back.labels).toEqual(model.labels);
    expect(back.vectorizer.vocabulary).toEqual(model.vectorizer.vocabulary);
    expect(back.linear.weights).toEqual(model.linear.weights);
    expect(back.meta).toEqual(model.meta);
    expect(back.dictionary).toEqual([...GOV_TERMS]);
    const a = createClassifier(model);
    const b = createClassifier(back);
    for (const r of rows) expect(b.predict(r)).toEqual(a.predict(r));
  });

  it('carry their tokenizer dictionary, so older models keep segmenting as they were trained', () => {
    const plain = createWordTokenizer([]);
    const old = parseModel(serializeModel(trainModel(rows, DEFAULT_TRAIN, plain)));
    expect(old.dictionary).toEqual([]);
    const text = { body: '门口占道经营，噪音扰民' };
    expect(createClassifier(old).rank(text)).toEqual(createClassifier(old, plain).rank(text));
  });

  it('are saved atomically and load as an immutable classifier', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hotline-model-'));
    try {
      const path = join(dir, 'model.json');
      await saveModel(path, model);
      const classifier = await loadClassifier(path);
      expect(Object.isFrozen(classifier)).toBe(true);
      expect(Object.isFrozen(classifier.labels)).toBe(true);
      expect(classifier.meta.rows).toBe(rows.length);
      expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reject other formats, versions and truncated arrays', async () => {
    const json = JSON.parse(serializeModel(model)) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>): string => JSON.stringify({ ...json, ...patch });
    expect(() => parseModel('{')).toThrow(ModelFormatError);
    expect(() => parseModel(bad({ format: 'other' }))).toThrow(/not a hotline/);
    expect(() => parseModel(bad({ version: 99 }))).toThrow(/version 99/);
    expect(() => parseModel(bad({ weights: 'AAAA' }))).toThrow(/weights/);
    expect(() => parseModel(bad({ dim: 1 }))).toThrow(/dim/);
    expect(() => parseModel(bad({ temperature: 0 }))).toThrow(/temperature/);
    const dir = await mkdtemp(join(tmpdir(), 'hotline-model-'));
    try {
      await writeFile(join(dir, 'm.json'), 'not json');
      await expect(loadClassifier(join(dir, 'm.json'))).rejects.toThrow(ModelFormatError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
