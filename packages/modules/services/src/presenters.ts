import type {
  ElementProblem,
  Guide,
  ItemAction,
  ItemDetail,
  ItemElements,
  ItemKind,
  ItemState,
  ItemSummary,
  ItemType,
  ItemVersionSummary,
  PublicItemSummary,
  QualityFinding,
  QualityReport,
} from '@yiwang/contracts';
import type { ItemLevel } from './domain/index.js';
import type { ItemRow } from './repo/items.js';
import type { QualityReportTable } from './repo/tables.js';
import type { LiveRow, VersionRow } from './repo/versions.js';

// API shapes are built here on purpose, never straight from rows: columns can change freely.
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
type Targets = ItemSummary['targets'];

export const presentItemSummary = (r: ItemRow, departmentName: string): ItemSummary => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type as ItemType,
  kind: r.kind as ItemKind,
  departmentId: r.department_id,
  departmentName,
  divisionCode: r.division_code,
  level: r.level as ItemLevel,
  targets: r.targets as Targets,
  parentId: r.parent_id,
  state: r.state as ItemState,
  sourceItemId: r.source_item_id,
  liveVersionId: r.live_version_id,
  liveVersionNo: r.live_version_no === null ? null : Number(r.live_version_no),
  latestVersionNo: r.latest_version_no,
  lastReviewedAt: iso(r.last_reviewed_at),
  updatedAt: iso(r.updated_at)!,
  version: r.version,
});

const related = (r: ItemRow | undefined | null) => (r ? { id: r.id, code: r.code, name: r.name, state: r.state as ItemState } : null);

export function presentItemDetail(
  r: ItemRow,
  departmentName: string,
  w: { content: ItemElements; overrides: ItemElements | null; draftOpen: boolean },
  extra: {
    problems: ElementProblem[];
    actions: ItemAction[];
    variants: readonly ItemRow[];
    parent: ItemRow | null | undefined;
    source: ItemRow | null | undefined;
  },
): ItemDetail {
  return {
    ...presentItemSummary(r, departmentName),
    content: w.content,
    overrides: w.overrides,
    draftOpen: w.draftOpen,
    reviewNote: r.review_note,
    problems: extra.problems,
    availableActions: extra.actions,
    variants: extra.variants.map((v) => related(v)!),
    parent: related(extra.parent),
    source: related(extra.source),
  };
}

export const presentVersionSummary = (v: VersionRow, liveVersionId: string | null): ItemVersionSummary => ({
  id: v.id,
  itemId: v.item_id,
  versionNo: v.version_no,
  code: v.code,
  name: v.name,
  publishedAt: iso(v.published_at)!,
  publishedBy: v.published_by_name,
  live: v.id === liveVersionId,
});

const brief = (v: VersionRow | LiveRow) => ({ id: v.item_id, code: v.code, name: v.name });

export function presentGuide(
  v: VersionRow,
  item: { kind: string; parent_id: string | null; current: boolean },
  extra: { eLicenceNames: Record<string, string>; variants: readonly LiveRow[]; parent: LiveRow | null },
): Guide {
  return {
    id: v.item_id,
    code: v.code,
    name: v.name,
    type: v.type as ItemType,
    kind: item.kind as ItemKind,
    departmentId: v.department_id,
    departmentName: v.department_name,
    divisionCode: v.division_code,
    level: v.level as ItemLevel,
    targets: v.targets as Targets,
    parentId: item.parent_id,
    versionId: v.id,
    versionNo: v.version_no,
    publishedAt: iso(v.published_at)!,
    current: item.current,
    content: v.content as ItemElements,
    eLicenceNames: extra.eLicenceNames,
    variants: extra.variants.map(brief),
    parent: extra.parent ? brief(extra.parent) : null,
  };
}

export function presentPublicSummary(v: LiveRow): PublicItemSummary {
  const c = v.content as ItemElements;
  return {
    id: v.item_id,
    code: v.code,
    name: v.name,
    type: v.type as ItemType,
    kind: v.kind as ItemKind,
    departmentId: v.department_id,
    departmentName: v.department_name,
    divisionCode: v.division_code,
    level: v.level as ItemLevel,
    targets: v.targets as Targets,
    parentId: v.parent_id,
    versionId: v.id,
    onlineDepth: c.onlineDepth ?? null,
    visits: c.visits ?? null,
    limitKind: c.timeLimits?.kind ?? null,
    promisedDays: c.timeLimits?.promisedDays ?? null,
    tongban: c.tongban ?? null,
  };
}

export const presentReport = (r: QualityReportTable, departmentName: string): QualityReport => ({
  departmentId: r.department_id,
  departmentName,
  divisionCode: r.division_code,
  generatedAt: iso(r.generated_at)!,
  trigger: r.trigger,
  items: r.items,
  errors: r.errors,
  warnings: r.warnings,
  findings: r.findings as QualityFinding[],
});
