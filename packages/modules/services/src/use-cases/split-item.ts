import type { ItemDetail, ItemElements, ItemType, SplitItemBody } from '@yiwang/contracts';
import { AppError, mutate, newId, scopeFilter, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { blocksDraft, codeRuleFor, elementsOf, resolveVariant, variantName } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { SERVICES_EVENTS } from '../events.js';
import * as items from '../repo/items.js';
import { svc } from '../repo/tables.js';
import { findLive } from '../repo/versions.js';
import { getItem } from './get-item.js';
import { elementProblems } from './working-copy.js';

const MAX_VARIANTS = 99;

/**
 * 拆分: a 业务办理项 for one situation (新办, 变更, 延续 …) of a published item. It inherits every
 * element of its parent's live version and keeps only its overrides; its code is the parent's plus
 * a two-digit number that is never reused.
 */
export async function splitItem(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  parentId: string,
  input: SplitItemBody,
  idem?: Idempotency,
): Promise<ItemDetail> {
  const q = svc(deps.db);
  const parent = await items.findItem(q, scopeFilter(actor), parentId);
  if (!parent) throw new AppError('NOT_FOUND');
  if (parent.kind === 'variant') throw new AppError('SPLIT_NOT_ALLOWED');
  const live = await findLive(q, parentId);
  if (!live) throw new AppError('ITEM_NOT_LIVE');
  const taken = (await items.listVariants(q, parentId)).map((v) => Number(v.code.slice(-2)));
  const seq = Math.max(0, ...taken) + 1;
  if (seq > MAX_VARIANTS) throw new AppError('SPLIT_NOT_ALLOWED', { reason: 'no variant numbers left' });
  const code = codeRuleFor(parent.division_code, deps.config.codeRules).variantCode(parent.code, seq);
  const overrides = elementsOf(input.overrides ?? {});
  const resolved = resolveVariant(live.content as ItemElements, overrides);
  const wrong = (await elementProblems(q, parent.type as ItemType, resolved)).filter(blocksDraft);
  if (wrong.length) throw new AppError('ITEM_INVALID', { problems: wrong });
  const situation = input.situation.trim();
  const id = newId();
  const stored = await mutate(
    deps.db,
    meta,
    async (tx) => {
      await items.insertItem(svc(tx), {
        id,
        code,
        kind: 'variant',
        parent_id: parentId,
        situation,
        source_item_id: null,
        department_id: parent.department_id,
        division_code: parent.division_code,
        level: parent.level,
        name: variantName(live.name, situation),
        type: parent.type,
        targets: resolved.targets ?? [],
        state: 'draft',
        draft: overrides,
        live_version_id: null,
        latest_version_no: 0,
        last_reviewed_at: null,
        review_note: null,
        created_by: actor.id,
      });
      return {
        result: { id },
        audit: {
          action: 'services.item.split',
          resourceType: 'service_item',
          resourceId: id,
          divisionCode: parent.division_code,
          departmentId: parent.department_id,
          details: { code, parentId, situation, overrides: Object.keys(overrides) },
        },
        events: [{ topic: SERVICES_EVENTS.itemSplit, key: id, payload: { id, code, parentId } }],
      };
    },
    idem,
  );
  return getItem(deps, actor, stored.id);
}
