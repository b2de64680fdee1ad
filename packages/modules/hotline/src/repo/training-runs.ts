import { sql } from 'kysely';
import type { Q, TrainingRunRow } from './tables.js';

export type RunRow = Omit<TrainingRunRow, 'state' | 'requested_at'> & { state: string; requested_at: Date };

export function listRuns(q: Q, limit: number): Promise<RunRow[]> {
  return q.selectFrom('hotline.training_run').selectAll().orderBy('requested_at', 'desc').limit(limit).execute() as Promise<RunRow[]>;
}

export function findRun(q: Q, id: string): Promise<RunRow | undefined> {
  return q.selectFrom('hotline.training_run').selectAll().where('id', '=', id).executeTakeFirst() as Promise<RunRow | undefined>;
}

/** A run still waiting or working; one started over an hour ago counts as crashed, so it cannot block forever. */
export async function pendingRun(q: Q): Promise<RunRow | undefined> {
  return q
    .selectFrom('hotline.training_run')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('state', '=', 'queued'),
        eb.and([eb('state', '=', 'running'), eb('started_at', '>', sql<Date>`now() - interval '1 hour'`)]),
      ]),
    )
    .executeTakeFirst() as Promise<RunRow | undefined>;
}

export async function insertRun(q: Q, r: { id: string; activate: boolean; requested_by: string | null }) {
  await q.insertInto('hotline.training_run').values(r).execute();
}

/** Moves a run on from `from`; false when it is no longer there (another node took it). */
export async function updateRun(
  q: Q,
  id: string,
  from: string,
  patch: Partial<Pick<RunRow, 'state' | 'model_id' | 'error_code' | 'error'>> & { started?: true; finished?: true },
): Promise<boolean> {
  const { started, finished, ...rest } = patch;
  const r = await q
    .updateTable('hotline.training_run')
    .set({ ...rest, ...(started ? { started_at: sql`now()` } : {}), ...(finished ? { finished_at: sql`now()` } : {}) })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
