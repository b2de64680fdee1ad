import { Type, type Static } from 'typebox';
import { literalUnion, Uuid } from './common.js';

/**
 * The standard elements of a 政务服务事项 (issue 3, S1), as the catalog stores and the guide shows them.
 * Drafts may leave elements out; the services domain decides what a publishable item must have.
 */

/** 事项类型 with the usual two-letter codes (依申请 administrative powers and 公共服务). */
export const ITEM_TYPES = ['XK', 'JF', 'QR', 'ZS', 'JL', 'CJ', 'QT', 'GG'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
/** 服务对象: 自然人 / 法人 (incl. other organisations) */
export const ITEM_TARGETS = ['natural_person', 'legal_person'] as const;
/** 材料来源渠道: 申请人自备 / 政府部门核发 / 中介机构出具 / 其他 */
export const MATERIAL_SOURCES = ['applicant', 'government', 'intermediary', 'other'] as const;
/** 原件 / 复印件 / 原件和复印件 */
export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const;
/** 纸质 / 电子 / 纸质或电子 */
export const MATERIAL_MEDIA = ['paper', 'electronic', 'paper_or_electronic'] as const;
/** 必要 / 容缺 (may be handed in later, S3) / 非必要 */
export const MATERIAL_NECESSITY = ['required', 'tolerated', 'optional'] as const;
/** 即办件 (decided on the spot) / 承诺件 (decided within the promised working days) */
export const LIMIT_KINDS = ['immediate', 'promised'] as const;
/** 特别程序: time that 行政许可法 Art. 45 excludes from the limit */
export const SPECIAL_PROCEDURES = [
  'hearing',
  'tender',
  'auction',
  'inspection',
  'testing',
  'quarantine',
  'appraisal',
  'expert_review',
  'publicity',
  'site_survey',
  'other',
] as const;
/** 通办范围: 不通办 / 全市通办 / 全省通办 / 跨省通办 */
export const TONGBAN_SCOPES = ['none', 'city', 'province', 'cross_province'] as const;
/** 办件结果类型: 证照 / 批文 / 备案 / 其他 */
export const RESULT_TYPES = ['certificate', 'approval', 'filing', 'other'] as const;
/** 结果送达方式 */
export const RESULT_DELIVERIES = ['window', 'mail', 'electronic'] as const;
/** 实施层级, derived from the implementing department's division */
export const ITEM_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
/** 网上办理深度 一级 (guide online) … 四级 (全程网办) */
export const ONLINE_DEPTHS = [1, 2, 3, 4] as const;
/** 到办事现场次数 */
export const VISIT_COUNTS = [0, 1, 2] as const;
/** simple field formats an application form may ask for; applications check them with the platform validators */
export const FORM_FORMATS = ['date', 'email', 'phone', 'id-number', 'uscc', 'division-code'] as const;

const closed = { additionalProperties: false } as const;
/** an integer enum whose static type keeps the literal values */
const intUnion = <const T extends readonly number[]>(values: T) => Type.Unsafe<T[number]>({ type: 'integer', enum: [...values] });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Days = Type.Integer({ minimum: 0, maximum: 365 });
/** e-licence type code (S6 owns the register; the catalog only references it) */
export const ELicenceTypeCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$' });

export const LegalBasis = Type.Object({ law: Text(200), article: Type.Optional(Text(100)), excerpt: Type.Optional(Text(2000)) }, closed);
export const Material = Type.Object(
  {
    /** stable within the item: applications (S2) refer to materials by key */
    key: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' }),
    name: Text(200),
    source: Type.Optional(literalUnion(MATERIAL_SOURCES)),
    sourceNote: Type.Optional(Text(200)),
    form: literalUnion(MATERIAL_FORMS),
    originals: Type.Integer({ minimum: 0, maximum: 10 }),
    copies: Type.Integer({ minimum: 0, maximum: 20 }),
    medium: literalUnion(MATERIAL_MEDIA),
    necessity: literalUnion(MATERIAL_NECESSITY),
    /** file references of the blank form and the filled-in sample (S2/P9 stores the files) */
    blankForm: Type.Optional(Text(300)),
    sample: Type.Optional(Text(300)),
    /** an e-licence of this type replaces the material (免提交) */
    eLicenceType: Type.Optional(ELicenceTypeCode),
    /** when only some applicants need it, e.g. 委托他人办理的 */
    condition: Type.Optional(Text(300)),
    note: Type.Optional(Text(500)),
  },
  closed,
);
export type Material = Static<typeof Material>;
export const ProcessStep = Type.Object(
  { name: Text(50), role: Type.Optional(Text(50)), days: Type.Optional(Days), note: Type.Optional(Text(500)) },
  closed,
);
export const TimeLimits = Type.Object(
  {
    /** 法定办结时限, working days */
    statutoryDays: Type.Optional(Days),
    /** 承诺办结时限, working days; 0 for 即办件 */
    promisedDays: Type.Optional(Days),
    kind: Type.Optional(literalUnion(LIMIT_KINDS)),
    note: Type.Optional(Text(500)),
  },
  closed,
);
export const SpecialProcedure = Type.Object(
  {
    kind: literalUnion(SPECIAL_PROCEDURES),
    name: Type.Optional(Text(100)),
    limit: Type.Optional(Text(100)),
    note: Type.Optional(Text(500)),
  },
  closed,
);
export const Fees = Type.Object(
  {
    charged: Type.Boolean(),
    items: Type.Optional(
      Type.Array(Type.Object({ name: Text(100), standard: Text(200), basis: Type.Optional(Text(300)) }, closed), { maxItems: 20 }),
    ),
  },
  closed,
);
export const Place = Type.Object({ name: Text(100), address: Text(200), hours: Text(200), phone: Type.Optional(Text(40)) }, closed);
export const ItemResult = Type.Object(
  {
    name: Text(100),
    type: literalUnion(RESULT_TYPES),
    eLicenceType: Type.Optional(ELicenceTypeCode),
    delivery: Type.Optional(Type.Array(literalUnion(RESULT_DELIVERIES), { uniqueItems: true, maxItems: 3 })),
  },
  closed,
);
export const Contacts = Type.Object({ consultation: Type.Optional(Text(200)), complaint: Type.Optional(Text(200)) }, closed);

/** Property names of an application form: safe as object keys, form field names and JSON pointers. */
export const FORM_FIELD_NAME = '^[a-zA-Z][a-zA-Z0-9_]{0,39}$';
const FieldName = Type.String({ pattern: FORM_FIELD_NAME });
const simpleField = {
  type: literalUnion(['string', 'integer', 'number', 'boolean'] as const),
  title: Text(50),
  description: Type.Optional(Text(200)),
  enum: Type.Optional(Type.Array(Type.Union([Type.String({ maxLength: 100 }), Type.Number()]), { minItems: 1, maxItems: 50 })),
  minLength: Type.Optional(Type.Integer({ minimum: 0, maximum: 5000 })),
  maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  minimum: Type.Optional(Type.Number()),
  maximum: Type.Optional(Type.Number()),
  pattern: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  format: Type.Optional(literalUnion(FORM_FORMATS)),
};
export const FormSimpleField = Type.Object(simpleField, closed);
export const FormArrayField = Type.Object(
  {
    type: Type.Literal('array'),
    title: Text(50),
    description: Type.Optional(Text(200)),
    minItems: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
    maxItems: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    items: Type.Object(
      {
        type: Type.Literal('object'),
        properties: Type.Record(FieldName, FormSimpleField, { additionalProperties: false, minProperties: 1, maxProperties: 20 }),
        required: Type.Optional(Type.Array(FieldName, { uniqueItems: true, maxItems: 20 })),
      },
      closed,
    ),
  },
  closed,
);
/**
 * The application form as a JSON Schema — a deliberately small subset (a flat object of simple fields,
 * plus lists of simple records) that the web app can render and applications can validate.
 */
export const FormSchema = Type.Object(
  {
    type: Type.Literal('object'),
    title: Type.Optional(Text(100)),
    properties: Type.Record(FieldName, Type.Union([FormSimpleField, FormArrayField]), {
      additionalProperties: false,
      maxProperties: 60,
    }),
    required: Type.Optional(Type.Array(FieldName, { uniqueItems: true, maxItems: 60 })),
  },
  closed,
);
export type FormSchema = Static<typeof FormSchema>;

/** Every element group; each is optional in a draft and replaced as a whole by an update. */
export const itemElementFields = {
  legalBasis: Type.Optional(Type.Array(LegalBasis, { maxItems: 20 })),
  conditions: Type.Optional(Type.Array(Text(1000), { maxItems: 30 })),
  targets: Type.Optional(Type.Array(literalUnion(ITEM_TARGETS), { uniqueItems: true, maxItems: 2 })),
  materials: Type.Optional(Type.Array(Material, { maxItems: 60 })),
  process: Type.Optional(Type.Array(ProcessStep, { maxItems: 20 })),
  timeLimits: Type.Optional(TimeLimits),
  specialProcedures: Type.Optional(Type.Array(SpecialProcedure, { maxItems: 10 })),
  fees: Type.Optional(Fees),
  places: Type.Optional(Type.Array(Place, { maxItems: 20 })),
  onlineDepth: Type.Optional(intUnion(ONLINE_DEPTHS)),
  visits: Type.Optional(intUnion(VISIT_COUNTS)),
  tongban: Type.Optional(literalUnion(TONGBAN_SCOPES)),
  result: Type.Optional(ItemResult),
  contacts: Type.Optional(Contacts),
  form: Type.Optional(FormSchema),
};
export const ItemElements = Type.Object(itemElementFields, closed);
export type ItemElements = Static<typeof ItemElements>;
export const ELEMENT_GROUPS = Object.keys(itemElementFields) as Array<keyof ItemElements>;

/** The full working content of an item: its identity fields plus the element groups. */
export const ItemContent = Type.Object(
  { name: Text(100), type: literalUnion(ITEM_TYPES), departmentId: Uuid, ...itemElementFields },
  closed,
);
export type ItemContent = Static<typeof ItemContent>;
