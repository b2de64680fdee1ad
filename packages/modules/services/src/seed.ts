import type { ItemElements } from '@yiwang/contracts';
import { departmentIdsByCode, unitsOfKinds } from '@yiwang/identity';
import { mutate, newId, SYSTEM_META } from '@yiwang/platform';
import { codeRuleFor, itemLevel, monthsBefore, resolveVariant, variantName } from './domain/index.js';
import type { ServicesDeps } from './deps.js';
import { insertItem, itemCount, updateItem, type NewItemRow } from './repo/items.js';
import { svc, type Q } from './repo/tables.js';
import { insertVersion } from './repo/versions.js';
import { DEMO_CLAIMS, DEMO_ITEMS } from './seed-data/index.js';
import { refreshDepartmentReport } from './use-cases/quality-report.js';
import { unitNames } from './use-cases/units.js';

interface Placed {
  id: string;
  name: string;
  divisionCode: string;
}

interface Written {
  id: string;
  code: string;
  versionId: string | null;
  content: ItemElements;
}

/**
 * Writes one catalog row and, for a published one, its first version made live. The demo guides
 * are written as they stand (some with the flaws the quality checker is there to find).
 */
async function writeItem(
  q: Q,
  now: Date,
  row: Omit<NewItemRow, 'live_version_id' | 'latest_version_no' | 'last_reviewed_at' | 'review_note' | 'created_by' | 'draft' | 'level'>,
  dept: Placed,
  content: ItemElements,
  opts: { published: boolean; reviewedMonthsAgo?: number; overrides?: ItemElements; parentVersionId?: string | null },
): Promise<Written> {
  await insertItem(q, {
    ...row,
    level: itemLevel(row.division_code),
    draft: opts.published ? null : (opts.overrides ?? content),
    live_version_id: null,
    latest_version_no: 0,
    last_reviewed_at: null,
    review_note: null,
    created_by: null,
  });
  if (!opts.published) return { id: row.id, code: row.code, versionId: null, content };
  const versionId = newId();
  const reviewed = monthsBefore(now, opts.reviewedMonthsAgo ?? 2);
  await insertVersion(q, {
    id: versionId,
    item_id: row.id,
    version_no: 1,
    code: row.code,
    name: row.name,
    type: row.type,
    department_id: dept.id,
    department_name: dept.name,
    division_code: row.division_code,
    level: itemLevel(row.division_code),
    targets: content.targets ?? [],
    content,
    overrides: opts.overrides ?? null,
    parent_version_id: opts.parentVersionId ?? null,
    published_at: reviewed,
    published_by: null,
    published_by_name: '系统初始化',
  });
  await updateItem(q, row.id, 1, { live_version_id: versionId, latest_version_no: 1, last_reviewed_at: reviewed });
  return { id: row.id, code: row.code, versionId, content };
}

/** Loads the demo catalog once (after the identity seed) with its quality reports; safe to re-run. */
export async function seedServices(deps: Pick<ServicesDeps, 'db' | 'config'>, now = new Date()): Promise<boolean> {
  if ((await itemCount(svc(deps.db))) > 0) return false;
  const codes = [...new Set([...DEMO_ITEMS.map((i) => i.dept), ...DEMO_CLAIMS.map((c) => c.dept)])];
  const ids = await departmentIdsByCode(deps.db, codes);
  if (ids.size === 0) return false;
  const names = await unitNames(deps.db, [...ids.values()]);
  const divisions = new Map((await unitsOfKinds(deps.db, ['department', 'bureau'])).map((u) => [u.id, u.divisionCode]));
  const placed = (code: string): Placed | null => {
    const id = ids.get(code);
    const divisionCode = id ? divisions.get(id) : undefined;
    return id && divisionCode ? { id, name: names.get(id) ?? code, divisionCode } : null;
  };
  await mutate(deps.db, SYSTEM_META, async (tx) => {
    const q = svc(tx);
    const byBasic = new Map<string, Written & { name: string; type: string; divisionCode: string }>();
    let n = 0;
    for (const item of DEMO_ITEMS) {
      const dept = placed(item.dept);
      if (!dept) continue;
      const code = `${item.basic}${dept.divisionCode.slice(0, 6)}`;
      const base = {
        kind: 'standard',
        parent_id: null,
        situation: null,
        source_item_id: null,
        department_id: dept.id,
        division_code: dept.divisionCode,
      };
      const published = (item.state ?? 'published') === 'published';
      const row = {
        ...base,
        id: newId(),
        code,
        name: item.name,
        type: item.type,
        targets: item.elements.targets ?? [],
        state: item.state ?? 'published',
      };
      const w = await writeItem(q, now, row, dept, item.elements, {
        published,
        ...(item.reviewedMonthsAgo ? { reviewedMonthsAgo: item.reviewedMonthsAgo } : {}),
      });
      byBasic.set(item.basic, { ...w, name: item.name, type: item.type, divisionCode: dept.divisionCode });
      n++;
      for (const [i, v] of (item.variants ?? []).entries()) {
        const content = resolveVariant(item.elements, v.overrides);
        const vrow = {
          ...base,
          kind: 'variant',
          parent_id: w.id,
          situation: v.situation,
          id: newId(),
          code: codeRuleFor(dept.divisionCode).variantCode(code, i + 1),
          name: variantName(item.name, v.situation),
          type: item.type,
          targets: content.targets ?? [],
          state: 'published',
        };
        await writeItem(q, now, vrow, dept, content, { published: true, overrides: v.overrides, parentVersionId: w.versionId });
        n++;
      }
    }
    for (const c of DEMO_CLAIMS) {
      const source = byBasic.get(c.basic);
      const dept = placed(c.dept);
      if (!source || !dept) continue;
      const content = { ...source.content, places: c.places };
      const row = {
        id: newId(),
        code: codeRuleFor(dept.divisionCode).claimCode(source.code, dept.divisionCode),
        kind: 'claimed',
        parent_id: null,
        situation: null,
        source_item_id: source.id,
        department_id: dept.id,
        division_code: dept.divisionCode,
        name: source.name,
        type: source.type,
        targets: content.targets ?? [],
        state: c.state,
      };
      await writeItem(q, now, row, dept, content, { published: c.state === 'published' });
      n++;
    }
    const departments = [...new Set(codes)].map(placed).filter((d): d is Placed => d !== null);
    for (const d of departments)
      await refreshDepartmentReport(deps as ServicesDeps, q, { id: d.id, divisionCode: d.divisionCode }, 'seed', now);
    return { result: undefined, audit: { action: 'services.seed.demo_catalog', resourceType: 'service_item', details: { items: n } } };
  });
  return true;
}
