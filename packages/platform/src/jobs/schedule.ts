import { sql, type Transaction } from 'kysely';

export interface JobSpec {
  queue: string;
  payload?: Record<string, unknown>;
  /** when to run; default now */
  runAt?: Date;
  /** at most one pending job per (queue, key): re-scheduling a timer replaces it */
  singletonKey?: string;
  maxAttempts?: number;
}

/**
 * Schedules a durable job in the caller's transaction: a deadline timer exists exactly when the
 * state change that needs it committed, and it survives restarts because it is a row.
 */
export async function scheduleJob(tx: Transaction<any>, spec: JobSpec): Promise<void> {
  if (spec.singletonKey) await cancelJobs(tx, spec.queue, spec.singletonKey);
  await tx
    .insertInto('platform.job')
    .values({
      queue: spec.queue,
      payload: JSON.stringify(spec.payload ?? {}),
      run_at: spec.runAt ?? sql`now()`,
      singleton_key: spec.singletonKey ?? null,
      max_attempts: spec.maxAttempts ?? 8,
    })
    .execute();
}

export async function cancelJobs(tx: Transaction<any>, queue: string, singletonKey: string): Promise<number> {
  const r = await tx
    .updateTable('platform.job')
    .set({ state: 'cancelled', finished_at: sql`now()` })
    .where('queue', '=', queue)
    .where('singleton_key', '=', singletonKey)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
