import type { ClassifierModelView, ModelMetrics, TrainingSummary } from '@yiwang/contracts';
import { AppError, SYSTEM_META, type RequestMeta } from '@yiwang/platform';
import { fitTemperature } from '../classifier/calibrate.js';
import { createClassifier, serializeModel, sharedWordTokenizer, type LabeledMessage } from '../classifier/index.js';
import { computeMetrics } from '../classifier/evaluate.js';
import { buildCorpus, ORDER_TRAIN, trainOnCorpus } from '../classifier/train.js';
import { DEFAULT_TRAINING_LIMITS, perClassCap, qualifyClasses, splitHoldout, type TrainingLimits } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { presentModel } from '../presenters-desk.js';
import { hot } from '../repo/tables.js';
import * as data from '../repo/training-data.js';
import { storeModel } from './store-model.js';

export interface TrainFromOrdersOptions {
  /** make the new model the active one at once */
  activate?: boolean;
  meta?: RequestMeta;
  /** the training run (POST /classifier/models) this call carries out */
  runId?: string;
  limits?: TrainingLimits;
  seed?: number;
}

const CORRECTIONS_LIMIT = 50_000;
const asMessage = (r: data.LabeledRow): LabeledMessage =>
  r.title ? { title: r.title, body: r.body, label: r.label } : { body: r.body, label: r.label };

/** How many labeled rows each category has (orders + open-order corrections); refuses like the run itself would. */
export async function labeledCounts(deps: HotlineDeps, limits: TrainingLimits = DEFAULT_TRAINING_LIMITS) {
  const [orders, corrections] = await Promise.all([data.labeledOrderCounts(hot(deps.db)), data.openCorrectionCounts(hot(deps.db))]);
  const counts: Record<string, number> = { ...orders };
  for (const [label, n] of Object.entries(corrections)) counts[label] = (counts[label] ?? 0) + n;
  const qualified = qualifyClasses(counts, limits);
  if (!qualified.ok) throw new AppError('CLASSIFIER_TOO_FEW_LABELS', { counts, ...limits });
  return { ...qualified, orders };
}

/**
 * Trains a model from what people set or confirmed (H2): closed / replied / reviewed orders with
 * their category and the latest correction of orders still open. Categories with fewer than 5 rows
 * are left out; above 20,000 rows each category is capped (newest rows, corrections first). A
 * seeded stratified fifth is held out: the stored model is the one trained on the rest, its
 * figures are measured on the holdout and its confidence temperature is fitted there.
 */
export async function trainModelFromOrders(deps: HotlineDeps, opts: TrainFromOrdersOptions = {}): Promise<ClassifierModelView> {
  const limits = opts.limits ?? DEFAULT_TRAINING_LIMITS;
  const qualified = await labeledCounts(deps, limits);
  const corrections = (await data.openCorrections(hot(deps.db), CORRECTIONS_LIMIT)).filter((r) => qualified.classes.includes(r.label));
  const perClass = new Map<string, number>();
  for (const r of corrections) perClass.set(r.label, (perClass.get(r.label) ?? 0) + 1);
  const available = qualified.classes.map((c) => (perClass.get(c) ?? 0) + (qualified.orders[c] ?? 0));
  const cap = perClassCap(available, limits.maxRows);
  const used = new Map<string, number>();
  const take = (r: data.LabeledRow) => {
    const n = used.get(r.label) ?? 0;
    if (n >= cap) return false;
    used.set(r.label, n + 1);
    return true;
  };
  const fromCorrections = corrections.filter(take);
  const fromOrders = (await data.labeledOrders(hot(deps.db), qualified.classes, cap)).filter(take);
  const rows = [...fromCorrections, ...fromOrders].map(asMessage);

  const started = performance.now();
  const tokenizer = sharedWordTokenizer();
  const corpus = buildCorpus(rows, ORDER_TRAIN.features, tokenizer);
  const { train, holdout } = splitHoldout(
    rows.map((r) => r.label),
    5,
    opts.seed ?? 42,
  );
  const model = trainOnCorpus(corpus, train, ORDER_TRAIN);
  const metrics = evaluate(model, rows, holdout, tokenizer);
  const summary: TrainingSummary = {
    source: 'orders',
    rows: train.length,
    classCounts: model.meta.classCounts,
    orders: fromOrders.length,
    corrections: fromCorrections.length,
    ...(available.reduce((s, n) => s + n, 0) > rows.length ? { sampledFrom: available.reduce((s, n) => s + n, 0) } : {}),
    droppedClasses: qualified.dropped,
    trainMs: Math.round(performance.now() - started),
    trainedAt: model.meta.trainedAt,
  };
  const stored = await storeModel(deps, opts.meta ?? SYSTEM_META, {
    text: serializeModel(model),
    labels: model.labels,
    labelMap: Object.fromEntries(model.labels.map((l) => [l, l])),
    metrics,
    training: summary,
    activate: opts.activate ?? false,
    createdBy: opts.meta?.actor.id ?? null,
    ...(opts.runId ? { runId: opts.runId } : {}),
  });
  return presentModel(stored);
}

/** Holdout figures, and the softmax temperature that makes the holdout confidences honest (set on `model`). */
function evaluate(
  model: ReturnType<typeof trainOnCorpus>,
  rows: readonly LabeledMessage[],
  holdout: readonly number[],
  tokenizer: ReturnType<typeof sharedWordTokenizer>,
): ModelMetrics {
  const classifier = createClassifier(model, tokenizer);
  const index = new Map(model.labels.map((l, k) => [l, k]));
  const scores: Float64Array[] = [];
  const truth: number[] = [];
  const predicted: string[] = [];
  for (const i of holdout) {
    const row = rows[i]!;
    const ranked = classifier.rank(row);
    const s = new Float64Array(model.labels.length);
    for (const r of ranked) s[index.get(r.label) ?? 0] = r.score;
    scores.push(s);
    truth.push(index.get(row.label) ?? 0);
    predicted.push(ranked[0]?.label ?? '');
  }
  model.temperature = fitTemperature(scores, truth);
  const m = computeMetrics(
    holdout.map((i) => rows[i]!.label),
    predicted,
    model.labels,
  );
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    method: 'holdout',
    rows: m.count,
    accuracy: r4(m.accuracy),
    macroF1: r4(m.macroF1),
    perClass: m.perClass.map((c) => ({
      label: c.label,
      precision: r4(c.precision),
      recall: r4(c.recall),
      f1: r4(c.f1),
      support: c.support,
    })),
  };
}
