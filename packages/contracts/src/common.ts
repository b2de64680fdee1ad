import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';

/** A string enum whose static type keeps the literal values. */
export const literalUnion = <const T extends readonly string[]>(values: T): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

export const Page = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  { additionalProperties: false },
);

export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });

export interface PagedResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const Uuid = Type.String({ format: 'uuid' });
/** optimistic-lock version sent back on every update */
export const Version = Type.Integer({ minimum: 1 });
export const Ok = Type.Object({ ok: Type.Boolean() });
export type Ok = Static<typeof Ok>;

/** 12-digit statistical division code (GB/T 2260 + town/village digits) */
export const DivisionCode = Type.String({ pattern: '^[0-9]{12}$' });
/** calendar date in Asia/Shanghai */
export const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

export const ErrorSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(Type.Unknown()),
  requestId: Type.String(),
});
