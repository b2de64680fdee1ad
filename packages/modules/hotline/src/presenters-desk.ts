import type { ClassifierModelView, DuplicateSuggestion, ModelMetrics, TrainingRunView, TrainingSummary } from '@yiwang/contracts';
import type { OrderBrief } from './repo/desk-orders.js';
import type { ModelRow } from './repo/models.js';
import type { RunRow } from './repo/training-runs.js';

// API shapes of the desk area, built here and never straight from rows.
const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

/** The first characters of an order's text, enough for an agent to recognise it. */
export const excerpt = (text: string, length = 80) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
};

export const presentDuplicate = (o: OrderBrief, similarity: number): DuplicateSuggestion => ({
  id: o.id,
  orderNo: o.order_no,
  title: o.title,
  excerpt: excerpt(o.body),
  state: o.state,
  createdAt: iso(o.created_at),
  similarity: Math.round(similarity * 1000) / 1000,
});

export const presentModel = (m: ModelRow): ClassifierModelView => ({
  id: m.id,
  modelVersion: m.model_version,
  labels: m.labels,
  labelMap: { ...(m.label_map as Record<string, string>) },
  metrics: (m.metrics as ModelMetrics | null) ?? null,
  training: m.training as TrainingSummary,
  payloadBytes: m.payload_bytes,
  active: m.active,
  createdAt: iso(m.created_at),
  createdBy: m.created_by,
  version: m.version,
});

export const presentRun = (r: RunRow): TrainingRunView => ({
  id: r.id,
  state: r.state as TrainingRunView['state'],
  activate: r.activate,
  requestedAt: iso(r.requested_at),
  requestedBy: r.requested_by,
  startedAt: isoOrNull(r.started_at),
  finishedAt: isoOrNull(r.finished_at),
  modelId: r.model_id,
  errorCode: r.error_code,
  error: r.error,
});
