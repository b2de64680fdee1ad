import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { migrate } from '../db/migrate.js';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import { listDays, listYears, loadCalendar, seedCalendar, setDay, setYear } from './repo.js';
import { holidaySeedRows } from './seed.js';
import { CalendarYearMissingError } from './work-calendar.js';

describe.each(testEngines())('calendar repository on %s', (engine) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase(engine);
    await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
  });
  afterAll(() => d?.drop());

  const admin = <T>(fn: (tx: Parameters<typeof setDay>[0]) => Promise<T>) => d.db.transaction().execute(fn);

  it('seeds every official year once, even from two processes starting together', async () => {
    const seed = holidaySeedRows();
    const counts = await Promise.all([seedCalendar(d.db), seedCalendar(d.db)]);
    expect(Math.max(...counts)).toBe(seed.days.length);
    expect(await seedCalendar(d.db)).toBe(0);

    const years = await listYears(d.db);
    expect(years.map((y) => y.year)).toEqual(seed.years);
    expect(seed.years[0]).toBe(2004);
    expect(years.every((y) => y.complete && y.source === 'chinese-days')).toBe(true);
    const cal = await loadCalendar(d.db);
    // the official 2025 schedule, 调休 weekends included
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    expect(['2025-10-01', '2025-10-05', '2025-10-08'].map((x) => cal.isWorkingDay(x))).toEqual([false, false, false]);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
  });

  it('setDay and setYear change what loadCalendar returns, and re-seeding keeps the edits', async () => {
    // an ad-hoc day off, a cancelled make-up day and a renamed holiday
    expect(await admin((tx) => setDay(tx, '2025-03-03', 'holiday', '临时休假'))).toBeNull();
    expect(await admin((tx) => setDay(tx, '2025-01-26', 'normal', ''))).toEqual({ kind: 'workday', name: '春节调休' });
    await admin((tx) => setDay(tx, '2025-10-08', 'holiday', '国庆节（调整）'));
    await admin((tx) => setYear(tx, 2025, false));

    expect(await seedCalendar(d.db)).toBe(0);
    const days = await listDays(d.db, 2025);
    expect(days.find((x) => x.date === '2025-03-03')).toEqual({ date: '2025-03-03', kind: 'holiday', name: '临时休假' });
    expect(days.find((x) => x.date === '2025-01-26')).toBeUndefined();
    expect(days.find((x) => x.date === '2025-10-08')?.name).toBe('国庆节（调整）');
    expect((await listYears(d.db)).find((y) => y.year === 2025)).toMatchObject({ complete: false });

    // an incomplete year is not trusted for deadlines
    let cal = await loadCalendar(d.db);
    expect(cal.loadedYears()).not.toContain(2025);
    expect(() => cal.addWorkingDays('2025-02-28', 1)).toThrow(CalendarYearMissingError);

    await admin((tx) => setYear(tx, 2025, true));
    cal = await loadCalendar(d.db);
    expect(cal.isWorkingDay('2025-03-03')).toBe(false);
    expect(cal.isWorkingDay('2025-01-26')).toBe(false); // an ordinary Sunday again
    expect(cal.addWorkingDays('2025-02-28', 1)).toBe('2025-03-04');
    expect(cal.dayInfo('2025-10-08')).toMatchObject({ working: false, name: '国庆节（调整）' });
  });

  it('a deadline into a year not marked complete throws CALENDAR_YEAR_MISSING until an admin completes it', async () => {
    let cal = await loadCalendar(d.db);
    const crossing = () => cal.addWorkingDays('2026-12-24', 10);
    const err = (() => {
      try {
        crossing();
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', details: { year: 2027 } });
    expect(() => cal.workingDaysBetween('2026-12-01', '2027-01-15')).toThrow(CalendarYearMissingError);

    // next year's notice typed in but not yet confirmed: still refused
    await admin(async (tx) => {
      await setYear(tx, 2027, false);
      await setDay(tx, '2027-01-01', 'holiday', '元旦');
    });
    cal = await loadCalendar(d.db);
    expect(crossing).toThrow(CalendarYearMissingError);

    await admin((tx) => setYear(tx, 2027, true));
    cal = await loadCalendar(d.db);
    // from Thu 12-24: 25 and 28–31 count, 2027-01-01 is off, then 01-04 … 01-08
    expect(crossing()).toBe('2027-01-08');
    expect((await listYears(d.db)).find((y) => y.year === 2027)).toMatchObject({ complete: true, source: 'admin', holidays: 1 });
  });
});
