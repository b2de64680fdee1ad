import { Type, type Static } from 'typebox';
import { DivisionCode, literalUnion, Paged, Uuid, Version } from './common.js';
import {
  ITEM_LEVELS,
  ITEM_TARGETS,
  ITEM_TYPES,
  itemElementFields,
  ItemElements,
  LIMIT_KINDS,
  TONGBAN_SCOPES,
} from './services-elements.js';

/** Catalog API shapes (issue 3, S1): lifecycle, versions, 认领 / 拆分, guides, quality reports. */
export const ITEM_STATES = ['draft', 'review', 'published', 'withdrawn', 'archived'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
/** standard: defined by its own department; claimed: 认领 of a higher division's item; variant: 业务办理项 of a parent */
export const ITEM_KINDS = ['standard', 'claimed', 'variant'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** actions of the catalog editors (services.catalog.write) */
export const ITEM_EDIT_ACTIONS = ['submit', 'revise', 'discard'] as const;
/** actions of the reviewers (services.catalog.review) */
export const ITEM_REVIEW_ACTIONS = ['publish', 'reject', 'withdraw', 'archive', 'confirm'] as const;
export const ITEM_ACTIONS = [...ITEM_EDIT_ACTIONS, ...ITEM_REVIEW_ACTIONS] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export const FINDING_SEVERITIES = ['error', 'warning'] as const;

const closed = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const ItemName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
/** opaque in the API; each region's rule (services domain) decides what a valid code is */
export const ItemCode = Type.String({ pattern: '^[0-9A-Z]{4,64}$' });

/** One element problem: where (JSON pointer into the content), which rule, and the texts to show. */
export const ElementProblem = Type.Object({
  field: Type.String(),
  rule: Type.String(),
  severity: literalUnion(FINDING_SEVERITIES),
  zh: Type.String(),
  en: Type.String(),
});
export type ElementProblem = Static<typeof ElementProblem>;

export const CreateItemBody = Type.Object(
  { code: ItemCode, name: ItemName, type: literalUnion(ITEM_TYPES), departmentId: Uuid, ...itemElementFields },
  closed,
);
export type CreateItemBody = Static<typeof CreateItemBody>;
/** Given groups replace the stored ones; absent groups stay. */
export const UpdateItemBody = Type.Object(
  {
    version: Version,
    code: Type.Optional(ItemCode),
    name: Type.Optional(ItemName),
    type: Type.Optional(literalUnion(ITEM_TYPES)),
    departmentId: Type.Optional(Uuid),
    ...itemElementFields,
  },
  closed,
);
export type UpdateItemBody = Static<typeof UpdateItemBody>;
export const ItemEditActionBody = Type.Object({ action: literalUnion(ITEM_EDIT_ACTIONS), version: Version }, closed);
export const ItemReviewActionBody = Type.Object(
  { action: literalUnion(ITEM_REVIEW_ACTIONS), version: Version, comment: Type.Optional(Type.String({ maxLength: 1000 })) },
  closed,
);
/** 认领: a lower division takes over a published item with its own department and local elements. */
export const ClaimItemBody = Type.Object(
  {
    departmentId: Uuid,
    places: itemElementFields.places,
    contacts: itemElementFields.contacts,
    fees: itemElementFields.fees,
  },
  closed,
);
export type ClaimItemBody = Static<typeof ClaimItemBody>;
/** 拆分: a 业务办理项 for one situation, inheriting every element it does not override. */
export const SplitItemBody = Type.Object(
  { situation: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }), overrides: Type.Optional(ItemElements) },
  closed,
);
export type SplitItemBody = Static<typeof SplitItemBody>;

const pageFields = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};
const searchFields = {
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  departmentId: Type.Optional(Uuid),
  type: Type.Optional(literalUnion(ITEM_TYPES)),
  target: Type.Optional(literalUnion(ITEM_TARGETS)),
  ...pageFields,
};
export const ItemListQuery = Type.Object(
  { ...searchFields, state: Type.Optional(literalUnion(ITEM_STATES)), kind: Type.Optional(literalUnion(ITEM_KINDS)) },
  closed,
);
export type ItemListQuery = Static<typeof ItemListQuery>;
export const PublicItemQuery = Type.Object({ ...searchFields, divisionCode: Type.Optional(DivisionCode) }, closed);
export type PublicItemQuery = Static<typeof PublicItemQuery>;

