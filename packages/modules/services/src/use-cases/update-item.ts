import type { ItemDetail, ItemElements, ItemState, ItemType, UpdateItemBody } from '@yiwang/contracts';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import { availableItemActions, blocksDraft, canEditContent, elementsOf, itemLevel, resolveVariant } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { SERVICES_EVENTS } from '../events.js';
import * as items from '../repo/items.js';
import { svc } from '../repo/tables.js';
import { findLive } from '../repo/versions.js';
import { getItem } from './get-item.js';
import { unitInScope, unitOf } from './units.js';
import { codeProblems, elementProblems } from './working-copy.js';

/**
 * Edits the open draft: the given element groups replace the stored ones. A variant inherits its
 * identity from its parent and a claimed item its code and type from its source, so those refuse
 * identity changes.
 */
export async function updateItem(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: UpdateItemBody,
): Promise<ItemDetail> {
  const q = svc(deps.db);
  const item = await items.findItem(q, scopeFilter(actor), id);
  if (!item) throw new AppError('NOT_FOUND');
  if (item.version !== input.version) throw new AppError('CONFLICT');
  const state = item.state as ItemState;
  if (!canEditContent(state))
    throw new AppError('ACTION_NOT_ALLOWED', { state, allowed: availableItemActions(state, { hasLive: item.live_version_id !== null }) });
  const frozen =
    item.kind === 'variant'
      ? (['code', 'name', 'type', 'departmentId'] as const)
      : item.kind === 'claimed'
        ? (['code', 'type'] as const)
        : [];
  for (const f of frozen)
    if (input[f] !== undefined) throw new AppError('VALIDATION_FAILED', { field: f, reason: `fixed for a ${item.kind} item` });

  const patch: items.ItemPatch = {};
  if (input.departmentId !== undefined && input.departmentId !== item.department_id) {
    const unit = await unitOf(deps.db, input.departmentId);
    if (!unit || !unitInScope(actor, unit)) throw new AppError('NOT_FOUND', { field: 'departmentId' });
    // a claimed item stays in the division that claimed it
    if (item.kind === 'claimed' && unit.divisionCode !== item.division_code)
      throw new AppError('CLAIM_NOT_ALLOWED', { field: 'departmentId' });
    Object.assign(patch, { department_id: unit.id, division_code: unit.divisionCode, level: itemLevel(unit.divisionCode) });
  }
  if (input.code !== undefined) patch.code = input.code;
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.type !== undefined) patch.type = input.type;
  const draft: ItemElements = { ...(item.draft as ItemElements), ...elementsOf(input) };
  patch.draft = draft;
  const after = { ...item, ...patch };
  if (item.kind !== 'variant') patch.targets = draft.targets ?? [];

  const badCode = await codeProblems(deps, q, after as never);
  if (badCode.length) throw new AppError('INVALID_ITEM_CODE', { problems: badCode });
  const parent = item.kind === 'variant' && item.parent_id ? await findLive(q, item.parent_id) : undefined;
  const resolved = item.kind === 'variant' ? resolveVariant((parent?.content as ItemElements) ?? {}, draft) : draft;
  if (item.kind === 'variant') patch.targets = resolved.targets ?? [];
  const wrong = (await elementProblems(q, after.type as ItemType, resolved)).filter(blocksDraft);
  if (wrong.length) throw new AppError('ITEM_INVALID', { problems: wrong });

  await mutate(deps.db, meta, async (tx) => {
    if (!(await items.updateItem(svc(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    const changed = Object.keys(input).filter((k) => k !== 'version');
    return {
      result: undefined,
      audit: {
        action: 'services.item.update',
        resourceType: 'service_item',
        resourceId: id,
        divisionCode: after.division_code,
        departmentId: after.department_id,
        details: { changed, code: after.code },
      },
      events: [{ topic: SERVICES_EVENTS.itemUpdated, key: id, payload: { id, changed } }],
    };
  });
  return getItem(deps, actor, id);
}
