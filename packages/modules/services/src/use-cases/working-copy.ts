import type { ElementProblem, ItemElements, ItemKind, ItemType } from '@yiwang/contracts';
import { checkElements, resolveVariant, validateItemCode } from '../domain/index.js';
import type { ServicesDeps } from '../deps.js';
import { activeELicenceCodes } from '../repo/elicence.js';
import { findItemById, type ItemRow } from '../repo/items.js';
import { findLive, findVersion, latestVersion, type LiveRow } from '../repo/versions.js';
import type { Q } from '../repo/tables.js';

export interface WorkingCopy {
  /** the complete elements the item would publish now (a variant resolved against its parent's live version) */
  content: ItemElements;
  /** a variant's own overrides */
  overrides: ItemElements | null;
  parentLive: LiveRow | null;
  draftOpen: boolean;
}

const isOpen = (item: Pick<ItemRow, 'state'>) => item.state === 'draft' || item.state === 'review';

/** The draft while one is open, else the last published version. */
export async function workingCopy(q: Q, item: ItemRow): Promise<WorkingCopy> {
  const draftOpen = isOpen(item) && item.draft !== null;
  const parentLive = item.kind === 'variant' && item.parent_id ? ((await findLive(q, item.parent_id)) ?? null) : null;
  if (draftOpen) {
    const draft = item.draft as ItemElements;
    if (item.kind !== 'variant') return { content: draft, overrides: null, parentLive, draftOpen };
    return { content: resolveVariant((parentLive?.content as ItemElements) ?? {}, draft), overrides: draft, parentLive, draftOpen };
  }
  const v = item.live_version_id ? await findVersion(q, item.live_version_id) : await latestVersion(q, item.id);
  return {
    content: (v?.content as ItemElements) ?? {},
    overrides: item.kind === 'variant' ? ((v?.overrides as ItemElements) ?? {}) : null,
    parentLive,
    draftOpen,
  };
}

export async function elementProblems(q: Q, type: ItemType, content: ItemElements): Promise<ElementProblem[]> {
  return checkElements(content, { type, eLicenceTypes: await activeELicenceCodes(q) });
}

export interface CodeSubject {
  code: string;
  type: ItemType;
  kind: ItemKind;
  division_code: string;
  parent_id: string | null;
  source_item_id: string | null;
}

/** The code checked by the rule of the item's region, against its parent's or source's code. */
export async function codeProblems(deps: ServicesDeps, q: Q, s: CodeSubject): Promise<ElementProblem[]> {
  const related = s.parent_id ?? s.source_item_id;
  const other = related ? await findItemById(q, related) : undefined;
  return validateItemCode(
    s.code,
    {
      type: s.type,
      divisionCode: s.division_code,
      kind: s.kind,
      parentCode: s.kind === 'variant' ? (other?.code ?? null) : null,
      sourceCode: s.kind === 'claimed' ? (other?.code ?? null) : null,
    },
    deps.config.codeRules,
  );
}
