import { CalendarYearMissingError, type WorkCalendar } from '@yiwang/platform';
import {
  createOrder,
  DEFAULT_SLA_POLICY,
  EVENT_CENTRE_CHANNELS,
  route,
  transition,
  type Channel,
  type Effect,
  type OrderSnapshot,
  type OrderType,
  type SlaPolicy,
  type Urgency,
} from '../domain/index.js';
import { anomalyTimes, planAnomalies, type Anomaly, type AnomalyOptions } from './anomalies.js';
import { buildGazetteer, type SeedCity } from './city.js';
import { CATEGORY_TEXTS, composeReply } from './compose.js';
import { Drafter, type Draft } from './draft.js';
import { answerDirectly, liveThrough, mergeInto, type Story } from './lifecycle.js';
import { chance, pick, streamOf, uuidOf, weighted, type Rng } from './random.js';
import { memoCalendar, OrderSim, SeedStoryError, type PendingTimer } from './sim.js';
import { callTimes, planDays } from './volume.js';

export interface BuildOptions {
  seed: number;
  /** exactly this many orders, anomalies included */
  count: number;
  /** registration instants fall in [from, to) */
  from: Date;
  to: Date;
  city: SeedCity;
  calendar: WorkCalendar;
  /** the stories are told up to here (default `to`): later steps have not happened yet */
  now?: Date;
  /** planted weak signals (default: both, for 1,000 orders or more over six weeks or more) */
  anomalies?: AnomalyOptions;
  /**
   * The knowledge-base article a direct answer cites; null means the category has none and the call
   * is dispatched. TODO(#4): the demo passes the seeded knowledge base's articles once it exists.
   */
  articleFor?: (categoryCode: string) => string | null;
  sla?: SlaPolicy;
  /**
   * Default true: a step the state machine refuses throws (tests must see every such bug). The demo
   * passes false so that a start never fails over one synthetic story: that story just ends there.
   */
  strict?: boolean;
}

/** One synthetic work order as the intake and the workflow would have stored it, its caller still in clear. */
export interface SeedOrder {
  id: string;
  orderNo: string;
  channel: Channel;
  type: OrderType;
  urgency: Urgency;
  title: string | null;
  body: string;
  categoryCode: string | null;
  triage: boolean;
  deadlinePending: boolean;
  divisionCode: string;
  address: string;
  lat: number;
  lng: number;
  /** encrypted by the loader, as intake does */
  caller: { name: string; phone: string } | null;
  confidential: boolean;
  classification: Record<string, unknown>;
  routing: Record<string, unknown> | null;
  /** the final workflow state with its whole timeline */
  order: OrderSnapshot;
  /** 催办/督办 timers still pending at `now` */
  timers: PendingTimer[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
  anomaly: Anomaly['kind'] | null;
}

const NO_DEADLINE: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  workingDays: { consultation: null, help: null, suggestion: null, complaint: null, report: null, praise: null },
};
const DIRECT_ANSWER_SHARE = 0.55;
const defaultArticle = (code: string) => `kb-seed-${code}`;

function classification(rng: Rng, source: 'model' | 'agent' | 'triage', code: string, codes: readonly string[]): Record<string, unknown> {
  if (source === 'agent') return { source: 'agent' };
  const best = source === 'model' ? 0.6 + 0.38 * rng() : 0.25 + 0.3 * rng();
  const second = (1 - best) * (0.4 + 0.4 * rng());
  const others = codes.filter((c) => c !== code);
  const top = [
    { label: code, confidence: best },
    { label: pick(rng, others), confidence: second },
    { label: pick(rng, others), confidence: (1 - best - second) * rng() },
  ].map((t) => ({ ...t, confidence: Math.round(t.confidence * 1000) / 1000 }));
  return source === 'model'
    ? { source, modelVersion: 'synthetic', top }
    : { source, reason: 'low_confidence', modelVersion: 'synthetic', top };
}

