// Pure work-order domain of the 12345 hotline (issue 4, H1–H3): no I/O, safe to use from any use-case.
export * from './order-types.js';
export { ACTION_ROLES, INTERNAL_ACTIONS } from './actions.js';
export type { Action, ActionOf } from './actions.js';
export { ORDER_EVENTS, scheduleTimers } from './effects.js';
export type { Effect, NotifyTopic, OrderEventName, OrderEventPayload, Recipient, TimerKind } from './effects.js';
export { createOrder } from './order.js';
export type {
  Actor,
  CoHandlerPart,
  CreateContext,
  ExtensionRequest,
  NewOrder,
  OrderCounters,
  OrderIntake,
  OrderReply,
  OrderSnapshot,
  TimelineEntry,
} from './order.js';
export { ALLOWED_ACTIONS, availableActions, transition } from './state-machine.js';
export { DEFAULT_WORKFLOW_POLICY } from './transition-kit.js';
export type {
  TransitionContext,
  TransitionErrorCode,
  TransitionFailure,
  TransitionResult,
  TransitionSuccess,
  WorkflowPolicy,
} from './transition-kit.js';
export {
  addWorkingDaysKeepingTime,
  computeDueAt,
  computeWarnAt,
  DEFAULT_SLA_POLICY,
  extendSla,
  overdueWorkingDays,
  resumeSla,
  shanghaiInstant,
  slaStatus,
  startSla,
  workingMsBetween,
} from './sla.js';
export type { SlaClock, SlaPolicy, SlaStatus } from './sla.js';
export { DEFAULT_CARD_POLICY, evaluateUnitCard } from './unit-cards.js';
export type { Card, CardPolicy, OverdueOrder, UnitCard, UnitOrderDeadline } from './unit-cards.js';
export { route, validateRoutingRule } from './routing.js';
export type { MatchedOn, RoutableOrder, RouteExplanation, RouteResult, RoutingFallback, RoutingRule } from './routing.js';
export { jaccard, NEAR_DUPLICATE_THRESHOLD, normalizeForSimilarity, shingles, textSimilarity } from './text-similarity.js';
export { defaultLabelMap, EXTERNAL_LABEL_MAP, labelMapProblems, mapPredictions, needsTriage } from './label-map.js';
export type { LabelMap, RankedCategory } from './label-map.js';
export {
  CLOSED_STATES,
  daysBefore,
  DUPLICATE_CANDIDATE_LIMIT,
  DUPLICATE_WINDOW_DAYS,
  duplicateArea,
  MAX_DUPLICATE_SUGGESTIONS,
  rankDuplicates,
  REPEAT_CALLER_WINDOW_DAYS,
} from './duplicates.js';
export { explainCategoryRouting, explainManualDispatch } from './dispatch-explanation.js';
export type { ManualChoice, ManualDispatchAction, ManualExplanation, RuleSuggestion } from './dispatch-explanation.js';
export { DEFAULT_TRAINING_LIMITS, perClassCap, qualifyClasses, splitHoldout } from './training-set.js';
export type { Qualified, TrainingLimits } from './training-set.js';
