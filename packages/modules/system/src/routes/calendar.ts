import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CalendarDay, CalendarYear, IsoDate, Ok, SetDayBody, SetYearBody, WorkdayQuery, WorkdayResult } from '@yiwang/contracts';
import { actorOf, AppError, isIsoDate, listDays, listYears, metaOf, mutate, needs, setDay, setYear } from '@yiwang/platform';
import type { SystemDeps } from '../deps.js';

const closed = { additionalProperties: false } as const;
const tags = ['system: calendar'];

/** one calendar serves the whole city: only admins whose scope is the whole city may change it */
function cityWide(req: FastifyRequest) {
  if (actorOf(req).dataScope !== 'all') throw new AppError('FORBIDDEN', { reason: 'scope' });
}

export function calendarRoutes(app: FastifyInstance, deps: SystemDeps) {
  app.get(
    '/calendar/years',
    {
      schema: { tags, summary: '已载入节假日安排的年度', response: { 200: Type.Array(CalendarYear) } },
      config: { policy: needs('system.calendar.read') },
    },
    async () => listYears(deps.db),
  );
  app.get(
    '/calendar/days',
    {
      schema: {
        tags,
        summary: '某年的节假日与调休上班日',
        querystring: Type.Object({ year: Type.Integer({ minimum: 1990, maximum: 2200 }) }, closed),
        response: { 200: Type.Array(CalendarDay) },
      },
      config: { policy: needs('system.calendar.read') },
    },
    async (req) => listDays(deps.db, (req.query as { year: number }).year),
  );
  app.put(
    '/calendar/days/:date',
    {
      schema: {
        tags,
        summary: '设置某日为节假日/调休上班日/恢复常规',
        params: Type.Object({ date: IsoDate }, closed),
        body: SetDayBody,
        response: { 200: Ok },
      },
      config: { policy: needs('system.calendar.write') },
    },
    async (req) => {
      cityWide(req);
      const { date } = req.params as { date: string };
      if (!isIsoDate(date)) throw new AppError('VALIDATION_FAILED', { field: 'date' });
      const body = req.body as { kind: 'holiday' | 'workday' | 'normal'; name?: string };
      await mutate(deps.db, metaOf(req), async (tx) => {
        const before = await setDay(tx, date, body.kind, body.name ?? '');
        return {
          result: undefined,
          audit: { action: 'system.calendar.set_day', resourceType: 'calendar_day', resourceId: date, details: { before, after: body } },
          events: [{ topic: 'system.calendar.changed', key: date, payload: { date, kind: body.kind } }],
        };
      });
      await deps.calendar.reload();
      return { ok: true };
    },
  );
  app.put(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '标记年度节假日安排已发布（可用于计算期限）',
        params: Type.Object({ year: Type.Integer({ minimum: 1990, maximum: 2200 }) }, closed),
        body: SetYearBody,
        response: { 200: Ok },
      },
      config: { policy: needs('system.calendar.write') },
    },
    async (req) => {
      cityWide(req);
      const { year } = req.params as { year: number };
      const { complete } = req.body as { complete: boolean };
      await mutate(deps.db, metaOf(req), async (tx) => {
        await setYear(tx, year, complete);
        return {
          result: undefined,
          audit: { action: 'system.calendar.set_year', resourceType: 'calendar_year', resourceId: String(year), details: { complete } },
          events: [{ topic: 'system.calendar.changed', key: String(year), payload: { year, complete } }],
        };
      });
      await deps.calendar.reload();
      return { ok: true };
    },
  );
  app.get(
    '/calendar/add',
    {
      schema: { tags, summary: '工作日期限计算器', querystring: WorkdayQuery, response: { 200: WorkdayResult } },
      config: { policy: needs('system.calendar.read') },
    },
    async (req) => {
      const { start, days } = req.query as { start: string; days: number };
      if (!isIsoDate(start)) throw new AppError('VALIDATION_FAILED', { field: 'start' });
      return { start, days, due: deps.calendar.current().addWorkingDays(start, days) };
    },
  );
}