/**
 * A year (or any range) of synthetic 12345 orders for the demo city, deterministic for a seed: each
 * day and each order draw from their own stream, so the result never depends on batch sizes. Lazy,
 * because a benchmark builds two million of them; every story runs through the real state machine.
 */
export function* buildOrders(opts: BuildOptions): Generator<SeedOrder> {
  const { seed, count, from, to, city } = opts;
  const cal = memoCalendar(opts.calendar);
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const now = opts.now ?? to;
  const sla = opts.sla ?? DEFAULT_SLA_POLICY;
  const g = buildGazetteer(city.divisions);
  const anomalies = planAnomalies(streamOf(seed, 'anomalies'), g, from, to, count, opts.anomalies);
  const planted = anomalies.reduce((s, a) => s + a.orders, 0);
  const extra = new Map<string, Array<{ at: Date; anomaly: Anomaly }>>();
  for (const a of anomalies) {
    for (const at of anomalyTimes(streamOf(seed, 'anomaly', a.kind), a)) {
      const day = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      extra.set(day, [...(extra.get(day) ?? []), { at, anomaly: a }]);
    }
  }
  // units that handle orders: a detour never lands at the hotline centre itself
  const units = Object.keys(city.unitNames).filter((u) => u !== city.fallback.defaultUnitId);
  const drafter = new Drafter(seed, g, Math.round(count * 0.02), Object.values(city.unitNames));
  const allCodes = CATEGORY_TEXTS.map((c) => c.code);
  let burstFirst: string | null = null;

  for (const day of planDays(streamOf(seed, 'days'), from, to, count - planted, cal)) {
    const rng = streamOf(seed, 'day', day.date);
    const calls = callTimes(rng, day, day.count).map((at) => ({ at, anomaly: null as Anomaly | null }));
    const all = [...calls, ...(extra.get(day.date) ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let k = 0; k < all.length; k++) {
      const { at, anomaly } = all[k]!;
      const orderNo = `12345-${day.date.replace(/-/g, '')}-${String(k + 1).padStart(6, '0')}`;
      const r = streamOf(seed, 'order', day.date, k);
      const draft = drafter.draft(r, at, anomaly);
      const built = tell(r, uuidOf(seed, 'order', day.date, k), draft, at, {
        city,
        cal,
        sla,
        now,
        units,
        allCodes,
        articleFor: opts.articleFor ?? defaultArticle,
        burstFirst,
        strict: opts.strict ?? true,
      });
      if (draft.anomaly === 'burst' && burstFirst === null && built.order.state !== 'merged') burstFirst = built.order.id;
      yield { ...built, orderNo };
    }
  }
}

interface TellContext {
  city: SeedCity;
  cal: WorkCalendar;
  sla: SlaPolicy;
  now: Date;
  units: readonly string[];
  allCodes: readonly string[];
  articleFor: (code: string) => string | null;
  burstFirst: string | null;
  strict: boolean;
}

/** Registers the draft as intake would (classify, route, dispatch) and lives its story up to `now`. */
function tell(rng: Rng, id: string, d: Draft, at: Date, t: TellContext): Omit<SeedOrder, 'orderNo'> {
  const code = d.cat.code;
  const event = EVENT_CENTRE_CHANNELS.includes(d.channel);
  const mergeTarget = d.anomaly === 'burst' && t.burstFirst !== null && chance(rng, 0.35) ? t.burstFirst : null;
  const source = mergeTarget ? 'triage' : event ? 'model' : weighted(rng, { model: 0.8, agent: 0.16, triage: 0.04 });
  const routed = route(
    { categoryCode: code, divisionCode: d.place.divisionCode, text: `${d.title ?? ''} ${d.body}` },
    t.city.rules,
    t.city.fallback,
  );
  const unitName = t.city.unitNames[routed.unitId] ?? routed.unitId;
  const territorial = t.city.fallback.territorial[d.town.code];
  const others = t.units.filter((u) => u !== routed.unitId);
  const otherUnitId = territorial && territorial !== routed.unitId ? territorial : others.length > 0 ? pick(rng, others) : routed.unitId;

  let deadlinePending = false;
  let policy = t.sla;
  let created: { order: OrderSnapshot; effects: Effect[] };
  try {
    created = createOrder(
      { id, type: d.type, urgency: d.urgency },
      { actor: { role: 'hotline_agent' }, now: at, calendar: t.cal, sla: policy },
    );
  } catch (err) {
    if (!(err instanceof CalendarYearMissingError)) throw err;
    deadlinePending = true;
    policy = NO_DEADLINE;
    created = createOrder(
      { id, type: d.type, urgency: d.urgency },
      { actor: { role: 'hotline_agent' }, now: at, calendar: t.cal, sla: policy },
    );
  }
  let { order } = created;
  const effects = [...created.effects];
  const article = d.type === 'consultation' && !event && source !== 'triage' ? t.articleFor(code) : null;
  // answered on the call: the agent takes it out of auto-dispatch and cites the article instead
  const direct = article !== null && chance(rng, DIRECT_ANSWER_SHARE);
  const autoDispatch = source !== 'triage' && !direct;
  if (autoDispatch) {
    const r = transition(
      order,
      { type: 'dispatch', unitId: routed.unitId, note: routed.explanation.why.replaceAll(routed.unitId, unitName) },
      { actorRole: 'system', now: at, calendar: t.cal, sla: policy },
    );
    if (!r.ok) throw new Error(`seed intake dispatch refused: ${r.code}`);
    order = r.next;
    effects.push(...r.effects);
  }
  const creationEntries = order.timeline.length;
  const sim = new OrderSim(order, effects, t.cal, t.now, policy);
  const story: Story = {
    sim,
    rng,
    cal: t.cal,
    type: d.type,
    policy,
    unitId: routed.unitId,
    otherUnitId,
    reply: () =>
      d.type === 'praise'
        ? '已收悉市民的表扬，感谢对我单位工作的肯定，我们将继续做好服务。'
        : composeReply(d.cat, { rng, town: d.town, place: d.place, at, memo: d.memo }),
  };
  try {
    if (mergeTarget) mergeInto(story, mergeTarget);
    else if (direct && article !== null)
      answerDirectly(story, article, `已根据知识库解答${d.title ?? d.cat.topics[0]}的相关政策和办理流程。`);
    else liveThrough(story, { dispatchedAt: autoDispatch ? at : null });
  } catch (err) {
    // the next step would fall in a year without a published holiday schedule: the story pauses there
    const pause = err instanceof CalendarYearMissingError || (err instanceof SeedStoryError && !t.strict);
    if (!pause) throw err;
  }
  const timers = sim.finish();
  const final = sim.order;
  const categorized = source !== 'triage' || final.timeline.some((e) => e.action === 'dispatch');
  return {
    id,
    channel: d.channel,
    type: d.type,
    urgency: d.urgency,
    title: d.title,
    body: d.body,
    categoryCode: categorized || final.state !== 'registered' ? code : null,
    triage: !categorized && final.state === 'registered',
    deadlinePending,
    divisionCode: d.place.divisionCode,
    address: d.place.address,
    lat: d.place.lat,
    lng: d.place.lng,
    caller: d.caller,
    confidential: d.confidential,
    classification: classification(rng, mergeTarget ? 'triage' : source, code, t.allCodes),
    routing: autoDispatch
      ? { ...routed.explanation, why: routed.explanation.why.replaceAll(routed.unitId, unitName), unitId: routed.unitId, unitName }
      : null,
    order: final,
    timers,
    createdAt: at,
    updatedAt: final.timeline.at(-1)?.at ?? at,
    version: 1 + final.timeline.length - creationEntries,
    anomaly: d.anomaly,
  };
}
