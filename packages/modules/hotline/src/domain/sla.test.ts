import { shanghaiDateOf, WorkCalendar } from '@yiwang/platform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER_TYPES, URGENCIES } from './order-types.js';
import {
  computeDueAt,
  computeWarnAt,
  DEFAULT_SLA_POLICY,
  extendSla,
  overdueWorkingDays,
  resumeSla,
  slaStatus,
  startSla,
  workingMsBetween,
} from './sla.js';
import { calendar as cal, sh } from './test-orders.js';

const HOUR = 3_600_000;

describe('computeDueAt by type (working days, 18:00 of the N-th working day after registration)', () => {
  it('uses the Guangdong defaults on ordinary weeks', () => {
    const mon = sh('2025-03-03T10:00:00');
    expect(computeDueAt('consultation', 'normal', mon, cal)).toEqual(sh('2025-03-05T18:00:00'));
    expect(computeDueAt('help', 'normal', mon, cal)).toEqual(sh('2025-03-17T18:00:00'));
    expect(computeDueAt('suggestion', 'normal', mon, cal)).toEqual(sh('2025-03-17T18:00:00'));
    expect(computeDueAt('complaint', 'normal', mon, cal)).toEqual(sh('2025-03-24T18:00:00'));
    expect(computeDueAt('report', 'normal', mon, cal)).toEqual(sh('2025-03-24T18:00:00'));
    expect(computeDueAt('praise', 'normal', mon, cal)).toBeNull();
  });

  it('never counts the registration day, whatever the hour', () => {
    expect(computeDueAt('consultation', 'normal', sh('2025-03-03T00:05:00'), cal)).toEqual(sh('2025-03-05T18:00:00'));
    expect(computeDueAt('consultation', 'normal', sh('2025-03-03T23:55:00'), cal)).toEqual(sh('2025-03-05T18:00:00'));
  });

  it('crosses 春节 2025 (01-28..02-04 off; Sun 01-26 and Sat 02-08 worked)', () => {
    const fri = sh('2025-01-24T10:00:00');
    expect(computeDueAt('consultation', 'normal', fri, cal)).toEqual(sh('2025-01-27T18:00:00')); // 01-26 (调休), 01-27
    expect(computeDueAt('help', 'normal', fri, cal)).toEqual(sh('2025-02-13T18:00:00')); // Sat 02-08 counts
    expect(computeDueAt('complaint', 'normal', fri, cal)).toEqual(sh('2025-02-20T18:00:00'));
    // registered on 除夕, a holiday: the clock starts with the first working day after it
    expect(computeDueAt('consultation', 'normal', sh('2025-01-28T20:00:00'), cal)).toEqual(sh('2025-02-06T18:00:00'));
  });

  it('crosses 国庆 2025 (10-01..08 off; Sun 09-28 and Sat 10-11 worked)', () => {
    expect(computeDueAt('consultation', 'normal', sh('2025-09-30T15:00:00'), cal)).toEqual(sh('2025-10-10T18:00:00'));
    expect(computeDueAt('help', 'normal', sh('2025-09-30T15:00:00'), cal)).toEqual(sh('2025-10-21T18:00:00'));
    expect(computeDueAt('consultation', 'normal', sh('2025-09-27T11:00:00'), cal)).toEqual(sh('2025-09-29T18:00:00'));
  });
});

describe('urgent orders (working hours 09:00–18:00)', () => {
  it('counts only office hours across the holiday', () => {
    // 8 h on 09-30, 9 h on 10-09, 7 h on 10-10
    expect(computeDueAt('complaint', 'urgent', sh('2025-09-30T10:00:00'), cal)).toEqual(sh('2025-10-10T16:00:00'));
    expect(computeDueAt('complaint', 'critical', sh('2025-09-30T10:00:00'), cal)).toEqual(sh('2025-09-30T12:00:00'));
    expect(computeDueAt('complaint', 'critical', sh('2025-09-30T17:00:00'), cal)).toEqual(sh('2025-10-09T10:00:00'));
  });

  it('only ever shortens the type limit', () => {
    // 咨询 from Mon 17:00 is due Wed 18:00 (19 office hours), before 24 office hours (Thu 14:00)
    expect(computeDueAt('consultation', 'urgent', sh('2025-03-03T17:00:00'), cal)).toEqual(sh('2025-03-05T18:00:00'));
  });

  it('is configurable', () => {
    const policy = { ...DEFAULT_SLA_POLICY, urgentHours: { urgent: 4, critical: 1 } };
    expect(computeDueAt('help', 'urgent', sh('2025-03-03T16:00:00'), cal, policy)).toEqual(sh('2025-03-04T11:00:00'));
  });
});

