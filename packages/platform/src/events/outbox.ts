import type { Transaction } from 'kysely';
import type { RequestMeta } from '../tx/context.js';

export interface EventInput {
  /** module.resource.past-tense verb, e.g. identity.department.created */
  topic: string;
  key?: string;
  payload: Record<string, unknown>;
}

export interface OutboxEvent {
  id: number;
  topic: string;
  key: string | null;
  payload: Record<string, unknown>;
  actorId: string | null;
  requestId: string | null;
  createdAt: Date;
}

/** Written in the caller's transaction, so an event exists exactly when its change committed. */
export async function publish(tx: Transaction<any>, meta: RequestMeta, e: EventInput): Promise<void> {
  await tx
    .insertInto('platform.outbox')
    .values({
      topic: e.topic,
      key: e.key ?? null,
      payload: JSON.stringify(e.payload),
      actor_id: meta.actor.id,
      request_id: meta.requestId ?? null,
    })
    .execute();
}
