import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shanghaiDateOf } from '@yiwang/platform';
import { buildGazetteer, placeIn } from './city.js';
import { CATEGORY_TEXTS, fill, splitTopic, type TextContext } from './compose.js';
import { seededRandom } from '../classifier/random.js';
import { calendar, testCity } from './test-city.js';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../domain/index.js';
import { buildOrders } from './build.js';
import { replayTimeline } from './replay.js';

const g = buildGazetteer(testCity().divisions);
const context = (seed: number): TextContext => {
  const rng = seededRandom(seed);
  const town = g.towns[seed % g.towns.length]!;
  return { rng, town, place: placeIn(rng, town), at: new Date('2026-05-06T10:00:00+08:00'), memo: new Map() };
};
const templates = CATEGORY_TEXTS.flatMap((c) => [
  ...c.issues,
  ...c.questions,
  ...(c.suggestions ?? []),
  ...c.replies,
  ...(c.events ?? []).flatMap((e) => [e.title, e.text]),
]);

describe('text templates', () => {
  it('cover the 31 leaf categories of the seeded tree and 其他, each with something to say and to answer', () => {
    expect(CATEGORY_TEXTS).toHaveLength(32);
    expect(new Set(CATEGORY_TEXTS.map((c) => c.code)).size).toBe(32);
    for (const c of CATEGORY_TEXTS) {
      expect(c.issues.length + c.questions.length, c.code).toBeGreaterThan(1);
      expect(c.replies.length, c.code).toBeGreaterThan(0);
      expect(c.topics.length, c.code).toBeGreaterThan(0);
      if (c.season) expect(c.season, c.code).toHaveLength(12);
    }
  });

  it('resolve every alternative and slot for any seed, keeping named things the same within one order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(...templates), (seed, template) => {
        const text = fill(splitTopic(template).template, context(seed));
        expect(text).not.toMatch(/[{}[\]]/);
        expect(text.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    const c = context(1);
    expect(fill('{estate}', c)).toBe(fill('{estate}', c));
  });

  it('refuse an unknown slot instead of printing it', () => {
    expect(() => fill('{nonsense}', context(1))).toThrow(/unknown template slot/);
  });
});

const NO_DEADLINE: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  workingDays: { consultation: null, help: null, suggestion: null, complaint: null, report: null, praise: null },
};

describe('buildOrders on any range', () => {
  it('builds exactly `count` replayable orders, also where the calendar has no published year', () => {
    const city = testCity();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 90 }),
        // up to the end of 2026 and into 2027, a year the shipped calendar does not have
        fc.integer({ min: 0, max: 700 }),
        (seed, count, days, offset) => {
          const from = new Date(Date.parse('2025-03-01T00:00:00+08:00') + offset * 86_400_000);
          const to = new Date(from.getTime() + days * 86_400_000);
          const list = [...buildOrders({ seed, count, from, to, city, calendar })];
          expect(list).toHaveLength(count);
          for (const o of list) {
            const r = replayTimeline(o.id, o.type, o.urgency, o.order.timeline, calendar, o.deadlinePending ? NO_DEADLINE : undefined);
            expect(r.ok && r.order.state).toBe(o.order.state);
            // 表扬 has no deadline, so a missing year cannot hold it up
            if (shanghaiDateOf(o.createdAt) >= '2027' && o.type !== 'praise') expect(o.deadlinePending).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
