import { Type, type Static } from 'typebox';
import { DivisionCode, literalUnion, Uuid, Version } from './common.js';
import { DuplicateSuggestion, HOTLINE_ORDER_TYPES, HOTLINE_STATES } from './hotline.js';

// API shapes of the hotline's desk area (issue 4): the agent's live preview, classifier models
// and their training runs, and the audited read of a caller's personal data.

const closed = { additionalProperties: false } as const;
const CategoryCode = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** What the agent has typed so far; nothing is written and nothing is audited. */
export const OrderPreviewBody = Type.Object(
  {
    type: Type.Optional(literalUnion(HOTLINE_ORDER_TYPES)),
    title: Type.Optional(Type.String({ maxLength: 100 })),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
    divisionCode: Type.Optional(DivisionCode),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    /** only used for the repeat-caller lookup (blind index); an incomplete number is ignored */
    callerPhone: Type.Optional(Type.String({ maxLength: 20 })),
    /** the agent's own choice: routing follows it instead of the model */
    categoryCode: Type.Optional(CategoryCode),
  },
  closed,
);
export type OrderPreviewBody = Static<typeof OrderPreviewBody>;

export const CategorySuggestion = Type.Object({
  categoryCode: Type.String(),
  categoryName: Type.String(),
  confidence: Type.Number(),
});
export type CategorySuggestion = Static<typeof CategorySuggestion>;

export const OrderPreview = Type.Object({
  /** the model's top-3 after the label map, best first; empty without a model */
  suggestions: Type.Array(CategorySuggestion),
  modelVersion: Nullable(Type.Integer()),
  /** true when the order would go to the triage queue (no category given and no confident suggestion) */
  triage: Type.Boolean(),
  routing: Nullable(
    Type.Object({
      unitId: Type.String(),
      unitName: Type.String(),
      /** zh-CN "why did it go there" */
      explanation: Type.String(),
      ruleId: Type.Optional(Type.String()),
      matchedOn: Type.Array(Type.String()),
    }),
  ),
  duplicates: Type.Array(DuplicateSuggestion),
  repeatCaller: Nullable(
    Type.Object({
      count: Type.Integer(),
      windowDays: Type.Integer(),
      recent: Type.Array(Type.Object({ id: Uuid, orderNo: Type.String(), createdAt: Type.String(), state: literalUnion(HOTLINE_STATES) })),
    }),
  ),
});
export type OrderPreview = Static<typeof OrderPreview>;

export const CallerReadQuery = Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 100, pattern: '\\S' }) }, closed);
/** Decrypted caller details; every read is in the audit log with its purpose. */
export const CallerPersonal = Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()) });
export type CallerPersonal = Static<typeof CallerPersonal>;

const Figures = { rows: Type.Integer(), accuracy: Type.Number(), macroF1: Type.Number() };

/** How good a model is: a stratified holdout (trained from orders) or the cross-validation of `npm run classifier -- train`. */
export const ModelMetrics = Type.Object({
  method: literalUnion(['holdout', 'cv'] as const),
  ...Figures,
  perClass: Type.Optional(
    Type.Array(
      Type.Object({ label: Type.String(), precision: Type.Number(), recall: Type.Number(), f1: Type.Number(), support: Type.Integer() }),
    ),
  ),
  withTitle: Type.Optional(Type.Object(Figures)),
  withoutTitle: Type.Optional(Type.Object(Figures)),
});
export type ModelMetrics = Static<typeof ModelMetrics>;

/** Where a model's training rows came from. */
export const TrainingSummary = Type.Object({
  source: literalUnion(['orders', 'import'] as const),
  rows: Type.Integer(),
  classCounts: Type.Record(Type.String(), Type.Integer()),
  /** closed / replied / reviewed orders with their category */
  orders: Type.Optional(Type.Integer()),
  /** agent corrections of orders still open */
  corrections: Type.Optional(Type.Integer()),
  /** rows available before sampling, when there were more than the cap */
  sampledFrom: Type.Optional(Type.Integer()),
  /** categories left out for having too few rows */
  droppedClasses: Type.Optional(Type.Array(Type.String())),
  trainMs: Type.Optional(Type.Integer()),
  trainedAt: Type.String(),
});
export type TrainingSummary = Static<typeof TrainingSummary>;

/** A stored classifier model, without its payload. `version` is the optimistic lock; `modelVersion` the number people quote. */
export const ClassifierModelView = Type.Object({
  id: Uuid,
  modelVersion: Type.Integer(),
  labels: Type.Array(Type.String()),
  /** model label → category code; an unmapped label's suggestions are dropped */
  labelMap: Type.Record(Type.String(), Type.String()),
  metrics: Nullable(ModelMetrics),
  training: TrainingSummary,
  payloadBytes: Type.Integer(),
  active: Type.Boolean(),
  createdAt: Type.String(),
  createdBy: Nullable(Type.String()),
  version: Type.Integer(),
});
export type ClassifierModelView = Static<typeof ClassifierModelView>;

export const TrainModelBody = Type.Object({ activate: Type.Optional(Type.Boolean()) }, closed);
export const ActivateModelBody = Type.Object({ version: Version }, closed);
export const UpdateModelBody = Type.Object(
  { labelMap: Type.Record(Type.String(), CategoryCode, { maxProperties: 500 }), version: Version },
  closed,
);

export const TRAINING_RUN_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
/** One training request and how it ended. */
export const TrainingRunView = Type.Object({
  id: Uuid,
  state: literalUnion(TRAINING_RUN_STATES),
  activate: Type.Boolean(),
  requestedAt: Type.String(),
  requestedBy: Nullable(Type.String()),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  modelId: Nullable(Type.String()),
  errorCode: Nullable(Type.String()),
  error: Nullable(Type.String()),
});
export type TrainingRunView = Static<typeof TrainingRunView>;
