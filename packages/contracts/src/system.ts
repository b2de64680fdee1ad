import { Type, type Static } from 'typebox';
import { IsoDate, Paged } from './common.js';

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  complete: Type.Boolean(),
  source: Type.String(),
  holidays: Type.Integer(),
  workdays: Type.Integer(),
});
export type CalendarYear = Static<typeof CalendarYear>;

export const DAY_KINDS = ['holiday', 'workday'] as const;
export const CalendarDay = Type.Object({
  date: IsoDate,
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
  name: Type.String(),
});
export type CalendarDay = Static<typeof CalendarDay>;

/** kind "normal" removes the override so the day follows the weekday rule again */
export const SetDayBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday'), Type.Literal('normal')]),
    name: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export const SetYearBody = Type.Object({ complete: Type.Boolean() }, { additionalProperties: false });

export const WorkdayQuery = Type.Object(
  { start: IsoDate, days: Type.Integer({ minimum: 0, maximum: 3650 }) },
  { additionalProperties: false },
);
export const WorkdayResult = Type.Object({ start: IsoDate, days: Type.Integer(), due: IsoDate });

export const AuditRecord = Type.Object({
  id: Type.Integer(),
  seq: Type.Union([Type.Integer(), Type.Null()]),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Union([Type.String(), Type.Null()]),
  divisionCode: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Unknown(),
  sealed: Type.Boolean(),
});
export type AuditRecord = Static<typeof AuditRecord>;
export const AuditList = Paged(AuditRecord);
export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ maxLength: 80 })),
    actorId: Type.Optional(Type.String({ maxLength: 80 })),
    resourceType: Type.Optional(Type.String({ maxLength: 80 })),
    resourceId: Type.Optional(Type.String({ maxLength: 80 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const VerifyResult = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  sealedThrough: Type.Union([Type.Integer(), Type.Null()]),
  unsealed: Type.Integer(),
  firstBad: Type.Union([
    Type.Object({ id: Type.Union([Type.Integer(), Type.Null()]), seq: Type.Union([Type.Integer(), Type.Null()]), reason: Type.String() }),
    Type.Null(),
  ]),
});
export type VerifyResult = Static<typeof VerifyResult>;
