import type { IntakeSourceView } from '@yiwang/contracts';
import { AppError, mutate, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { INTAKE_EVENTS } from '../intake-events.js';
import { presentSource } from '../intake-presenters.js';
import { iq } from '../repo/intake-tables.js';
import * as sources from '../repo/sources.js';

/** Stops a key at once (a leaked key, a retired device); the source keeps its history and can get a new key by rotation. */
export async function revokeSourceKey(deps: HotlineDeps, meta: RequestMeta, id: string, version: number): Promise<IntakeSourceView> {
  await mutate(deps.db, meta, async (tx) => {
    const before = await sources.findSource(iq(tx), id);
    if (!before) throw new AppError('NOT_FOUND');
    if (!(await sources.updateSource(iq(tx), id, version, { key_revoked_at: new Date() }))) throw new AppError('CONFLICT');
    return {
      result: undefined,
      audit: {
        action: 'hotline.intake_source.revoke_key',
        resourceType: 'intake_source',
        resourceId: id,
        details: { keyPrefix: before.key_prefix, alreadyRevoked: before.key_revoked_at !== null },
      },
      events: [{ topic: INTAKE_EVENTS.keyRevoked, key: id, payload: { id, keyPrefix: before.key_prefix } }],
    };
  });
  const row = await sources.findSource(iq(deps.db), id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentSource(row);
}
