import { sql } from 'kysely';
import type { IntakeSourceRow, IQ } from './intake-tables.js';

export type SourceRow = Omit<IntakeSourceRow, 'active' | 'key_issued_at' | 'version' | 'created_at' | 'updated_at'> & {
  active: boolean;
  key_issued_at: Date;
  version: number;
  created_at: Date;
};

const cols = [
  'id',
  'name',
  'kind',
  'default_division_code',
  'active',
  'key_prefix',
  'key_hash',
  'key_issued_at',
  'key_revoked_at',
  'version',
  'created_at',
  'created_by',
] as const;

export async function insertSource(
  q: IQ,
  r: Pick<SourceRow, 'id' | 'name' | 'kind' | 'default_division_code' | 'key_prefix' | 'key_hash' | 'created_by'>,
) {
  await q
    .insertInto('hotline.intake_source')
    .values({ ...r, key_revoked_at: null })
    .execute();
}

export function listSources(q: IQ): Promise<SourceRow[]> {
  return q.selectFrom('hotline.intake_source').select(cols).orderBy('created_at').orderBy('id').execute() as Promise<SourceRow[]>;
}

export function findSource(q: IQ, id: string): Promise<SourceRow | undefined> {
  return q.selectFrom('hotline.intake_source').select(cols).where('id', '=', id).executeTakeFirst() as Promise<SourceRow | undefined>;
}

export function findSourceByPrefix(q: IQ, prefix: string): Promise<SourceRow | undefined> {
  return q.selectFrom('hotline.intake_source').select(cols).where('key_prefix', '=', prefix).executeTakeFirst() as Promise<
    SourceRow | undefined
  >;
}

/** Optimistic lock: false when the source changed since `version`. */
export async function updateSource(
  q: IQ,
  id: string,
  version: number,
  patch: Partial<Pick<SourceRow, 'name' | 'default_division_code' | 'active' | 'key_prefix' | 'key_hash' | 'key_revoked_at'>> & {
    reissued?: boolean;
  },
): Promise<boolean> {
  const { reissued, ...rest } = patch;
  const r = await q
    .updateTable('hotline.intake_source')
    .set({
      ...rest,
      ...(reissued ? { key_issued_at: sql`now()` } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
