import { describe, expect, it } from 'vitest';
import { weekday } from '@yiwang/platform';
import { buildOrders, type SeedOrder } from './build.js';
import { CATEGORY_TEXTS } from './compose.js';
import { calendar, testCity } from './test-city.js';

const TO = new Date('2026-01-01T00:00:00+08:00');
const FROM = new Date('2025-01-01T00:00:00+08:00');
const city = testCity();
const orders: SeedOrder[] = [...buildOrders({ seed: 5, count: 6000, from: FROM, to: TO, city, calendar })];
const share = (pred: (o: SeedOrder) => boolean) => orders.filter(pred).length / orders.length;
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('what the synthetic year looks like', () => {
  it('comes in mostly by phone, with the online channels and the 一网统管 sources behind', () => {
    expect(share((o) => o.channel === 'phone')).toBeCloseTo(0.6, 1);
    expect(share((o) => ['grid', 'video_ai', 'drone', 'iot'].includes(o.channel))).toBeGreaterThan(0.06);
    expect(share((o) => ['grid', 'video_ai', 'drone', 'iot'].includes(o.channel))).toBeLessThan(0.14);
  });

  it('is dominated by consultations and complaints, with every type present', () => {
    expect(share((o) => o.type === 'consultation' || o.type === 'complaint')).toBeGreaterThan(0.55);
    expect(share((o) => o.type === 'consultation')).toBeGreaterThan(share((o) => o.type === 'help'));
    expect(share((o) => o.type === 'complaint')).toBeGreaterThan(share((o) => o.type === 'report'));
    for (const t of ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'])
      expect(
        share((o) => o.type === t),
        t,
      ).toBeGreaterThan(0.01);
    expect(share((o) => o.urgency !== 'normal')).toBeLessThan(0.1);
  });

  it('spreads over every seeded leaf category', () => {
    const seen = new Set(orders.map((o) => o.categoryCode));
    for (const c of CATEGORY_TEXTS) expect(seen, c.code).toContain(c.code);
  });

  it('is busier on weekdays than at weekends, and in summer than at the Spring Festival', () => {
    const perDay = new Map<string, number>();
    for (const o of orders) perDay.set(shanghaiDay(o.createdAt), (perDay.get(shanghaiDay(o.createdAt)) ?? 0) + 1);
    const mean = (pred: (d: string) => boolean) => {
      const days = [...perDay].filter(([d]) => pred(d));
      return days.reduce((s, [, n]) => s + n, 0) / days.length;
    };
    const weekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
    expect(mean((d) => !weekend(d) && calendar.isWorkingDay(d)) / mean(weekend)).toBeGreaterThan(1.25);
    expect(mean((d) => d >= '2025-07-01' && d < '2025-09-01')).toBeGreaterThan(mean((d) => d >= '2025-01-28' && d < '2025-02-05'));
  });

  it('has about 15 % repeat callers, calling from home', () => {
    const seen = new Set<string>();
    let repeats = 0;
    let withCaller = 0;
    for (const o of orders) {
      if (!o.caller) continue;
      withCaller++;
      if (seen.has(o.caller.phone)) repeats++;
      seen.add(o.caller.phone);
      expect(o.caller.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(o.caller.name).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
    expect(repeats / withCaller).toBeGreaterThan(0.1);
    expect(repeats / withCaller).toBeLessThan(0.2);
  });

  it('places orders in real divisions of the city with coordinates inside 揭阳 near their county', () => {
    const codes = new Map(city.divisions.map((d) => [d.code, d]));
    for (const o of orders) {
      const d = codes.get(o.divisionCode);
      expect(d, o.divisionCode).toBeDefined();
      expect(d!.level).toBeGreaterThanOrEqual(4);
      expect(o.address.startsWith(codes.get(`${o.divisionCode.slice(0, 6)}000000`)!.name)).toBe(true);
      expect(o.lat).toBeGreaterThan(22.85);
      expect(o.lat).toBeLessThan(23.8);
      expect(o.lng).toBeGreaterThan(115.55);
      expect(o.lng).toBeLessThan(116.6);
    }
    const meanLat = (county: string) => {
      const list = orders.filter((o) => o.divisionCode.startsWith(county));
      return list.reduce((s, o) => s + o.lat, 0) / list.length;
    };
    // 惠来 is on the coast, south of 榕城
    expect(meanLat('445224')).toBeLessThan(meanLat('445202') - 0.2);
  });

  it('writes titles and bodies with every placeholder resolved, within the intake limits, rarely twice the same', () => {
    for (const o of orders) {
      expect(o.body).not.toMatch(/[{}[\]]/);
      expect(o.body.length).toBeGreaterThan(8);
      expect(o.body.length).toBeLessThanOrEqual(5000);
      if (o.title !== null) {
        expect(o.title).not.toMatch(/[{}[\]]/);
        expect(o.title.length).toBeLessThanOrEqual(100);
      }
      expect(o.address.length).toBeLessThanOrEqual(200);
    }
    expect(new Set(orders.map((o) => o.body)).size / orders.length).toBeGreaterThan(0.9);
    expect(share((o) => o.title === null)).toBeGreaterThan(0.05);
    expect(share((o) => o.title === null)).toBeLessThan(0.4);
  });

  it('keeps callers in clear for the loader to encrypt, some of them asking for 保密', () => {
    expect(share((o) => o.caller !== null)).toBeGreaterThan(0.8);
    expect(share((o) => o.confidential)).toBeGreaterThan(0.01);
    expect(orders.filter((o) => o.confidential).every((o) => o.caller !== null)).toBe(true);
  });
});
