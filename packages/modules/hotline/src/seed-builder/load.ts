import type { Kysely } from 'kysely';
import { maskName, maskPhone, scheduleJob, type FieldCipher, type Tx } from '@yiwang/platform';
import { TIMER_QUEUE } from '../events.js';
import type { OrderEventRow } from '../repo/tables.js';
import {
  insertEventRows,
  insertOrderRows,
  raiseOrderSequences,
  relaxDurability,
  settleRepeatCalls,
  type SeedOrderRow,
} from '../repo/seed-orders.js';
import { hot } from '../repo/tables.js';
import { encodeSnapshot } from '../snapshot-codec.js';
import { timelineRow, timerKey } from '../use-cases/order-effects.js';
import type { SeedOrder } from './build.js';

export interface LoadProgress {
  orders: number;
  events: number;
  timers: number;
  elapsedMs: number;
}

export interface LoadOptions {
  /** orders per transaction (default 1,000) */
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
}

function toRows(o: SeedOrder, cipher: FieldCipher): { order: SeedOrderRow; events: OrderEventRow[] } {
  const s = o.order;
  const order: SeedOrderRow = {
    id: o.id,
    order_no: o.orderNo,
    channel: o.channel,
    type: o.type,
    urgency: o.urgency,
    title: o.title,
    body: o.body,
    category_code: o.categoryCode,
    triage: o.triage,
    deadline_pending: o.deadlinePending,
    division_code: o.divisionCode,
    address: o.address,
    lat: o.lat,
    lng: o.lng,
    // encrypted and masked exactly as intake stores a caller
    caller_name_enc: o.caller && cipher.encrypt(o.caller.name),
    caller_name_masked: o.caller && maskName(o.caller.name),
    caller_phone_enc: o.caller && cipher.encrypt(o.caller.phone),
    caller_phone_masked: o.caller && maskPhone(o.caller.phone),
    confidential: o.confidential,
    state: s.state,
    unit_id: s.assignedUnitId,
    co_units: s.coHandlers.map((c) => c.unitId),
    due_at: s.sla?.dueAt ?? null,
    warn_at: s.sla?.warnAt ?? null,
    snapshot: encodeSnapshot(s),
    classification: o.classification,
    routing: o.routing,
    version: o.version,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    created_by: null,
    caller_phone_index: o.caller && cipher.blindIndex(o.caller.phone),
    // counted over the whole load once it is in (settleRepeatCalls), as intake counts a live call
    repeat_calls: 0,
    relations: null,
  };
  // nobody real acted: synthetic history names roles and units, never staff accounts
  const events = s.timeline.map((t, i) => timelineRow(o.id, i + 1, t, null));
  return { order, events };
}

async function writeBatch(db: Kysely<any>, orders: readonly SeedOrder[], cipher: FieldCipher): Promise<{ events: number; timers: number }> {
  const rows = orders.map((o) => toRows(o, cipher));
  const events = rows.flatMap((r) => r.events);
  const lastOfDay = new Map<string, number>();
  for (const o of orders) {
    const [, day, seq] = o.orderNo.split('-');
    const d = `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}`;
    lastOfDay.set(d, Math.max(lastOfDay.get(d) ?? 0, Number(seq)));
  }
  let timers = 0;
  await db.transaction().execute(async (tx: Tx) => {
    await relaxDurability(hot(tx));
    await insertOrderRows(
      hot(tx),
      rows.map((r) => r.order),
    );
    await insertEventRows(hot(tx), events);
    await raiseOrderSequences(
      hot(tx),
      [...lastOfDay].map(([day, last]) => ({ day, last })),
    );
    // the 催办/督办 timers still ahead, as durable jobs like the ones intake schedules
    for (const o of orders) {
      for (const t of o.timers) {
        await scheduleJob(tx, {
          queue: TIMER_QUEUE,
          payload: { orderId: o.id, timer: t.timer },
          runAt: t.at,
          singletonKey: timerKey(o.id, t.timer),
        });
        timers++;
      }
    }
  });
  return { events: events.length, timers };
}

/**
 * Bulk writer for seed data (demo, tests, benchmark) — not a use-case. Multi-row INSERTs, one
 * transaction per batch; while PostgreSQL writes a batch the next one is being built. It writes no
 * audit records and no outbox events on purpose: nothing happened, these orders are made up, and a
 * demo's audit chain must not claim otherwise. Load into days that have no orders yet (order numbers
 * are per day and unique); the day counters are raised past the loaded numbers.
 */
export async function loadOrders(
  db: Kysely<any>,
  cipher: FieldCipher,
  orders: Iterable<SeedOrder> | AsyncIterable<SeedOrder>,
  opts: LoadOptions = {},
): Promise<LoadProgress> {
  const size = opts.batchSize ?? 1000;
  const started = performance.now();
  const done: LoadProgress = { orders: 0, events: 0, timers: 0, elapsedMs: 0 };
  let inflight: Promise<void> | null = null;
  let failure: unknown = null;
  const flush = async (batch: SeedOrder[]) => {
    if (inflight) await inflight;
    if (failure) throw failure;
    inflight = writeBatch(db, batch, cipher).then(
      (r) => {
        done.orders += batch.length;
        done.events += r.events;
        done.timers += r.timers;
        done.elapsedMs = performance.now() - started;
        opts.onProgress?.({ ...done });
      },
      (err: unknown) => {
        failure = err;
      },
    );
  };
  let batch: SeedOrder[] = [];
  try {
    for await (const o of orders) {
      batch.push(o);
      // let the socket move the batch in flight while this one is being built
      if (batch.length % 100 === 0) await new Promise((r) => setImmediate(r));
      if (batch.length >= size) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
  } finally {
    // even when building failed: never leave a transaction running behind the caller's back
    if (inflight) await inflight;
  }
  if (failure) throw failure;
  if (done.orders > 0) await settleRepeatCalls(hot(db));
  return { ...done, elapsedMs: performance.now() - started };
}
