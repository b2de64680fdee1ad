import { Type, type Static } from 'typebox';
import { DivisionCode, IsoDate, literalUnion, Paged, Uuid, Version } from './common.js';

/** 12345 work-order API shapes (issue 4). The hotline domain takes its value lists from here. */
export const HOTLINE_CHANNELS = ['phone', 'web', 'mobile', 'wechat', 'open311', 'grid', 'video_ai', 'drone', 'iot'] as const;
export const HOTLINE_ORDER_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
export const HOTLINE_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export const HOTLINE_STATES = [
  'registered',
  'answered_directly',
  'dispatched',
  'returned',
  'in_progress',
  'suspended',
  'replied',
  'reviewed',
  'closed',
  'reopened',
  'merged',
] as const;
export const HOTLINE_ACTIONS = [
  'dispatch',
  'sign',
  'return',
  'approve_return',
  'reject_return',
  'reassign',
  'add_co_handler',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'reply',
  'review',
  'callback',
  'close',
  'suspend',
  'resume',
  'urge',
  'supervise',
  'answer_directly',
  'merge',
  'reopen',
] as const;

const closed = { additionalProperties: false } as const;
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const CategoryCode = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CreateOrderBody = Type.Object(
  {
    channel: literalUnion(HOTLINE_CHANNELS),
    type: literalUnion(HOTLINE_ORDER_TYPES),
    urgency: Type.Optional(literalUnion(HOTLINE_URGENCIES)),
    title: Type.Optional(Type.String({ maxLength: 100 })),
    body: Text(5000),
    categoryCode: Type.Optional(CategoryCode),
    divisionCode: Type.Optional(DivisionCode),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    callerName: Type.Optional(Type.String({ maxLength: 40 })),
    callerPhone: Type.Optional(Type.String({ maxLength: 20 })),
    confidential: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type CreateOrderBody = Static<typeof CreateOrderBody>;

/** Every action's payload fields in one closed object; the state machine checks which ones an action needs. */
export const OrderActionBody = Type.Object(
  {
    type: literalUnion(HOTLINE_ACTIONS),
    version: Version,
    unitId: Type.Optional(Uuid),
    coHandlerUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 10 })),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    content: Type.Optional(Type.String({ maxLength: 5000 })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    outcome: Type.Optional(literalUnion(['accept', 'send_back'] as const)),
    result: Type.Optional(literalUnion(['satisfied', 'basically_satisfied', 'unsatisfied'] as const)),
    articleId: Type.Optional(Type.String({ maxLength: 80 })),
    answer: Type.Optional(Type.String({ maxLength: 5000 })),
    intoOrderId: Type.Optional(Uuid),
    /** dispatch / reassign / approve_return: the category a person sets; without unitId the 权责清单 picks the unit */
    categoryCode: Type.Optional(CategoryCode),
  },
  closed,
);
export type OrderActionBody = Static<typeof OrderActionBody>;

export const OrderListQuery = Type.Object(
  {
    state: Type.Optional(literalUnion(HOTLINE_STATES)),
    type: Type.Optional(literalUnion(HOTLINE_ORDER_TYPES)),
    unitId: Type.Optional(Uuid),
    triage: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    /** a category and everything under it */
    categoryCode: Type.Optional(CategoryCode),
    channel: Type.Optional(literalUnion(HOTLINE_CHANNELS)),
    /** past its due instant and still with the handling unit (not yet answered) */
    overdue: Type.Optional(Type.Boolean()),
    /** registered on or after / on or before these Shanghai dates */
    createdFrom: Type.Optional(IsoDate),
    createdTo: Type.Optional(IsoDate),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  closed,
);

/** A person chose the unit (派单 / 改派): who, and what the 权责清单 would have suggested. */
export const ManualDispatch = Type.Object({
  action: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  suggested: Nullable(
    Type.Object({ unitId: Type.String(), unitName: Type.String(), ruleId: Type.Optional(Type.String()), why: Type.String() }),
  ),
  followedSuggestion: Type.Boolean(),
});

/** Why an order went to its unit (H2): the matching rule, the 属地 / default fallback, or a person's choice ('manual'). */
export const RoutingExplanation = Type.Object({
  unitId: Type.Optional(Type.String()),
  unitName: Type.Optional(Type.String()),
  ruleId: Type.Optional(Type.String()),
  matchedOn: Type.Array(Type.String()),
  keywords: Type.Optional(Type.Array(Type.String())),
  why: Type.String(),
  manual: Type.Optional(ManualDispatch),
});

/** An open order in the same area and week with nearly the same text (H1 合并 suggestion). */
export const DuplicateSuggestion = Type.Object({
  id: Uuid,
  orderNo: Type.String(),
  title: Nullable(Type.String()),
  excerpt: Type.String(),
  state: Type.String(),
  createdAt: Type.String(),
  similarity: Type.Number(),
});
export type DuplicateSuggestion = Static<typeof DuplicateSuggestion>;

export const TimelineLine = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  action: Type.String(),
  actorRole: Type.String(),
  fromState: Nullable(Type.String()),
  toState: Type.String(),
  note: Nullable(Type.String()),
  details: Type.Unknown(),
  internal: Type.Boolean(),
});

