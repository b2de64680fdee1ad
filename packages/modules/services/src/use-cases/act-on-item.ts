import type { ItemAction, ItemDetail, ItemState } from '@yiwang/contracts';
import { AppError, mutate, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import { itemTransition } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { ITEM_ACTION_EVENTS } from '../events.js';
import * as items from '../repo/items.js';
import { svc, type Q } from '../repo/tables.js';
import { findVersion, latestVersion } from '../repo/versions.js';
import { getItem } from './get-item.js';
import { assertPublishable, writeVersion } from './publish-item.js';
import { refreshDepartmentReport } from './quality-report.js';
import { unitNames } from './units.js';

export interface ItemActionInput {
  action: ItemAction;
  version: number;
  comment?: string | undefined;
}

/** The draft a revision starts from: the live version, or the last one of a withdrawn item. */
async function revisionDraft(q: Q, item: items.ItemRow) {
  const v = item.live_version_id ? await findVersion(q, item.live_version_id) : await latestVersion(q, item.id);
  if (!v) throw new AppError('ITEM_NOT_LIVE');
  return item.kind === 'variant' ? (v.overrides ?? {}) : v.content;
}

/**
 * One lifecycle step (S1): the state machine decides whether the action is allowed here; submit and
 * publish re-check the elements; publish writes the immutable version and refreshes the
 * department's quality report, all with the audit record and the event in one transaction.
 */
export async function actOnItem(
  deps: ServicesDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: ItemActionInput,
): Promise<ItemDetail> {
  const q = svc(deps.db);
  const found = await items.findItem(q, scopeFilter(actor), id);
  if (!found) throw new AppError('NOT_FOUND');
  if (found.version !== input.version) throw new AppError('CONFLICT');
  const t = itemTransition(found.state as ItemState, input.action, { hasLive: found.live_version_id !== null });
  if (!t.ok) throw new AppError('ACTION_NOT_ALLOWED', { state: t.state, allowed: t.allowed });
  if (input.action === 'submit') await assertPublishable(deps, q, found);
  if (input.action === 'withdraw') {
    // a 业务办理项 cannot outlive its item: withdraw the live variants first
    const live = (await items.listVariants(q, id)).filter((v) => v.live_version_id !== null);
    if (live.length)
      throw new AppError('ACTION_NOT_ALLOWED', { state: found.state, reason: 'live variants', variants: live.map((v) => v.id) });
  }

  // read before the transaction: on PGlite a query outside it would wait for it forever
  const departmentName = (await unitNames(deps.db, [found.department_id])).get(found.department_id) ?? '';
  await mutate(deps.db, meta, async (tx) => {
    const tq = svc(tx);
    // re-read inside the transaction: the version check below then guards everything written here
    const item = (await items.findItemById(tq, id))!;
    const now = new Date();
    let patch: items.ItemPatch = { state: t.to };
    let versionId: string | null = null;
    switch (input.action) {
      case 'submit':
        patch.review_note = null;
        break;
      case 'reject':
        patch.review_note = input.comment?.trim() || null;
        break;
      case 'publish': {
        const written = await writeVersion(deps, tq, item, actor, now, departmentName);
        patch = { ...written.patch, review_note: input.comment?.trim() || null };
        versionId = written.version.id;
        break;
      }
      case 'revise':
        patch.draft = await revisionDraft(tq, item);
        patch.review_note = null;
        break;
      case 'discard':
        patch.draft = null;
        break;
      case 'withdraw':
        patch.live_version_id = null;
        break;
      case 'archive':
        patch.draft = null;
        break;
      case 'confirm':
        patch.last_reviewed_at = now;
        patch.review_note = input.comment?.trim() || null;
        break;
    }
    if (!(await items.updateItem(tq, id, input.version, patch))) throw new AppError('CONFLICT');
    // what the public reads changed (or its review date did): the department's report follows at once
    if (['publish', 'withdraw', 'confirm', 'archive'].includes(input.action))
      await refreshDepartmentReport(
        deps,
        tq,
        { id: item.department_id, divisionCode: item.division_code },
        `${input.action}:${item.code}`,
        now,
      );
    return {
      result: undefined,
      audit: {
        action: `services.item.${input.action}`,
        resourceType: 'service_item',
        resourceId: id,
        divisionCode: item.division_code,
        departmentId: item.department_id,
        details: {
          code: item.code,
          from: item.state,
          to: t.to,
          ...(versionId ? { versionId } : {}),
          ...(input.comment ? { comment: input.comment } : {}),
        },
      },
      events: [
        {
          topic: ITEM_ACTION_EVENTS[input.action],
          key: id,
          payload: { id, code: item.code, departmentId: item.department_id, state: t.to, ...(versionId ? { versionId } : {}) },
        },
      ],
    };
  });
  return getItem(deps, actor, id);
}
