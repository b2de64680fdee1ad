import { DEPARTMENT_KINDS } from '@yiwang/contracts';
import { activeUnitNames, unitsOfKinds } from '@yiwang/identity';
import { AppError, scopeFilter, todayInShanghai, type Actor, type ScopeFilter } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { isValidPeriod, type ValidityPeriod } from '../domain/knowledge-article.js';
import { presentArticle } from '../knowledge-presenters.js';
import { isActiveCategory } from '../repo/categories.js';
import type { ArticleRow, ArticleVisibility } from '../repo/knowledge-articles.js';
import { hot } from '../repo/tables.js';

/** Shared by the knowledge-base use-cases: who may see and write which articles, and their owners. */

export const WRITE_PERMISSION = 'hotline.knowledge.write';

/** Readers see published articles; writers also drafts and archived ones owned inside their data scope. */
export const visibilityOf = (actor: Actor): ArticleVisibility => ({
  writerScope: actor.permissions.has(WRITE_PERMISSION) ? scopeFilter(actor) : null,
});

function ownerInScope(scope: ScopeFilter, owner: { id: string; divisionCode: string }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'division':
      return owner.divisionCode.startsWith(scope.prefix);
    case 'unit':
      return owner.id === scope.departmentId;
    case 'none':
      return false;
  }
}

export interface ArticleOwner {
  id: string;
  divisionCode: string;
}

/**
 * The owner department of a new or moved article: the writer's own by default. An unknown or
 * retired department is a 400; one outside the writer's scope answers like one that does not exist.
 */
export async function resolveOwner(deps: HotlineDeps, actor: Actor, requested: string | undefined): Promise<ArticleOwner> {
  const id = requested ?? actor.departmentId;
  if (!id) throw new AppError('VALIDATION_FAILED', { field: 'ownerUnitId', reason: 'required' });
  const unit = (await unitsOfKinds(deps.db, DEPARTMENT_KINDS)).find((u) => u.id === id);
  if (!unit) throw new AppError('VALIDATION_FAILED', { field: 'ownerUnitId', reason: 'unknown unit' });
  const owner = { id: unit.id, divisionCode: unit.divisionCode };
  if (!ownerInScope(scopeFilter(actor), owner)) throw new AppError('NOT_FOUND');
  return owner;
}

/** Articles as the API shows them, owner names looked up in one round-trip. */
export async function presentArticles(deps: HotlineDeps, rows: readonly ArticleRow[]) {
  const names = await activeUnitNames(deps.db, [...new Set(rows.map((r) => r.owner_unit_id))]);
  const today = todayInShanghai();
  return rows.map((r) => presentArticle(r, names.get(r.owner_unit_id) ?? null, today));
}

/** Title and body must say something once trimmed; a schema can require a string but not a meaningful one. */
export function meaningfulText(value: string, field: string): string {
  const t = value.trim();
  if (t === '') throw new AppError('VALIDATION_FAILED', { field });
  return t;
}

export function checkPeriod(p: ValidityPeriod): void {
  if (!isValidPeriod(p)) throw new AppError('KNOWLEDGE_INVALID_PERIOD', { validFrom: p.validFrom, validTo: p.validTo });
}

/** Articles are filed under categories of the hotline's tree, so agents find them by the order's category. */
export async function checkCategories(deps: HotlineDeps, codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    if (!(await isActiveCategory(hot(deps.db), code))) {
      throw new AppError('VALIDATION_FAILED', { field: 'categoryCodes', reason: 'unknown category', code });
    }
  }
}
