import { seededRandom } from '../classifier/random.js';
import { EVENT_CENTRE_CHANNELS, type Channel, type OrderType, type Urgency } from '../domain/index.js';
import { burstText, type Anomaly } from './anomalies.js';
import { pickTown, placeIn, type Gazetteer, type Place, type Town } from './city.js';
import { CATEGORY_TEXTS, composeCitizenText, composeEventText } from './compose.js';
import { callerPool, pickRegular, syntheticMobile, syntheticName, type Caller, type CallerPool } from './people.js';
import { chance, cumulate, pick, weighted, weightedIndex, type Rng } from './random.js';
import type { CategoryTexts, EventText } from './texts/types.js';
import { shanghaiMonth } from './volume.js';

/** What a call (or an event) brings in, before the hotline does anything with it (H1). */
export interface Draft {
  channel: Channel;
  type: OrderType;
  urgency: Urgency;
  cat: CategoryTexts;
  title: string | null;
  body: string;
  town: Town;
  place: Place;
  caller: Caller | null;
  confidential: boolean;
  anomaly: Anomaly['kind'] | null;
  /** the names the texts used, for the unit's reply */
  memo: Map<string, string>;
}

/** phone ≈ 60 %, then the online channels, then the 一网统管 sources. */
const CHANNELS: Readonly<Record<Channel, number>> = {
  phone: 0.6,
  wechat: 0.12,
  web: 0.085,
  mobile: 0.08,
  open311: 0.01,
  grid: 0.065,
  video_ai: 0.02,
  iot: 0.015,
  drone: 0.005,
};
const PRAISE_SHARE = 0.025;
/**
 * Consultations and complaints dominate a real 12345 line: the per-category type weights say what
 * people raise about a matter, this bias says how often they phone to ask rather than to object.
 */
const TYPE_BIAS: Readonly<Record<Exclude<OrderType, 'praise'>, number>> = {
  consultation: 2.2,
  complaint: 0.8,
  help: 0.9,
  report: 0.5,
  suggestion: 1,
};
/** Share of calls from the pool of regulars; with first calls counted out, about 15 % are repeat calls. */
const REGULAR_SHARE = 0.16;

const MONTHLY = Array.from({ length: 12 }, (_, m) => cumulate(CATEGORY_TEXTS.map((c) => c.weight * (c.season?.[m] ?? 1))));
const EVENTS = new Map<Channel, Array<{ cat: CategoryTexts; event: EventText }>>(
  EVENT_CENTRE_CHANNELS.map((ch) => [
    ch,
    CATEGORY_TEXTS.flatMap((cat) => (cat.events ?? []).filter((e) => e.channels.includes(ch)).map((event) => ({ cat, event }))),
  ]),
);

export const categoryTexts = (code: string): CategoryTexts => {
  const cat = CATEGORY_TEXTS.find((c) => c.code === code);
  if (!cat) throw new RangeError(`no seed texts for category ${code}`);
  return cat;
};

const biased = (cat: CategoryTexts) =>
  Object.fromEntries(Object.entries(cat.types).map(([t, w]) => [t, w * TYPE_BIAS[t as keyof typeof TYPE_BIAS]])) as CategoryTexts['types'];

function urgencyFor(rng: Rng, type: OrderType, event: boolean): Urgency {
  if (type === 'consultation' || type === 'suggestion' || type === 'praise') return 'normal';
  return weighted<Urgency>(rng, event ? { normal: 0.88, urgent: 0.1, critical: 0.02 } : { normal: 0.92, urgent: 0.065, critical: 0.015 });
}

export class Drafter {
  private readonly pool: CallerPool;

  constructor(
    private readonly seed: number,
    private readonly g: Gazetteer,
    poolSize: number,
    private readonly unitNames: readonly string[],
  ) {
    this.pool = callerPool(seed, Math.max(10, poolSize));
  }

  /** The regular's home: a stable town and village, so their calls cluster where they live. */
  private home(i: number): { town: Town; village: Town['villages'][number] | null } {
    const r = seededRandom(this.pool.regular(i).home);
    const town = pickTown(r, this.g);
    return { town, village: town.villages.length > 0 && r() < 0.7 ? pick(r, town.villages) : null };
  }

