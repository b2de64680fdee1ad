import type { Guide, PagedResult, PublicDepartment, PublicItemQuery, PublicItemSummary } from '@yiwang/contracts';
import { AppError } from '@yiwang/platform';
import type { ServicesDeps } from '../deps.js';
import { presentGuide, presentPublicSummary } from '../presenters.js';
import { eLicenceNames } from '../repo/elicence.js';
import { findItemById } from '../repo/items.js';
import { svc } from '../repo/tables.js';
import * as versions from '../repo/versions.js';
import { referencedLicences } from './guide-extras.js';

/** The public catalog: live items only, searchable without signing in (citizens read guides first). */
export async function searchPublicItems(deps: ServicesDeps, f: PublicItemQuery): Promise<PagedResult<PublicItemSummary>> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await versions.listLive(svc(deps.db), { ...f, page, pageSize });
  return { items: rows.map(presentPublicSummary), total, page, pageSize };
}

/** 办事指南 of an item as offered now, with its live 业务办理项 (or its parent when it is one). */
export async function getPublicGuide(deps: ServicesDeps, itemId: string): Promise<Guide> {
  const q = svc(deps.db);
  const live = await versions.findLive(q, itemId);
  if (!live) throw new AppError('NOT_FOUND');
  const [variants, parent, names] = await Promise.all([
    versions.liveVariants(q, itemId),
    live.parent_id ? versions.findLive(q, live.parent_id) : undefined,
    eLicenceNames(q, referencedLicences(live.content)),
  ]);
  return presentGuide(
    live,
    { kind: live.kind, parent_id: live.parent_id, current: true },
    { eLicenceNames: names, variants, parent: parent ?? null },
  );
}

/**
 * Any published version, e.g. the one an application was filed under: it was public when it was
 * published and stays readable, marked as not current once superseded or withdrawn.
 */
export async function getPublicVersion(deps: ServicesDeps, versionId: string): Promise<Guide> {
  const q = svc(deps.db);
  const v = await versions.findVersion(q, versionId);
  if (!v) throw new AppError('NOT_FOUND');
  const item = (await findItemById(q, v.item_id))!;
  const current = item.live_version_id === v.id && ['published', 'draft', 'review'].includes(item.state);
  const parent = item.parent_id ? ((await versions.findLive(q, item.parent_id)) ?? null) : null;
  return presentGuide(
    v,
    { kind: item.kind, parent_id: item.parent_id, current },
    { eLicenceNames: await eLicenceNames(q, referencedLicences(v.content)), variants: [], parent },
  );
}

export async function listPublicDepartments(deps: ServicesDeps): Promise<PublicDepartment[]> {
  const rows = await versions.liveDepartments(svc(deps.db));
  return rows.map((r) => ({ id: r.department_id, name: r.department_name, divisionCode: r.division_code, items: Number(r.n) }));
}
