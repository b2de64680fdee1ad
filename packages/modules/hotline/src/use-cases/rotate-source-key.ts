import { randomBytes } from 'node:crypto';
import type { IntakeSourceWithKey } from '@yiwang/contracts';
import { AppError, mutate, type RequestMeta } from '@yiwang/platform';
import { formatApiKey, hashApiKey } from '../domain/api-key.js';
import type { HotlineDeps } from '../deps.js';
import { INTAKE_EVENTS } from '../intake-events.js';
import { presentSource } from '../intake-presenters.js';
import { iq } from '../repo/intake-tables.js';
import * as sources from '../repo/sources.js';

/** Issues a new key (shown once) and lifts a revocation; the old key stops working in the same commit. */
export async function rotateSourceKey(deps: HotlineDeps, meta: RequestMeta, id: string, version: number): Promise<IntakeSourceWithKey> {
  const { key, prefix } = formatApiKey(randomBytes(38));
  await mutate(deps.db, meta, async (tx) => {
    const before = await sources.findSource(iq(tx), id);
    if (!before) throw new AppError('NOT_FOUND');
    const changed = await sources.updateSource(iq(tx), id, version, {
      key_prefix: prefix,
      key_hash: hashApiKey(deps.hmacKey, key),
      key_revoked_at: null,
      reissued: true,
    });
    if (!changed) throw new AppError('CONFLICT');
    return {
      result: undefined,
      audit: {
        action: 'hotline.intake_source.rotate_key',
        resourceType: 'intake_source',
        resourceId: id,
        details: { previousKeyPrefix: before.key_prefix, keyPrefix: prefix },
      },
      events: [{ topic: INTAKE_EVENTS.keyRotated, key: id, payload: { id, keyPrefix: prefix } }],
    };
  });
  const row = await sources.findSource(iq(deps.db), id);
  if (!row) throw new AppError('NOT_FOUND');
  return { source: presentSource(row), apiKey: key };
}
