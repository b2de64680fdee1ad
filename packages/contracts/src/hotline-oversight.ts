import { Type, type Static } from 'typebox';
import { DivisionCode, literalUnion, Uuid, Version } from './common.js';

// API shapes of the hotline's oversight area (issue 4): notification inbox, unit red/yellow cards, reply templates.

const closed = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
/** a category code used as a prefix: the template fits that category and everything below it */
const CategoryPrefix = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });

export const NotificationListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  closed,
);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

/** One notice of the signed-in user's inbox; `title` is in the caller's Accept-Language, `topic` lets a client localize itself. */
export const NotificationView = Type.Object({
  id: Uuid,
  orderId: Uuid,
  orderNo: Type.String(),
  /** the work-order action that caused it (dispatch, urge, supervise, …) or repeat_reopen */
  topic: Type.String(),
  title: Type.String(),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationView),
  total: Type.Integer(),
  unreadCount: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type NotificationList = Static<typeof NotificationList>;

/** Either the listed notices or all of the caller's; one of the two is required. */
export const MarkNotificationsReadBody = Type.Object(
  {
    ids: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 200 })),
    all: Type.Optional(Type.Literal(true)),
  },
  closed,
);
export type MarkNotificationsReadBody = Static<typeof MarkNotificationsReadBody>;

export const MarkNotificationsReadResult = Type.Object({ updated: Type.Integer(), unreadCount: Type.Integer() });
export type MarkNotificationsReadResult = Static<typeof MarkNotificationsReadResult>;

export const UNIT_CARDS = ['green', 'yellow', 'red'] as const;

export const UnitCardsQuery = Type.Object(
  {
    /** only units whose department lies in this division and below */
    divisionCode: Type.Optional(DivisionCode),
    /** the period: orders due in the last N days, plus every open overdue one */
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, default: 30 })),
  },
  closed,
);
export type UnitCardsQuery = Static<typeof UnitCardsQuery>;

export const UnitCardView = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  card: literalUnion(UNIT_CARDS),
  /** a zh-CN sentence naming the worst order by its number */
  why: Type.String(),
  overdue: Type.Array(
    Type.Object({
      orderId: Uuid,
      orderNo: Type.String(),
      workingDaysLate: Type.Integer(),
      /** still unanswered: the lateness keeps growing */
      open: Type.Boolean(),
    }),
  ),
});
export type UnitCardView = Static<typeof UnitCardView>;

export const ReplyTemplateQuery = Type.Object(
  {
    /** only templates that fit this category (no prefix, or a prefix of it) */
    categoryCode: Type.Optional(CategoryPrefix),
  },
  closed,
);

export const ReplyTemplateView = Type.Object({
  id: Uuid,
  title: Type.String(),
  content: Type.String(),
  categoryPrefix: Nullable(Type.String()),
  /** null: hotline-wide; else the unit that owns it */
  ownerUnitId: Nullable(Uuid),
  version: Type.Integer(),
});
export type ReplyTemplateView = Static<typeof ReplyTemplateView>;

const TemplateTitle = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' });
const TemplateContent = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });

export const CreateReplyTemplateBody = Type.Object(
  { title: TemplateTitle, content: TemplateContent, categoryPrefix: Type.Optional(CategoryPrefix) },
  closed,
);
export type CreateReplyTemplateBody = Static<typeof CreateReplyTemplateBody>;

export const UpdateReplyTemplateBody = Type.Object(
  {
    title: Type.Optional(TemplateTitle),
    content: Type.Optional(TemplateContent),
    categoryPrefix: Type.Optional(Nullable(CategoryPrefix)),
    version: Version,
  },
  closed,
);
export type UpdateReplyTemplateBody = Static<typeof UpdateReplyTemplateBody>;

export const DeleteReplyTemplateQuery = Type.Object({ version: Version }, closed);