  draft(rng: Rng, at: Date, anomaly: Anomaly | null): Draft {
    if (anomaly?.kind === 'burst') return this.burst(rng, at, anomaly);
    const channel = anomaly ? pick(rng, ['phone', 'phone', 'wechat', 'web'] as const) : weighted(rng, CHANNELS);
    const events = EVENTS.get(channel);
    if (events && events.length > 0) return this.event(rng, at, channel, pick(rng, events));

    const cat = anomaly ? categoryTexts(anomaly.categoryCode) : CATEGORY_TEXTS[weightedIndex(rng, MONTHLY[shanghaiMonth(at)]!)]!;
    const type: OrderType =
      !anomaly && chance(rng, PRAISE_SHARE) ? 'praise' : weighted(rng, anomaly ? { complaint: 3, report: 1 } : biased(cat));
    const hasCaller = channel === 'phone' || (channel === 'open311' ? chance(rng, 0.4) : chance(rng, 0.95));
    let caller: Caller | null = null;
    let town: Town | null = anomaly ? (this.g.towns.find((t) => t.code === anomaly.townCode) ?? null) : null;
    let village: Town['villages'][number] | null | undefined;
    if (hasCaller && !anomaly && chance(rng, REGULAR_SHARE)) {
      const i = pickRegular(rng, this.pool);
      caller = this.pool.regular(i);
      if (chance(rng, 0.8)) ({ town, village } = this.home(i));
    } else if (hasCaller) {
      caller = { name: syntheticName(rng), phone: syntheticMobile(rng) };
    }
    town ??= pickTown(rng, this.g);
    const place = placeIn(rng, town, village);
    const unitName = type === 'praise' && this.unitNames.length > 0 ? pick(rng, this.unitNames) : undefined;
    const memo = new Map<string, string>();
    const text = composeCitizenText(cat, type, channel, { rng, town, place, at, memo, ...(unitName ? { unitName } : {}) });
    return {
      channel,
      type,
      urgency: urgencyFor(rng, type, false),
      cat,
      ...text,
      town,
      place,
      caller: caller && { name: caller.name, phone: caller.phone },
      confidential: caller !== null && chance(rng, type === 'report' ? 0.15 : 0.03),
      anomaly: anomaly?.kind ?? null,
      memo,
    };
  }

  private event(rng: Rng, at: Date, channel: Channel, { cat, event }: { cat: CategoryTexts; event: EventText }): Draft {
    const town = pickTown(rng, this.g);
    const place = placeIn(rng, town);
    const memo = new Map<string, string>();
    const text = composeEventText(event, channel, { rng, town, place, at, memo });
    return {
      channel,
      type: event.type,
      urgency: urgencyFor(rng, event.type, true),
      cat,
      ...text,
      town,
      place,
      caller: null,
      confidential: false,
      anomaly: null,
      memo,
    };
  }

  private burst(rng: Rng, at: Date, a: Extract<Anomaly, { kind: 'burst' }>): Draft {
    const town = this.g.towns.find((t) => t.code === a.townCode) ?? this.g.towns[0]!;
    const village = town.villages.find((v) => v.code === a.divisionCode) ?? null;
    const spot = `${a.estate}旁${a.road}`;
    const place = { ...placeIn(rng, town, village), spot, address: `${town.countyName}${town.name}${village?.name ?? ''}${spot}` };
    const channel = pick(rng, ['phone', 'phone', 'phone', 'wechat', 'web', 'mobile'] as const);
    const memo = new Map<string, string>([['estate', a.estate]]);
    const text = burstText(a, channel, { rng, town, place, at, memo });
    const caller = { name: syntheticName(rng), phone: syntheticMobile(rng) };
    return {
      channel,
      type: 'complaint',
      urgency: 'normal',
      cat: categoryTexts(a.categoryCode),
      ...text,
      town,
      place,
      caller,
      confidential: false,
      anomaly: 'burst',
      memo,
    };
  }
}
