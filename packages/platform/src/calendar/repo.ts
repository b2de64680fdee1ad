import { sql, type Kysely, type Transaction } from 'kysely';
import type { CalendarDay, CalendarYear } from '@yiwang/contracts';
import { WorkCalendar } from './work-calendar.js';
import { holidaySeedRows } from './seed.js';

/** Loads the whole table (a few hundred rows for 20+ years) into the pure calendar. */
export async function loadCalendar(db: Kysely<any>): Promise<WorkCalendar> {
  const [days, years] = await Promise.all([
    db.selectFrom('platform.calendar_day').select(['day', 'kind', 'name']).execute(),
    db.selectFrom('platform.calendar_year').select('year').where('complete', '=', true).execute(),
  ]);
  return new WorkCalendar({
    days: days.map((d) => ({ date: d.day as string, kind: d.kind as 'holiday' | 'workday', name: d.name as string })),
    years: years.map((y) => y.year as number),
  });
}

/** Seeds the official schedules once; admin edits made later are never overwritten. */
export async function seedCalendar(tx: Transaction<any> | Kysely<any>): Promise<number> {
  const { days, years } = holidaySeedRows();
  const existing = await tx.selectFrom('platform.calendar_year').select('year').execute();
  const have = new Set(existing.map((r) => r.year as number));
  const missing = years.filter((y) => !have.has(y));
  if (missing.length === 0) return 0;
  const rows = days.filter((d) => missing.includes(Number(d.date.slice(0, 4))));
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insertInto('platform.calendar_day')
      .values(rows.slice(i, i + 500).map((d) => ({ day: d.date, kind: d.kind, name: d.name })))
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
  }
  // another process starting at the same moment may have seeded the same years
  await tx
    .insertInto('platform.calendar_year')
    .values(missing.map((year) => ({ year, complete: true, source: 'chinese-days' })))
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
  return rows.length;
}

export async function listYears(db: Kysely<any>): Promise<CalendarYear[]> {
  const r = await sql<any>`SELECT y.year, y.complete, y.source,
      count(d.day) FILTER (WHERE d.kind = 'holiday')::int AS holidays,
      count(d.day) FILTER (WHERE d.kind = 'workday')::int AS workdays
    FROM platform.calendar_year y
    LEFT JOIN platform.calendar_day d ON d.day >= make_date(y.year, 1, 1) AND d.day < make_date(y.year + 1, 1, 1)
    GROUP BY y.year ORDER BY y.year`.execute(db);
  return r.rows.map((y) => ({ year: y.year, complete: y.complete, source: y.source, holidays: y.holidays, workdays: y.workdays }));
}

export async function listDays(db: Kysely<any>, year: number): Promise<CalendarDay[]> {
  const rows = await db
    .selectFrom('platform.calendar_day')
    .select(['day', 'kind', 'name'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
  return rows.map((d) => ({ date: d.day, kind: d.kind, name: d.name }));
}

export async function setDay(tx: Transaction<any>, date: string, kind: 'holiday' | 'workday' | 'normal', name: string) {
  const before = await tx.selectFrom('platform.calendar_day').selectAll().where('day', '=', date).executeTakeFirst();
  if (kind === 'normal') await tx.deleteFrom('platform.calendar_day').where('day', '=', date).execute();
  else
    await tx
      .insertInto('platform.calendar_day')
      .values({ day: date, kind, name })
      .onConflict((oc) => oc.column('day').doUpdateSet({ kind, name, updated_at: sql`now()` }))
      .execute();
  return before ? { kind: before.kind as string, name: before.name as string } : null;
}

export async function setYear(tx: Transaction<any>, year: number, complete: boolean, source = 'admin') {
  await tx
    .insertInto('platform.calendar_year')
    .values({ year, complete, source })
    .onConflict((oc) => oc.column('year').doUpdateSet({ complete, updated_at: sql`now()` }))
    .execute();
}
