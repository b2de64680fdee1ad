import { sql } from 'kysely';
import { textArray } from '@yiwang/platform';
import type { ClassifierModelRow, Q } from './tables.js';

/** A stored model without its payload (megabytes): what lists, checks and the holder's poll read. */
export type ModelRow = Omit<ClassifierModelRow, 'payload' | 'active' | 'version' | 'created_at'> & {
  active: boolean;
  version: number;
  created_at: Date;
};

const cols = [
  'id',
  'model_version',
  'labels',
  'label_map',
  'metrics',
  'training',
  'payload_bytes',
  'active',
  'version',
  'created_at',
  'created_by',
] as const;

export function listModels(q: Q): Promise<ModelRow[]> {
  return q.selectFrom('hotline.classifier_model').select(cols).orderBy('model_version', 'desc').execute() as Promise<ModelRow[]>;
}

export function findModel(q: Q, id: string): Promise<ModelRow | undefined> {
  return q.selectFrom('hotline.classifier_model').select(cols).where('id', '=', id).executeTakeFirst() as Promise<ModelRow | undefined>;
}

/** The cheap question every node asks every few seconds: which model (and which edit of it) is active. */
export function activeModelKey(q: Q): Promise<{ id: string; version: number; model_version: number; label_map: unknown } | undefined> {
  return q
    .selectFrom('hotline.classifier_model')
    .select(['id', 'version', 'model_version', 'label_map'])
    .where('active', '=', true)
    .executeTakeFirst() as Promise<{ id: string; version: number; model_version: number; label_map: unknown } | undefined>;
}

export async function modelPayload(q: Q, id: string): Promise<Uint8Array | undefined> {
  const r = await q.selectFrom('hotline.classifier_model').select('payload').where('id', '=', id).executeTakeFirst();
  return r?.payload;
}

/** The next model number, serialised by a transaction-scoped advisory lock so two nodes never take the same one. */
export async function nextModelVersion(q: Q): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(7310402)`.execute(q);
  const r = await q
    .selectFrom('hotline.classifier_model')
    .select((eb) => eb.fn.max('model_version').as('m'))
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertModel(
  q: Q,
  m: Omit<ClassifierModelRow, 'active' | 'version' | 'created_at' | 'label_map' | 'metrics' | 'training'> & {
    label_map: Record<string, string>;
    metrics: unknown;
    training: unknown;
  },
) {
  await q
    .insertInto('hotline.classifier_model')
    .values({
      ...m,
      labels: textArray(m.labels),
      label_map: JSON.stringify(m.label_map),
      metrics: m.metrics === null ? null : JSON.stringify(m.metrics),
      training: JSON.stringify(m.training),
    })
    .execute();
}

/** Switches the active model off (at most one row), bumping its version; returns its id or null. */
export async function deactivateActive(q: Q): Promise<string | null> {
  const r = await q
    .updateTable('hotline.classifier_model')
    .set({ active: false, version: sql`version + 1` })
    .where('active', '=', true)
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Optimistic lock: false when the model changed since `version` (or does not exist). */
export async function updateModel(q: Q, id: string, version: number, patch: { active?: boolean; label_map?: Record<string, string> }) {
  const r = await q
    .updateTable('hotline.classifier_model')
    .set({
      ...(patch.active === undefined ? {} : { active: patch.active }),
      ...(patch.label_map === undefined ? {} : { label_map: JSON.stringify(patch.label_map) }),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