describe('warning (催办) at 80 % of the office time', () => {
  it('falls inside the working time', () => {
    // 咨询 Mon 09:00 → Wed 18:00 is 27 office hours; 80 % = 21 h 36 min → Wed 12:36
    expect(startSla('consultation', 'normal', sh('2025-03-03T09:00:00'), cal)?.warnAt).toEqual(sh('2025-03-05T12:36:00'));
  });

  it('counts office time only on working days', () => {
    expect(workingMsBetween(cal, sh('2025-09-30T15:00:00'), sh('2025-10-09T11:00:00'))).toBe(5 * HOUR);
    expect(workingMsBetween(cal, sh('2025-09-27T08:00:00'), sh('2025-09-28T20:00:00'))).toBe(9 * HOUR); // Sat off, Sun 调休
    expect(workingMsBetween(cal, sh('2025-03-05T10:00:00'), sh('2025-03-04T10:00:00'))).toBe(0);
  });

  it('lies strictly between start and due, with due at 18:00 of a working day (normal urgency)', () => {
    const instant = fc.integer({ min: sh('2025-01-01T00:00:00').getTime(), max: sh('2025-12-10T00:00:00').getTime() });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ORDER_TYPES.filter((t) => t !== 'praise')), (ms, type) => {
        const start = new Date(ms);
        const sla = startSla(type, 'normal', start, cal);
        if (sla === null) throw new Error('expected a deadline');
        expect(cal.isWorkingDay(shanghaiDateOf(sla.dueAt))).toBe(true);
        expect(sla.dueAt.toISOString().slice(11, 16)).toBe('10:00'); // 18:00 Shanghai
        expect(sla.warnAt.getTime()).toBeGreaterThan(start.getTime());
        expect(sla.warnAt.getTime()).toBeLessThan(sla.dueAt.getTime());
      }),
    );
  });

  it('urgency never moves a deadline later than normal', () => {
    const instant = fc.integer({ min: sh('2025-01-01T00:00:00').getTime(), max: sh('2025-12-10T00:00:00').getTime() });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ORDER_TYPES), fc.constantFrom(...URGENCIES), (ms, type, urgency) => {
        const normal = computeDueAt(type, 'normal', new Date(ms), cal);
        const raised = computeDueAt(type, urgency, new Date(ms), cal);
        if (normal === null) expect(raised).toBeNull();
        else expect(raised!.getTime()).toBeLessThanOrEqual(normal.getTime());
      }),
    );
  });
});

describe('extensions and suspension', () => {
  const clock = startSla('consultation', 'normal', sh('2025-09-24T10:00:00'), cal)!;

  it('adds working days at the same time of day', () => {
    expect(clock.dueAt).toEqual(sh('2025-09-26T18:00:00'));
    expect(extendSla(clock, 3, sh('2025-09-25T10:00:00'), cal).dueAt).toEqual(sh('2025-09-30T18:00:00')); // 09-28 调休 counts
    expect(extendSla(clock, 5, sh('2025-09-25T10:00:00'), cal).dueAt).toEqual(sh('2025-10-10T18:00:00'));
    expect(() => extendSla(clock, 0, sh('2025-09-25T10:00:00'), cal)).toThrow(RangeError);
  });

  it('re-aims the warning at what remains when the old 80 % mark has passed', () => {
    const now = sh('2025-09-28T12:00:00'); // the old mark (09-28 11:00) has just passed
    const extended = extendSla(clock, 1, now, cal);
    expect(extended.warnAt.getTime()).toBeGreaterThan(now.getTime());
    expect(extended.warnAt).toEqual(computeWarnAt(now, extended.dueAt, cal));
    expect(extended.warnAt).toEqual(sh('2025-09-28T16:48:00'));
  });

  it('gives back suspended office time, and nothing when the clock had already run out', () => {
    expect(resumeSla(clock, sh('2025-09-25T17:00:00'), sh('2025-09-26T10:00:00'), cal).dueAt).toEqual(sh('2025-09-28T11:00:00'));
    expect(resumeSla(clock, sh('2025-09-27T10:00:00'), sh('2025-09-27T16:00:00'), cal)).toBe(clock);
    expect(resumeSla(clock, sh('2025-09-29T10:00:00'), sh('2025-10-09T10:00:00'), cal).dueAt).toEqual(clock.dueAt);
  });
});

describe('status and lateness', () => {
  const clock = { startAt: sh('2025-09-22T10:00:00'), warnAt: sh('2025-09-29T12:00:00'), dueAt: sh('2025-09-30T18:00:00') };

  it('reports on_time → warning → overdue; overdue wins over paused', () => {
    expect(slaStatus(null, sh('2025-09-23T10:00:00'))).toBe('none');
    expect(slaStatus(clock, sh('2025-09-23T10:00:00'))).toBe('on_time');
    expect(slaStatus(clock, sh('2025-09-29T12:00:00'))).toBe('warning');
    expect(slaStatus(clock, sh('2025-09-29T12:00:00'), true)).toBe('paused');
    expect(slaStatus(clock, sh('2025-09-30T18:00:01'), true)).toBe('overdue');
  });

  it('counts whole working days late, skipping the holiday', () => {
    expect(overdueWorkingDays(clock.dueAt, sh('2025-09-30T17:00:00'), cal)).toBe(0);
    expect(overdueWorkingDays(clock.dueAt, sh('2025-10-08T17:00:00'), cal)).toBe(0);
    expect(overdueWorkingDays(clock.dueAt, sh('2025-10-09T09:00:00'), cal)).toBe(1);
    expect(overdueWorkingDays(clock.dueAt, sh('2025-10-13T09:00:00'), cal)).toBe(4);
  });
});

it('fails loudly for a year without an official schedule', () => {
  const only2025 = new WorkCalendar({ years: [2025], days: [] });
  expect(() => computeDueAt('help', 'normal', sh('2025-12-29T10:00:00'), only2025)).toThrow(
    expect.objectContaining({ code: 'CALENDAR_YEAR_MISSING' }),
  );
});
