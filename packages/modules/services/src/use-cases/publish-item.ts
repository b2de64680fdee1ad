import type { ElementProblem, ItemType } from '@yiwang/contracts';
import { AppError, newId, type Actor } from '@yiwang/platform';
import { isBlocking, variantName } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import type { ItemPatch, ItemRow } from '../repo/items.js';
import type { Q } from '../repo/tables.js';
import { insertVersion, type VersionRow } from '../repo/versions.js';
import { codeProblems, elementProblems, workingCopy, type WorkingCopy } from './working-copy.js';

/** Everything that refuses submit or publish: the code by its region's rule, then every blocking element rule. */
export async function publishBlockers(deps: ServicesDeps, q: Q, item: ItemRow): Promise<{ w: WorkingCopy; blockers: ElementProblem[] }> {
  const w = await workingCopy(q, item);
  if (item.kind === 'variant' && !w.parentLive) throw new AppError('ITEM_NOT_LIVE', { field: 'parentId' });
  const problems = [...(await codeProblems(deps, q, item as never)), ...(await elementProblems(q, item.type as ItemType, w.content))];
  return { w, blockers: problems.filter(isBlocking) };
}

export async function assertPublishable(deps: ServicesDeps, q: Q, item: ItemRow): Promise<WorkingCopy> {
  const { w, blockers } = await publishBlockers(deps, q, item);
  if (blockers.length) throw new AppError('ITEM_NOT_PUBLISHABLE', { problems: blockers });
  return w;
}

/**
 * Runs inside the publishing transaction, so it reads only through `q` (PGlite has one connection).
 * Writes the next immutable version from the working copy (a variant resolved against its parent's
 * live version, which the version remembers) and returns the item patch that makes it live.
 */
export async function writeVersion(
  deps: ServicesDeps,
  q: Q,
  item: ItemRow,
  actor: Actor,
  now: Date,
  departmentName: string,
): Promise<{ version: VersionRow; patch: ItemPatch }> {
  const w = await assertPublishable(deps, q, item);
  const content = w.content;
  const name = item.kind === 'variant' && w.parentLive ? variantName(w.parentLive.name, item.situation ?? '') : item.name;
  const version: VersionRow = {
    id: newId(),
    item_id: item.id,
    version_no: item.latest_version_no + 1,
    code: item.code,
    name,
    type: item.type,
    department_id: item.department_id,
    department_name: departmentName,
    division_code: item.division_code,
    level: item.level,
    targets: content.targets ?? [],
    content,
    overrides: item.kind === 'variant' ? w.overrides : null,
    parent_version_id: item.kind === 'variant' ? (w.parentLive?.id ?? null) : null,
    published_at: now,
    published_by: actor.id,
    published_by_name: actor.displayName,
  };
  await insertVersion(q, version);
  return {
    version,
    patch: {
      state: 'published',
      draft: null,
      name,
      targets: version.targets,
      live_version_id: version.id,
      latest_version_no: version.version_no,
      last_reviewed_at: now,
    },
  };
}
