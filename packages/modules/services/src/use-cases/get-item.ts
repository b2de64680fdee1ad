import type {
  ELicenceType,
  Guide,
  ItemDetail,
  ItemListQuery,
  ItemState,
  ItemSummary,
  ItemType,
  ItemVersionSummary,
  PagedResult,
} from '@yiwang/contracts';
import { AppError, can, scopeFilter, type Actor } from '@yiwang/platform';
import { availableItemActions, isEditAction } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { presentGuide, presentItemDetail, presentItemSummary, presentVersionSummary } from '../presenters.js';
import { eLicenceNames, listELicenceTypes as listTypes } from '../repo/elicence.js';
import * as items from '../repo/items.js';
import { svc } from '../repo/tables.js';
import * as versions from '../repo/versions.js';
import { referencedLicences } from './guide-extras.js';
import { unitNames } from './units.js';
import { codeProblems, elementProblems, workingCopy } from './working-copy.js';

/** One item as an editor or reviewer sees it; out of scope looks exactly like not existing. */
export async function getItem(deps: ServicesDeps, actor: Actor, id: string): Promise<ItemDetail> {
  const q = svc(deps.db);
  const row = await items.findItem(q, scopeFilter(actor), id);
  if (!row) throw new AppError('NOT_FOUND');
  const w = await workingCopy(q, row);
  const problems = [...(await codeProblems(deps, q, row as never)), ...(await elementProblems(q, row.type as ItemType, w.content))];
  const actions = availableItemActions(row.state as ItemState, { hasLive: row.live_version_id !== null }).filter((a) =>
    can(actor, isEditAction(a) ? 'services.catalog.write' : 'services.catalog.review'),
  );
  const [variants, parent, source, names] = await Promise.all([
    items.listVariants(q, id),
    row.parent_id ? items.findItemById(q, row.parent_id) : null,
    row.source_item_id ? items.findItemById(q, row.source_item_id) : null,
    unitNames(deps.db, [row.department_id]),
  ]);
  return presentItemDetail(row, names.get(row.department_id) ?? '', w, { problems, actions, variants, parent, source });
}

export async function listItems(deps: ServicesDeps, actor: Actor, f: ItemListQuery): Promise<PagedResult<ItemSummary>> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await items.listItems(svc(deps.db), scopeFilter(actor), { ...f, page, pageSize });
  const names = await unitNames(
    deps.db,
    rows.map((r) => r.department_id),
  );
  return { items: rows.map((r) => presentItemSummary(r, names.get(r.department_id) ?? '')), total, page, pageSize };
}

export async function listItemVersions(deps: ServicesDeps, actor: Actor, id: string): Promise<ItemVersionSummary[]> {
  const q = svc(deps.db);
  const row = await items.findItem(q, scopeFilter(actor), id);
  if (!row) throw new AppError('NOT_FOUND');
  return (await versions.listVersions(q, id)).map((v) => presentVersionSummary(v, row.live_version_id));
}

/** One published version (the guide as it was) for a catalog reader with the item in scope. */
export async function getItemVersion(deps: ServicesDeps, actor: Actor, versionId: string): Promise<Guide> {
  const q = svc(deps.db);
  const v = await versions.findVersion(q, versionId);
  const row = v ? await items.findItem(q, scopeFilter(actor), v.item_id) : undefined;
  if (!v || !row) throw new AppError('NOT_FOUND');
  const parent = row.parent_id ? ((await versions.findLive(q, row.parent_id)) ?? null) : null;
  return presentGuide(
    v,
    { kind: row.kind, parent_id: row.parent_id, current: row.live_version_id === v.id },
    { eLicenceNames: await eLicenceNames(q, referencedLicences(v.content)), variants: [], parent },
  );
}

export async function listELicenceTypes(deps: ServicesDeps): Promise<ELicenceType[]> {
  return listTypes(svc(deps.db));
}