const identityFields = {
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  type: literalUnion(ITEM_TYPES),
  kind: literalUnion(ITEM_KINDS),
  departmentId: Uuid,
  departmentName: Type.String(),
  divisionCode: Type.String(),
  level: literalUnion(ITEM_LEVELS),
  targets: Type.Array(literalUnion(ITEM_TARGETS)),
  parentId: Nullable(Uuid),
};
export const ItemSummary = Type.Object({
  ...identityFields,
  state: literalUnion(ITEM_STATES),
  sourceItemId: Nullable(Uuid),
  liveVersionId: Nullable(Uuid),
  liveVersionNo: Nullable(Type.Integer()),
  latestVersionNo: Type.Integer(),
  lastReviewedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type ItemSummary = Static<typeof ItemSummary>;
export const ItemList = Paged(ItemSummary);

const Related = Type.Object({ id: Uuid, code: Type.String(), name: Type.String(), state: literalUnion(ITEM_STATES) });
export const ItemDetail = Type.Object({
  ...ItemSummary.properties,
  /** the working copy: the draft while one is open, else the live version; variants resolved against their parent */
  content: ItemElements,
  /** a variant's own overrides (null for other kinds) */
  overrides: Nullable(ItemElements),
  draftOpen: Type.Boolean(),
  reviewNote: Nullable(Type.String()),
  /** what publishing the working copy would refuse (errors) or flag (warnings) */
  problems: Type.Array(ElementProblem),
  availableActions: Type.Array(literalUnion(ITEM_ACTIONS)),
  variants: Type.Array(Related),
  parent: Nullable(Related),
  source: Nullable(Related),
});
export type ItemDetail = Static<typeof ItemDetail>;

export const ItemVersionSummary = Type.Object({
  id: Uuid,
  itemId: Uuid,
  versionNo: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  publishedAt: Type.String(),
  publishedBy: Nullable(Type.String()),
  live: Type.Boolean(),
});
export type ItemVersionSummary = Static<typeof ItemVersionSummary>;

/** 办事指南: one immutable published version as citizens read it. */
export const Guide = Type.Object({
  ...identityFields,
  versionId: Uuid,
  versionNo: Type.Integer(),
  publishedAt: Type.String(),
  /** false for an older version or an item no longer offered: the page says so */
  current: Type.Boolean(),
  content: ItemElements,
  /** names of the e-licence types the guide refers to, by code */
  eLicenceNames: Type.Record(Type.String(), Type.String()),
  variants: Type.Array(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
  parent: Nullable(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
});
export type Guide = Static<typeof Guide>;

export const PublicItemSummary = Type.Object({
  ...identityFields,
  versionId: Uuid,
  onlineDepth: Nullable(Type.Integer()),
  visits: Nullable(Type.Integer()),
  limitKind: Nullable(literalUnion(LIMIT_KINDS)),
  promisedDays: Nullable(Type.Integer()),
  tongban: Nullable(literalUnion(TONGBAN_SCOPES)),
});
export type PublicItemSummary = Static<typeof PublicItemSummary>;
export const PublicItemList = Paged(PublicItemSummary);
export const PublicDepartment = Type.Object({ id: Uuid, name: Type.String(), divisionCode: Type.String(), items: Type.Integer() });
export type PublicDepartment = Static<typeof PublicDepartment>;

export const ELicenceType = Type.Object({ code: Type.String(), name: Type.String(), issuer: Type.String(), active: Type.Boolean() });
export type ELicenceType = Static<typeof ELicenceType>;

export const QualityFinding = Type.Object({
  ...ElementProblem.properties,
  itemId: Uuid,
  itemCode: Type.String(),
  itemName: Type.String(),
  /** the live version checked, or the open draft */
  scope: literalUnion(['live', 'draft'] as const),
  versionNo: Nullable(Type.Integer()),
});
export type QualityFinding = Static<typeof QualityFinding>;
export const QualityReport = Type.Object({
  departmentId: Uuid,
  departmentName: Type.String(),
  divisionCode: Type.String(),
  generatedAt: Type.String(),
  trigger: Type.String(),
  items: Type.Integer(),
  errors: Type.Integer(),
  warnings: Type.Integer(),
  findings: Type.Array(QualityFinding),
});
export type QualityReport = Static<typeof QualityReport>;
export const QualityQuery = Type.Object({ departmentId: Type.Optional(Uuid) }, closed);
export const QualityRunBody = Type.Object({ departmentId: Type.Optional(Uuid) }, closed);
