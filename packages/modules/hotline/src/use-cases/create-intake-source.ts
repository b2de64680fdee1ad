import { randomBytes } from 'node:crypto';
import type { CreateIntakeSourceBody, IntakeSourceWithKey } from '@yiwang/contracts';
import { AppError, mutate, newId, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { formatApiKey, hashApiKey } from '../domain/api-key.js';
import type { HotlineDeps } from '../deps.js';
import { INTAKE_EVENTS } from '../intake-events.js';
import { presentSource } from '../intake-presenters.js';
import { iq } from '../repo/intake-tables.js';
import * as sources from '../repo/sources.js';
import { checkDivision } from './check-division.js';

/**
 * Registers a source that may send events (H5) or Open311 requests (H7) and issues its key. The key is
 * in this answer only: the row keeps an HMAC of it, and the idempotency record keeps just the id, so a
 * replayed create answers without a key (rotate to get a new one).
 */
export async function createIntakeSource(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  input: CreateIntakeSourceBody,
  idem?: Idempotency,
): Promise<IntakeSourceWithKey> {
  const division = await checkDivision(deps, input.defaultDivisionCode ?? null);
  const id = newId();
  const { key, prefix } = formatApiKey(randomBytes(38));
  const name = input.name.trim();
  const stored = await mutate(
    deps.db,
    meta,
    async (tx) => {
      await sources.insertSource(iq(tx), {
        id,
        name,
        kind: input.kind,
        default_division_code: division,
        key_prefix: prefix,
        key_hash: hashApiKey(deps.hmacKey, key),
        created_by: actor.id,
      });
      return {
        result: { id },
        audit: {
          action: 'hotline.intake_source.create',
          resourceType: 'intake_source',
          resourceId: id,
          divisionCode: division,
          details: { name, kind: input.kind, defaultDivisionCode: division, keyPrefix: prefix },
        },
        events: [{ topic: INTAKE_EVENTS.sourceCreated, key: id, payload: { id, name, kind: input.kind } }],
      };
    },
    idem,
  );
  const row = await sources.findSource(iq(deps.db), stored.id);
  if (!row) throw new AppError('NOT_FOUND');
  return { source: presentSource(row), apiKey: stored.id === id ? key : null };
}
