import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_THRESHOLD, textSimilarity } from '../domain/index.js';
import { planAnomalies } from './anomalies.js';
import { buildOrders, type SeedOrder } from './build.js';
import { buildGazetteer } from './city.js';
import { streamOf } from './random.js';
import { calendar, testCity } from './test-city.js';

const DAY = 86_400_000;
const TO = new Date('2026-03-01T00:00:00+08:00');
const FROM = new Date(TO.getTime() - 365 * DAY);
const city = testCity();
const opts = { seed: 3, count: 8000, from: FROM, to: TO, city, calendar };
const orders: SeedOrder[] = [...buildOrders(opts)];
const planned = planAnomalies(streamOf(3, 'anomalies'), buildGazetteer(city.divisions), FROM, TO, 8000);
const spike = planned.find((a) => a.kind === 'spike');
const burst = planned.find((a) => a.kind === 'burst');

/** Share of pairs of the texts that count as near-duplicates of each other. */
function nearDuplicateShare(texts: readonly string[]): number {
  let similar = 0;
  let pairs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      pairs++;
      if (textSimilarity(texts[i]!, texts[j]!) >= NEAR_DUPLICATE_THRESHOLD) similar++;
    }
  }
  return similar / pairs;
}

describe('planted weak signals', () => {
  it('plans a two-week category spike in one town and a short burst, ending a week before the range does', () => {
    expect(spike).toMatchObject({ kind: 'spike', categoryCode: 'environment.air' });
    expect(burst).toMatchObject({ kind: 'burst', categoryCode: 'environment.noise' });
    expect(spike!.to.getTime() - spike!.from.getTime()).toBe(14 * DAY);
    expect(TO.getTime() - burst!.to.getTime()).toBe(7 * DAY);
    expect(planAnomalies(streamOf(3, 'anomalies'), buildGazetteer(city.divisions), FROM, TO, 500)).toEqual([]);
    expect(planAnomalies(streamOf(3, 'anomalies'), buildGazetteer(city.divisions), FROM, TO, 8000, { spike: false })).toHaveLength(1);
  });

  it('makes the category × town count of the spike weeks stand far above its own baseline', () => {
    const s = spike!;
    const inTown = orders.filter((o) => o.categoryCode === s.categoryCode && o.divisionCode.startsWith(s.townCode.slice(0, 9)));
    const during = inTown.filter((o) => o.createdAt >= s.from && o.createdAt < s.to).length;
    const before = inTown.filter((o) => o.createdAt < s.from).length;
    const fortnightsBefore = (s.from.getTime() - FROM.getTime()) / (14 * DAY);
    expect(during).toBeGreaterThanOrEqual(s.orders);
    expect(during).toBeGreaterThan(3 * Math.max(1, before / fortnightsBefore));
    expect(orders.filter((o) => o.anomaly === 'spike')).toHaveLength(s.orders);
  });

  it('makes the burst a cluster of near-duplicate complaints from one place, some merged into the first', () => {
    const b = burst!;
    const cluster = orders.filter((o) => o.anomaly === 'burst');
    expect(cluster).toHaveLength(b.orders);
    expect(cluster.every((o) => o.divisionCode === b.divisionCode && o.type === 'complaint')).toBe(true);
    expect(nearDuplicateShare(cluster.map((o) => o.body))).toBeGreaterThan(0.8);
    const merged = cluster.filter((o) => o.order.state === 'merged');
    expect(merged.length).toBeGreaterThan(0);
    const first = cluster.find((o) => o.order.state !== 'merged')!;
    expect(merged.every((o) => o.order.mergedInto === first.id)).toBe(true);
  });

  it('keeps ordinary orders of one category apart: few of them look like duplicates of each other', () => {
    const noise = orders.filter((o) => o.categoryCode === 'environment.noise' && o.anomaly === null).slice(0, 120);
    expect(nearDuplicateShare(noise.map((o) => o.body))).toBeLessThan(0.05);
  });
});
