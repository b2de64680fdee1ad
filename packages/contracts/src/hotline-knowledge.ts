import { Type, type Static } from 'typebox';
import { DivisionCode, IsoDate, literalUnion, Paged, Uuid, Version } from './common.js';
import { HOTLINE_ORDER_TYPES } from './hotline.js';

/** API shapes of the hotline's knowledge base (H4) and the citizen portal's 12345 pages (H1), issue 4. */
export const KNOWLEDGE_KINDS = ['policy', 'faq', 'service_guide'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];
export const KNOWLEDGE_STATUSES = ['draft', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

const closed = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const CategoryCode = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });
const Title = Type.String({ minLength: 1, maxLength: 200 });
const Body = Type.String({ minLength: 1, maxLength: 20000 });
const CategoryCodes = Type.Array(CategoryCode, { maxItems: 10, uniqueItems: true });
const SourceUrl = Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$' });

export const CreateArticleBody = Type.Object(
  {
    title: Title,
    body: Body,
    kind: literalUnion(KNOWLEDGE_KINDS),
    categoryCodes: Type.Optional(CategoryCodes),
    /** the department answerable for the article; defaults to the writer's own */
    ownerUnitId: Type.Optional(Uuid),
    validFrom: Type.Optional(Nullable(IsoDate)),
    validTo: Type.Optional(Nullable(IsoDate)),
    sourceUrl: Type.Optional(Nullable(SourceUrl)),
  },
  closed,
);
export type CreateArticleBody = Static<typeof CreateArticleBody>;

export const UpdateArticleBody = Type.Object(
  {
    title: Type.Optional(Title),
    body: Type.Optional(Body),
    kind: Type.Optional(literalUnion(KNOWLEDGE_KINDS)),
    categoryCodes: Type.Optional(CategoryCodes),
    ownerUnitId: Type.Optional(Uuid),
    validFrom: Type.Optional(Nullable(IsoDate)),
    validTo: Type.Optional(Nullable(IsoDate)),
    sourceUrl: Type.Optional(Nullable(SourceUrl)),
    version: Version,
  },
  closed,
);
export type UpdateArticleBody = Static<typeof UpdateArticleBody>;

/** publish / archive carry only the version the writer saw */
export const ArticleStatusBody = Type.Object({ version: Version }, closed);

export const ArticleListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    kind: Type.Optional(literalUnion(KNOWLEDGE_KINDS)),
    status: Type.Optional(literalUnion(KNOWLEDGE_STATUSES)),
    categoryCode: Type.Optional(CategoryCode),
    ownerUnitId: Type.Optional(Uuid),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  closed,
);

export const KnowledgeArticle = Type.Object({
  id: Uuid,
  title: Type.String(),
  body: Type.String(),
  kind: literalUnion(KNOWLEDGE_KINDS),
  categoryCodes: Type.Array(Type.String()),
  ownerUnitId: Uuid,
  ownerUnitName: Nullable(Type.String()),
  validFrom: Nullable(Type.String()),
  validTo: Nullable(Type.String()),
  /** published and inside its validity period today (Asia/Shanghai): may be suggested and cited */
  citable: Type.Boolean(),
  status: literalUnion(KNOWLEDGE_STATUSES),
  sourceUrl: Nullable(Type.String()),
  /** 'manual' for articles written here; feeds such as the 一网通办 catalog name themselves */
  source: Type.String(),
  publishedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type KnowledgeArticle = Static<typeof KnowledgeArticle>;
export const KnowledgeArticleList = Paged(KnowledgeArticle);

export const KnowledgeSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Optional(literalUnion(KNOWLEDGE_KINDS)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 10 })),
  },
  closed,
);

/** What an agent has typed so far; an empty body simply suggests nothing. */
export const SuggestBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 100 })),
    body: Type.String({ maxLength: 5000 }),
  },
  closed,
);
export type SuggestBody = Static<typeof SuggestBody>;

export const KnowledgeHit = Type.Object({
  id: Uuid,
  title: Type.String(),
  kind: literalUnion(KNOWLEDGE_KINDS),
  /** plain text around the best match; the UI highlights `matchedTerms` in it */
  snippet: Type.String(),
  matchedTerms: Type.Array(Type.String()),
  score: Type.Number(),
  version: Type.Integer(),
  sourceUrl: Nullable(Type.String()),
});
export type KnowledgeHit = Static<typeof KnowledgeHit>;
export const KnowledgeHits = Type.Array(KnowledgeHit);

// ── citizen portal (H1): 我要反映 / 我的诉求 ──

export const PortalOrderBody = Type.Object(
  {
    type: literalUnion(HOTLINE_ORDER_TYPES),
    title: Type.String({ minLength: 1, maxLength: 100 }),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
    divisionCode: Type.Optional(DivisionCode),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    /** sent from the mobile page: the order's channel is 'mobile' instead of 'web' */
    mobile: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type PortalOrderBody = Static<typeof PortalOrderBody>;

export const PortalOrderListQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  closed,
);

/** One line of the public timeline: no internal lines, no staff, units by name only. */
export const PortalTimelineLine = Type.Object({
  at: Type.String(),
  action: Type.String(),
  state: Type.String(),
  note: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  article: Nullable(Type.Object({ id: Type.String(), title: Type.String(), version: Nullable(Type.Integer()) })),
});
export type PortalTimelineLine = Static<typeof PortalTimelineLine>;

const PortalOrderFields = {
  id: Uuid,
  orderNo: Type.String(),
  channel: Type.String(),
  type: Type.String(),
  title: Nullable(Type.String()),
  state: Type.String(),
  unitName: Nullable(Type.String()),
  dueAt: Nullable(Type.String()),
  createdAt: Type.String(),
};
export const PortalOrderSummary = Type.Object(PortalOrderFields);
export type PortalOrderSummary = Static<typeof PortalOrderSummary>;
export const PortalOrderList = Paged(PortalOrderSummary);

export const PortalOrder = Type.Object({
  ...PortalOrderFields,
  body: Type.String(),
  divisionCode: Nullable(Type.String()),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  timeline: Type.Array(PortalTimelineLine),
});
export type PortalOrder = Static<typeof PortalOrder>;
