import type { CreateItemBody, ItemDetail } from '@yiwang/contracts';
import { AppError, mutate, newId, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { blocksDraft, elementsOf, itemLevel, validateItemCode } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { SERVICES_EVENTS } from '../events.js';
import { insertItem } from '../repo/items.js';
import { svc } from '../repo/tables.js';
import { getItem } from './get-item.js';
import { unitInScope, unitOf } from './units.js';
import { elementProblems } from './working-copy.js';

/**
 * 注册: a department's new item starts as a draft. Its code is checked by the rule of the
 * department's region; elements may be incomplete, but never plainly wrong.
 */
export async function createItem(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  input: CreateItemBody,
  idem?: Idempotency,
): Promise<ItemDetail> {
  const unit = await unitOf(deps.db, input.departmentId);
  // a department outside one's scope looks exactly like one that does not exist
  if (!unit || !unitInScope(actor, unit)) throw new AppError('NOT_FOUND', { field: 'departmentId' });
  const codeProblems = validateItemCode(
    input.code,
    { type: input.type, divisionCode: unit.divisionCode, kind: 'standard' },
    deps.config.codeRules,
  );
  if (codeProblems.length) throw new AppError('INVALID_ITEM_CODE', { problems: codeProblems });
  const draft = elementsOf(input);
  const wrong = (await elementProblems(svc(deps.db), input.type, draft)).filter(blocksDraft);
  if (wrong.length) throw new AppError('ITEM_INVALID', { problems: wrong });
  const id = newId();
  const stored = await mutate(
    deps.db,
    meta,
    async (tx) => {
      await insertItem(svc(tx), {
        id,
        code: input.code,
        kind: 'standard',
        parent_id: null,
        situation: null,
        source_item_id: null,
        department_id: unit.id,
        division_code: unit.divisionCode,
        level: itemLevel(unit.divisionCode),
        name: input.name.trim(),
        type: input.type,
        targets: draft.targets ?? [],
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
          action: 'services.item.create',
          resourceType: 'service_item',
          resourceId: id,
          divisionCode: unit.divisionCode,
          departmentId: unit.id,
          details: { code: input.code, name: input.name, type: input.type },
        },
        events: [{ topic: SERVICES_EVENTS.itemCreated, key: id, payload: { id, code: input.code, departmentId: unit.id } }],
      };
    },
    idem,
  );
  // a retry with the same Idempotency-Key gets the first item's id back and reads it like the first call did
  return getItem(deps, actor, stored.id);
}
