import { Type, type Static } from 'typebox';
import { DivisionCode, literalUnion, Uuid, Version } from './common.js';
import { HOTLINE_CHANNELS, HOTLINE_ORDER_TYPES, HOTLINE_STATES, HOTLINE_URGENCIES } from './hotline.js';

// API shapes of the hotline's intake area (issue 4): intake sources with API keys, the sensor/partner
// event API with evidence images, the event map and command-view counters, and Open311 query strings.

const closed = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const CategoryCode = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });

/** Who feeds events in: an Open311 client app, grid officers' app, video AI, drones, IoT sensors, a partner system. */
export const INTAKE_SOURCE_KINDS = ['open311_client', 'grid', 'video_ai', 'drone', 'iot', 'partner'] as const;
export type IntakeSourceKind = (typeof INTAKE_SOURCE_KINDS)[number];

export const IntakeSourceView = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: literalUnion(INTAKE_SOURCE_KINDS),
  defaultDivisionCode: Nullable(Type.String()),
  active: Type.Boolean(),
  /** the visible start of the key, so an admin can tell which key a partner holds; the secret is never stored */
  keyPrefix: Type.String(),
  keyRevoked: Type.Boolean(),
  keyIssuedAt: Type.String(),
  createdAt: Type.String(),
  version: Type.Integer(),
});
export type IntakeSourceView = Static<typeof IntakeSourceView>;

/** Answer of create and rotate: the key is shown this once (null when a create is replayed by its Idempotency-Key). */
export const IntakeSourceWithKey = Type.Object({ source: IntakeSourceView, apiKey: Nullable(Type.String()) });
export type IntakeSourceWithKey = Static<typeof IntakeSourceWithKey>;

const SourceName = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' });

export const CreateIntakeSourceBody = Type.Object(
  { name: SourceName, kind: literalUnion(INTAKE_SOURCE_KINDS), defaultDivisionCode: Type.Optional(DivisionCode) },
  closed,
);
export type CreateIntakeSourceBody = Static<typeof CreateIntakeSourceBody>;

export const UpdateIntakeSourceBody = Type.Object(
  {
    name: Type.Optional(SourceName),
    defaultDivisionCode: Type.Optional(Nullable(DivisionCode)),
    active: Type.Optional(Type.Boolean()),
    version: Version,
  },
  closed,
);
export type UpdateIntakeSourceBody = Static<typeof UpdateIntakeSourceBody>;

export const SourceVersionBody = Type.Object({ version: Version }, closed);

/** An evidence image, inline (jpeg/png/webp by magic bytes, ≤ 2 MB) or as a reference that is stored, never fetched. */
export const EvidenceItem = Type.Union([
  Type.Object({ url: Type.String({ minLength: 8, maxLength: 2000, pattern: '^https?://' }) }, closed),
  Type.Object(
    {
      contentType: literalUnion(['image/jpeg', 'image/png', 'image/webp'] as const),
      // base64 of about 2.2 MB at most here; the exact 2 MB limit is checked after decoding (413 EVIDENCE_TOO_LARGE)
      dataBase64: Type.String({ minLength: 4, maxLength: 3_000_000 }),
    },
    closed,
  ),
]);
export type EvidenceItem = Static<typeof EvidenceItem>;

export const IntakeEventBody = Type.Object(
  {
    /** the sender's own id of the event: a retry with the same one returns the same order */
    externalId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[\\x21-\\x7e]+$' }),
    eventType: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }),
    title: Type.Optional(Type.String({ maxLength: 100 })),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
    categoryCode: Type.Optional(CategoryCode),
    divisionCode: Type.Optional(DivisionCode),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    occurredAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
    /** defaults to 举报 (report): a problem found in public space */
    orderType: Type.Optional(literalUnion(HOTLINE_ORDER_TYPES)),
    urgency: Type.Optional(literalUnion(HOTLINE_URGENCIES)),
    evidence: Type.Optional(Type.Array(EvidenceItem, { maxItems: 5 })),
  },
  closed,
);
export type IntakeEventBody = Static<typeof IntakeEventBody>;

export const IntakeEventResult = Type.Object({
  orderId: Uuid,
  orderNo: Type.String(),
  state: Type.String(),
  categoryCode: Nullable(Type.String()),
  triage: Type.Boolean(),
  attachments: Type.Integer(),
  /** true when this externalId was already taken in: nothing new was written */
  retried: Type.Boolean(),
});
export type IntakeEventResult = Static<typeof IntakeEventResult>;

export const EVENT_STATUS_FILTERS = ['open', 'overdue', 'closed', 'all'] as const;

export const EventMapQuery = Type.Object(
  {
    status: Type.Optional(literalUnion(EVENT_STATUS_FILTERS)),
    state: Type.Optional(literalUnion(HOTLINE_STATES)),
    categoryCode: Type.Optional(CategoryCode),
    channel: Type.Optional(literalUnion(HOTLINE_CHANNELS)),
    sourceId: Type.Optional(Uuid),
  },
  closed,
);
export type EventMapQuery = Static<typeof EventMapQuery>;

export const EventMapPoint = Type.Object({
  id: Uuid,
  orderNo: Type.String(),
  title: Nullable(Type.String()),
  lat: Type.Number(),
  lng: Type.Number(),
  state: Type.String(),
  overdue: Type.Boolean(),
  categoryCode: Nullable(Type.String()),
  channel: Type.String(),
  sourceId: Nullable(Type.String()),
  sourceName: Nullable(Type.String()),
  divisionCode: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  address: Nullable(Type.String()),
  createdAt: Type.String(),
  dueAt: Nullable(Type.String()),
});
export type EventMapPoint = Static<typeof EventMapPoint>;

export const EventMap = Type.Object({
  points: Type.Array(EventMapPoint),
  /** how many orders with coordinates match; at most 5,000 of them (the newest) are returned */
  total: Type.Integer(),
  truncated: Type.Boolean(),
});
export type EventMap = Static<typeof EventMap>;

const Count = Type.Integer({ minimum: 0 });
export const EventCounters = Type.Object({
  open: Count,
  overdue: Count,
  today: Count,
  todayByChannel: Type.Array(Type.Object({ channel: Type.String(), count: Count })),
  bySource: Type.Array(
    Type.Object({ sourceId: Uuid, name: Type.String(), kind: Type.String(), open: Count, today: Count, active: Type.Boolean() }),
  ),
  generatedAt: Type.String(),
});
export type EventCounters = Static<typeof EventCounters>;

// Open311 GeoReport v2 query strings (the wire format is the spec's; only the field checks live here)
const Jurisdiction = Type.Optional(Type.String({ maxLength: 100 }));
export const Open311Query = Type.Object({ jurisdiction_id: Jurisdiction }, closed);
export const Open311RequestsQuery = Type.Object(
  {
    jurisdiction_id: Jurisdiction,
    service_request_id: Type.Optional(Type.String({ maxLength: 2000 })),
    service_code: Type.Optional(Type.String({ maxLength: 2000 })),
    start_date: Type.Optional(Type.String({ maxLength: 40 })),
    end_date: Type.Optional(Type.String({ maxLength: 40 })),
    status: Type.Optional(Type.String({ maxLength: 20 })),
    // documented extensions: paging, bounding box, extended attributes
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    bbox: Type.Optional(Type.String({ maxLength: 100 })),
    extensions: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type Open311RequestsQuery = Static<typeof Open311RequestsQuery>;
export const Open311OneQuery = Type.Object({ jurisdiction_id: Jurisdiction, extensions: Type.Optional(Type.Boolean()) }, closed);
