import type { Channel } from '../domain/index.js';
import type { Gazetteer, Town, Village } from './city.js';
import { CATEGORY_TEXTS, fill, type ComposedText, type TextContext } from './compose.js';
import { chance, intBetween, pick, type Rng } from './random.js';

/**
 * Deliberate weak signals, so the analytics have something real to find (H6): a two-week spike of
 * one category in one town, and a burst of near-duplicate complaints about one building site.
 * Both end a week before the end of the range, where a "recent weeks vs. baseline" test looks.
 */
export interface SpikeAnomaly {
  kind: 'spike';
  categoryCode: string;
  townCode: string;
  from: Date;
  to: Date;
  orders: number;
}

export interface BurstAnomaly {
  kind: 'burst';
  categoryCode: string;
  /** the village (or town) all the complaints come from */
  divisionCode: string;
  townCode: string;
  from: Date;
  to: Date;
  orders: number;
  /** the estate and road every complaint names */
  estate: string;
  road: string;
}

export type Anomaly = SpikeAnomaly | BurstAnomaly;

export interface AnomalyOptions {
  spike?: boolean;
  burst?: boolean;
}

const DAY_MS = 86_400_000;
const SPIKE_CATEGORY = 'environment.air';
const BURST_CATEGORY = 'environment.noise';

function townShare(g: Gazetteer, town: Town): number {
  const i = g.towns.indexOf(town);
  const total = g.cumulative[g.cumulative.length - 1]!;
  return (g.cumulative[i]! - (i > 0 ? g.cumulative[i - 1]! : 0)) / total;
}

function categoryShare(code: string): number {
  const total = CATEGORY_TEXTS.reduce((s, c) => s + c.weight, 0);
  return (CATEGORY_TEXTS.find((c) => c.code === code)?.weight ?? 0) / total;
}

/** A rural town of 普宁 for the spike, an urban street of 榕城 for the burst; any town if the city differs. */
function spikeTown(g: Gazetteer): Town {
  return g.towns.find((t) => t.name === '占陇镇') ?? g.towns.find((t) => !t.urban && t.villages.length > 0) ?? g.towns[0]!;
}

function burstPlace(g: Gazetteer): { town: Town; village: Village | null } {
  const town = g.towns.find((t) => t.name === '榕华街道') ?? g.towns.find((t) => t.urban) ?? g.towns[0]!;
  return { town, village: town.villages[0] ?? null };
}

/** The anomalies that fit in [from, to) for a data set of `count` orders; none below 1,000 orders. */
export function planAnomalies(rng: Rng, g: Gazetteer, from: Date, to: Date, count: number, opts: AnomalyOptions = {}): Anomaly[] {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (count < 1000 || days < 42) return [];
  const out: Anomaly[] = [];
  const end = new Date(to.getTime() - 7 * DAY_MS);
  if (opts.spike !== false) {
    const town = spikeTown(g);
    const baseline = count * categoryShare(SPIKE_CATEGORY) * townShare(g, town) * (14 / days);
    const orders = Math.max(20, Math.round(4 * baseline));
    out.push({
      kind: 'spike',
      categoryCode: SPIKE_CATEGORY,
      townCode: town.code,
      from: new Date(end.getTime() - 14 * DAY_MS),
      to: end,
      orders,
    });
  }
  if (opts.burst !== false) {
    const { town, village } = burstPlace(g);
    out.push({
      kind: 'burst',
      categoryCode: BURST_CATEGORY,
      divisionCode: village?.code ?? town.code,
      townCode: town.code,
      from: new Date(end.getTime() - 3 * DAY_MS),
      to: end,
      orders: Math.min(60, Math.max(18, Math.round(count * 0.0012))),
      estate: pick(rng, ['锦绣华庭', '翠湖名苑', '金叶雅居', '望江豪庭']),
      road: pick(rng, town.roads),
    });
  }
  return out;
}

const BURST_OPENERS: Readonly<Partial<Record<Channel, readonly string[]>>> = {
  phone: ['来电人反映：', '来电人称，', ''],
  wechat: ['您好，', ''],
  web: ['您好，', ''],
  mobile: [''],
};

/** The same complaint in many callers' words: small edits on one text, as neighbours phrase it. */
export function burstText(a: BurstAnomaly, channel: Channel, c: TextContext): ComposedText {
  const rng = c.rng;
  const who = chance(rng, 0.5) ? `我住${a.estate}${intBetween(rng, 1, 18)}栋，` : '';
  const text = fill(
    `${who}${a.estate}旁边${a.road}的工地[连续多天|这几天每天][凌晨|半夜]还在施工，打桩机和泥头车的噪音特别大，整个小区的居民都睡不着觉，[老人小孩受不了|孩子没法休息]，请尽快制止夜间施工。`,
    c,
  );
  const title = pick(rng, ['投诉工地夜间施工噪音', `${a.estate}附近工地夜间施工扰民`, '夜间施工噪声扰民', null]);
  return { title, body: pick(rng, BURST_OPENERS[channel] ?? ['']) + text };
}

export const anomalyWindow = (a: Anomaly, at: Date) => at >= a.from && at < a.to;

/** Spreads an anomaly's orders over its window, as instants in time order. */
export function anomalyTimes(rng: Rng, a: Anomaly): Date[] {
  const span = a.to.getTime() - a.from.getTime();
  const out: number[] = [];
  for (let i = 0; i < a.orders; i++) {
    // daytime calls: 08:00–22:00 Shanghai
    const day = Math.floor(rng() * Math.max(1, Math.floor(span / DAY_MS)));
    const base = a.from.getTime() + day * DAY_MS;
    const midnight = base - ((base + 8 * 3_600_000) % DAY_MS);
    const t = midnight + (8 + 14 * rng()) * 3_600_000;
    out.push(Math.floor(Math.min(Math.max(t, a.from.getTime()), a.to.getTime() - 1000) / 1000) * 1000);
  }
  return out.sort((x, y) => x - y).map((t) => new Date(t));
}