const OrderFields = {
  id: Uuid,
  orderNo: Type.String(),
  channel: Type.String(),
  type: Type.String(),
  urgency: Type.String(),
  title: Nullable(Type.String()),
  categoryCode: Nullable(Type.String()),
  triage: Type.Boolean(),
  /** no deadline yet: the holiday schedule for the year it falls in is not published */
  deadlinePending: Type.Boolean(),
  divisionCode: Nullable(Type.String()),
  state: Type.String(),
  unitId: Nullable(Type.String()),
  coUnitIds: Type.Array(Type.String()),
  dueAt: Nullable(Type.String()),
  warnAt: Nullable(Type.String()),
  createdAt: Type.String(),
  version: Type.Integer(),
};

export const WorkOrderSummary = Type.Object(OrderFields);
export type WorkOrderSummary = Static<typeof WorkOrderSummary>;
export const WorkOrderList = Paged(WorkOrderSummary);

/** One evidence item of an order (H5): `url` serves an inline image to those who may see the order, or is a stored reference. */
export const AttachmentView = Type.Object({
  id: Uuid,
  type: Type.String(),
  size: Nullable(Type.Integer()),
  url: Type.String(),
});
export type AttachmentView = Static<typeof AttachmentView>;

export const WorkOrder = Type.Object({
  ...OrderFields,
  body: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  /** masked always; a 保密 caller's details are withheld entirely from handling units */
  callerName: Nullable(Type.String()),
  callerPhone: Nullable(Type.String()),
  confidential: Type.Boolean(),
  classification: Type.Unknown(),
  routing: Nullable(RoutingExplanation),
  availableActions: Type.Array(Type.String()),
  timeline: Type.Array(TimelineLine),
  /** near-duplicates found at intake, as they stand now (only those the viewer may see) */
  duplicates: Type.Array(DuplicateSuggestion),
  /** the caller's earlier orders in the 30 days before this one; null for a first call or no phone */
  repeatCaller: Nullable(Type.Object({ count: Type.Integer(), windowDays: Type.Integer() })),
  mergedInto: Nullable(Type.String()),
  attachments: Type.Array(AttachmentView),
});
export type WorkOrder = Static<typeof WorkOrder>;

export const Category = Type.Object({
  code: Type.String(),
  name: Type.String(),
  parentCode: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type Category = Static<typeof Category>;

export const RoutingRuleView = Type.Object({
  id: Uuid,
  categoryPrefix: Type.String(),
  divisionPrefix: Nullable(Type.String()),
  keywords: Type.Array(Type.String()),
  unitId: Uuid,
  priority: Type.Integer(),
  active: Type.Boolean(),
  note: Nullable(Type.String()),
  version: Type.Integer(),
});
export type RoutingRuleView = Static<typeof RoutingRuleView>;

const DivisionPrefix = Type.String({ pattern: '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$' });
const CategoryPrefix = Type.String({ pattern: '^([a-z0-9_]+(\\.[a-z0-9_]+)*)?$', maxLength: 80 });
const Keywords = Type.Array(Type.String({ minLength: 1, maxLength: 20, pattern: '\\S' }), { maxItems: 20 });

export const CreateRoutingRuleBody = Type.Object(
  {
    categoryPrefix: CategoryPrefix,
    divisionPrefix: Type.Optional(Nullable(DivisionPrefix)),
    keywords: Type.Optional(Keywords),
    unitId: Uuid,
    priority: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  closed,
);
export const UpdateRoutingRuleBody = Type.Object(
  {
    categoryPrefix: Type.Optional(CategoryPrefix),
    divisionPrefix: Type.Optional(Nullable(DivisionPrefix)),
    keywords: Type.Optional(Keywords),
    unitId: Type.Optional(Uuid),
    priority: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
    active: Type.Optional(Type.Boolean()),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    version: Version,
  },
  closed,
);
