import { sql, type Kysely, type Transaction } from 'kysely';
import type { JobRunner } from '../jobs/runner.js';
import type { OutboxEvent } from './outbox.js';

export type EventHandler = (event: OutboxEvent, db: Kysely<any>) => Promise<void>;

interface Subscription {
  name: string;
  topics: string[];
  handler: EventHandler;
}

const matches = (pattern: string, topic: string) => pattern === topic || (pattern.endsWith('.*') && topic.startsWith(pattern.slice(0, -1)));

/**
 * Delivers committed outbox events to in-process subscribers, at least once: the dispatcher turns
 * each event into one durable job per matching subscriber, and the job runner's retry with backoff
 * does the rest. A message-broker adapter (NATS) can subscribe the same way as any subscriber.
 */
export class EventBus {
  private readonly subs = new Map<string, Subscription>();

  constructor(private readonly jobs: JobRunner) {}

  subscribe(name: string, topics: string[], handler: EventHandler): void {
    if (this.subs.has(name)) throw new Error(`subscriber ${name} registered twice`);
    this.subs.set(name, { name, topics, handler });
    this.jobs.register(`event:${name}`, async (job, db) => {
      const row = await db.selectFrom('platform.outbox').selectAll().where('id', '=', job.payload.eventId).executeTakeFirst();
      if (row) await handler(toEvent(row), db);
    });
  }

  /** Fans out up to `limit` undispatched events; returns how many it took. */
  async dispatch(db: Kysely<any>, limit = 200): Promise<number> {
    return db.transaction().execute(async (tx) => {
      const rows = await sql<{ id: number; topic: string }>`SELECT id, topic FROM platform.outbox
        WHERE dispatched_at IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(tx);
      if (rows.rows.length === 0) return 0;
      const jobs: Array<{ queue: string; payload: string }> = [];
      for (const e of rows.rows) {
        for (const s of this.subs.values()) {
          if (s.topics.some((p) => matches(p, e.topic)))
            jobs.push({ queue: `event:${s.name}`, payload: JSON.stringify({ eventId: e.id }) });
        }
      }
      if (jobs.length) await tx.insertInto('platform.job').values(jobs).execute();
      await tx
        .updateTable('platform.outbox')
        .set({ dispatched_at: sql`now()` })
        .where(
          'id',
          'in',
          rows.rows.map((r) => r.id),
        )
        .execute();
      return rows.rows.length;
    });
  }
}

function toEvent(r: any): OutboxEvent {
  return {
    id: r.id,
    topic: r.topic,
    key: r.key,
    payload: r.payload,
    actorId: r.actor_id,
    requestId: r.request_id,
    createdAt: r.created_at,
  };
}

/**
 * Makes a handler safe to run twice: the marker row and the handler's own writes commit together,
 * so a redelivered event finds the marker and is skipped.
 */
export function idempotent(subscriber: string, fn: (event: OutboxEvent, tx: Transaction<any>) => Promise<void>): EventHandler {
  return async (event, db) => {
    await db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('platform.processed_event')
        .values({ subscriber, event_id: event.id })
        .onConflict((oc) => oc.doNothing())
        .returning('event_id')
        .executeTakeFirst();
      if (inserted) await fn(event, tx);
    });
  };
}
