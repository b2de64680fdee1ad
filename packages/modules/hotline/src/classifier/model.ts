import { readFile, rename, writeFile } from 'node:fs/promises';
import { createClassifier, type Classifier } from './classifier.js';
import { checkFeatureConfig, type FeatureConfig } from './features.js';
import type { LearnerConfig, ModelData, TrainingMeta } from './model-data.js';

export type { CvSummary, LearnerConfig, ModelData, SubsetFigures, TrainingMeta } from './model-data.js';

export const MODEL_FORMAT = 'yiwang.hotline-classifier';
export const MODEL_VERSION = 1;

export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

function encodeFloats(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function decodeFloats(s: unknown, length: number, what: string): Float32Array {
  if (typeof s !== 'string') throw new ModelFormatError(`${what} must be a base64 string`);
  const buf = Buffer.from(s, 'base64');
  if (buf.byteLength !== length * 4) {
    throw new ModelFormatError(`${what} holds ${buf.byteLength / 4} values, expected ${length}`);
  }
  // Copy into an aligned buffer: Buffer.from may return a view at an odd offset.
  const out = new Float32Array(length);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

/** JSON text of a model; float arrays are Float32 in base64 (little-endian on x86 and ARM). */
export function serializeModel(m: ModelData): string {
  return JSON.stringify({
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: m.labels,
    dictionary: m.dictionary,
    features: m.vectorizer.config,
    learner: m.learner,
    temperature: m.temperature,
    meta: m.meta,
    dim: m.linear.dim,
    bias: Array.from(m.linear.bias),
    idf: encodeFloats(m.vectorizer.idf),
    weights: encodeFloats(m.linear.weights),
    vocabulary: m.vectorizer.vocabulary,
  });
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Parses and checks a serialised model. */
export function parseModel(text: string): ModelData {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ModelFormatError('the model file is not valid JSON');
  }
  if (raw.format !== MODEL_FORMAT) throw new ModelFormatError('not a hotline classifier model');
  if (raw.version !== MODEL_VERSION) {
    throw new ModelFormatError(`model version ${String(raw.version)}; supported: ${MODEL_VERSION}`);
  }
  const { labels, dictionary, vocabulary, dim, bias, temperature } = raw;
  if (!isStringArray(labels) || labels.length < 2) throw new ModelFormatError('bad labels');
  if (!isStringArray(dictionary)) throw new ModelFormatError('bad dictionary');
  if (!isStringArray(vocabulary)) throw new ModelFormatError('bad vocabulary');
  if (dim !== vocabulary.length) throw new ModelFormatError('dim does not match the vocabulary');
  if (!Array.isArray(bias) || bias.length !== labels.length) throw new ModelFormatError('bad bias');
  if (typeof temperature !== 'number' || !(temperature > 0)) {
    throw new ModelFormatError('bad temperature');
  }
  const features = raw.features as FeatureConfig;
  try {
    checkFeatureConfig(features);
  } catch (e) {
    throw new ModelFormatError(`bad feature config: ${(e as Error).message}`);
  }
  return {
    labels,
    dictionary,
    vectorizer: {
      config: features,
      vocabulary,
      idf: decodeFloats(raw.idf, vocabulary.length, 'idf'),
    },
    linear: {
      classes: labels.length,
      dim,
      weights: decodeFloats(raw.weights, dim * labels.length, 'weights'),
      bias: Float32Array.from(bias as number[]),
    },
    learner: raw.learner as LearnerConfig,
    temperature,
    meta: raw.meta as TrainingMeta,
  };
}

/** Writes the model atomically (temporary file + rename) so a reader never sees half a file. */
export async function saveModel(path: string, m: ModelData): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, serializeModel(m), 'utf8');
  await rename(tmp, path);
}

export async function readModel(path: string): Promise<ModelData> {
  return parseModel(await readFile(path, 'utf8'));
}

/** Reads a model file and returns a ready, immutable classifier (swap references to hot-swap). */
export async function loadClassifier(path: string): Promise<Classifier> {
  return createClassifier(await readModel(path));
}
