import type { WorkCalendar } from '@yiwang/platform';
import {
  buildOrders,
  createClassifier,
  DEFAULT_TRAIN,
  trainModel,
  type LabeledMessage,
  type ModelData,
  type SeedCity,
  type SeedOrder,
} from '@yiwang/hotline';

/** What bench:hotline takes from the seed builder: calls to post, labelled texts to train on, texts to classify. */

const DAY = 86_400_000;
const CITIZEN = new Set(['phone', 'web', 'mobile', 'wechat']);

function sample(city: SeedCity, calendar: WorkCalendar, count: number, seed: number, to: Date): SeedOrder[] {
  const from = new Date(to.getTime() - 365 * DAY);
  return [...buildOrders({ seed, count, from, to, city, calendar, anomalies: { spike: false, burst: false } })];
}

const textOf = (o: SeedOrder) => ({ ...(o.title ? { title: o.title } : {}), body: o.body });

/** Agent intake bodies without a category, so the server classifies and routes every one. */
export function intakeBodies(city: SeedCity, calendar: WorkCalendar, count: number, to: Date): string[] {
  return sample(city, calendar, Math.ceil(count * 1.2), 101, to)
    .filter((o) => CITIZEN.has(o.channel))
    .slice(0, count)
    .map((o) =>
      JSON.stringify({
        channel: o.channel,
        type: o.type,
        urgency: o.urgency,
        ...(o.title ? { title: o.title } : {}),
        body: o.body,
        divisionCode: o.divisionCode,
        address: o.address,
        lat: o.lat,
        lng: o.lng,
        ...(o.caller ? { callerName: o.caller.name, callerPhone: o.caller.phone } : {}),
        confidential: o.confidential,
      }),
    );
}

/**
 * A classifier trained with the production recipe on synthetic orders (their texts and categories),
 * standing in for a model trained on the hotline's own history.
 */
export function trainOnSynthetic(city: SeedCity, calendar: WorkCalendar, count: number, to: Date): ModelData {
  const rows: LabeledMessage[] = sample(city, calendar, count, 202, to)
    .filter((o) => o.categoryCode !== null)
    .map((o) => ({ ...textOf(o), label: o.categoryCode! }));
  return trainModel(rows, DEFAULT_TRAIN);
}

/** Messages per second of one model on this thread, with its accuracy on the same unseen synthetic texts. */
export function classifierSpeed(model: ModelData, city: SeedCity, calendar: WorkCalendar, count: number, to: Date) {
  const classifier = createClassifier(model);
  const texts = sample(city, calendar, count, 303, to).filter((o) => o.categoryCode !== null);
  for (const o of texts.slice(0, 200)) classifier.predict(textOf(o), 3); // warm-up
  let right = 0;
  const before = process.cpuUsage();
  for (const o of texts) if (classifier.predict(textOf(o), 3)[0]?.label === o.categoryCode) right++;
  const used = process.cpuUsage(before);
  return { messages: texts.length, msgsPerSec: texts.length / ((used.user + used.system) / 1e6), accuracy: right / texts.length };
}
