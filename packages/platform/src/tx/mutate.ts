import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../errors.js';
import { canonicalJson } from '../json.js';
import { sm3Hex } from '../crypto/index.js';
import { writeAudit, type AuditInput } from '../audit/write.js';
import { publish, type EventInput } from '../events/outbox.js';
import type { RequestMeta } from './context.js';

export type Tx = Transaction<any>;

export interface ChangeResult<T> {
  result: T;
  audit: AuditInput | AuditInput[];
  events?: EventInput[];
}

export interface Idempotency {
  /** the client's Idempotency-Key header */
  key: string;
  /** route + actor, so two users' keys never collide */
  scope: string;
  /** the request body; the same key with another body is refused */
  request: unknown;
}

/**
 * The one way to change state: the rows, their audit record(s) and outbox event(s) commit in one
 * transaction, or none of them do. With an idempotency key a retry returns the first result.
 */
export async function mutate<T>(
  db: Kysely<any>,
  meta: RequestMeta,
  fn: (tx: Tx) => Promise<ChangeResult<T>>,
  idem?: Idempotency,
): Promise<T> {
  try {
    return await attempt(db, meta, fn, idem);
  } catch (err) {
    // a concurrent request with the same key won the insert: answer with its stored result
    if (idem && (err as { code?: string }).code === '23505' && /idempotency/.test(String((err as Error).message))) {
      return attempt(db, meta, fn, idem);
    }
    throw err;
  }
}

async function attempt<T>(db: Kysely<any>, meta: RequestMeta, fn: (tx: Tx) => Promise<ChangeResult<T>>, idem?: Idempotency) {
  return db.transaction().execute(async (tx) => {
    const requestHash = idem ? sm3Hex(canonicalJson(idem.request ?? null)) : '';
    if (idem) {
      const prior = await tx
        .selectFrom('platform.idempotency_key')
        .select(['request_hash', 'result'])
        .where('scope', '=', idem.scope)
        .where('key', '=', idem.key)
        .executeTakeFirst();
      if (prior) {
        if (prior.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return (prior.result as { value: T }).value;
      }
    }
    const out = await fn(tx);
    for (const a of Array.isArray(out.audit) ? out.audit : [out.audit]) await writeAudit(tx, meta, a);
    for (const e of out.events ?? []) await publish(tx, meta, e);
    if (idem) {
      await tx
        .insertInto('platform.idempotency_key')
        .values({ scope: idem.scope, key: idem.key, request_hash: requestHash, result: JSON.stringify({ value: out.result ?? null }) })
        .execute();
    }
    return out.result;
  });
}
