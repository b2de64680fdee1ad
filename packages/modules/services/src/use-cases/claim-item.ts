import type { ClaimItemBody, ItemDetail, ItemElements } from '@yiwang/contracts';
import { AppError, mutate, newId, scopeFilter, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { canClaimInto, codeRuleFor, itemLevel } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { SERVICES_EVENTS } from '../events.js';
import * as items from '../repo/items.js';
import { svc } from '../repo/tables.js';
import { findLive } from '../repo/versions.js';
import { getItem } from './get-item.js';
import { unitInScope, unitOf } from './units.js';

/**
 * 认领: a department of a lower division takes over a published item of a higher one for its own
 * area. The claim starts as a draft copy of the live guide with the department's own places,
 * contacts and fees; its code keeps the basic code with the claiming region.
 */
export async function claimItem(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  sourceId: string,
  input: ClaimItemBody,
  idem?: Idempotency,
): Promise<ItemDetail> {
  const q = svc(deps.db);
  const live = await findLive(q, sourceId);
  // an item nobody published is visible only to its own editors; to others it does not exist
  if (!live) throw new AppError((await items.findItem(q, scopeFilter(actor), sourceId)) ? 'ITEM_NOT_LIVE' : 'NOT_FOUND');
  const source = (await items.findItemById(q, sourceId))!;
  if (source.kind === 'variant') throw new AppError('CLAIM_NOT_ALLOWED', { reason: 'claim the item, then split it locally' });
  const unit = await unitOf(deps.db, input.departmentId);
  if (!unit || !unitInScope(actor, unit)) throw new AppError('NOT_FOUND', { field: 'departmentId' });
  if (!canClaimInto(source.division_code, unit.divisionCode)) throw new AppError('CLAIM_NOT_ALLOWED', { field: 'departmentId' });
  if (await items.findClaim(q, sourceId, unit.divisionCode)) throw new AppError('ITEM_ALREADY_CLAIMED');

  const code = codeRuleFor(unit.divisionCode, deps.config.codeRules).claimCode(source.code, unit.divisionCode);
  const draft: ItemElements = { ...(live.content as ItemElements) };
  if (input.places !== undefined) draft.places = input.places;
  if (input.contacts !== undefined) draft.contacts = input.contacts;
  if (input.fees !== undefined) draft.fees = input.fees;
  const id = newId();
  const stored = await mutate(
    deps.db,
    meta,
    async (tx) => {
      await items.insertItem(svc(tx), {
        id,
        code,
        kind: 'claimed',
        parent_id: null,
        situation: null,
        source_item_id: sourceId,
        department_id: unit.id,
        division_code: unit.divisionCode,
        level: itemLevel(unit.divisionCode),
        name: live.name,
        type: live.type,
        targets: live.targets,
        state: 'draft',
        draft,
        live_version_id: null,
        latest_version_no: 0,
        last_reviewed_at: null,
        review_note: null,
        created_by: actor.id,
      });
      return {
        result: { id },
        audit: {
          action: 'services.item.claim',
          resourceType: 'service_item',
          resourceId: id,
          divisionCode: unit.divisionCode,
          departmentId: unit.id,
          details: { code, sourceItemId: sourceId, sourceVersionId: live.id },
        },
        events: [
          { topic: SERVICES_EVENTS.itemClaimed, key: id, payload: { id, code, sourceItemId: sourceId, divisionCode: unit.divisionCode } },
        ],
      };
    },
    idem,
  );
  return getItem(deps, actor, stored.id);
}
