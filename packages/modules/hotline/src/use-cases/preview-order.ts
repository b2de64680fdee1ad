import type { OrderPreview, OrderPreviewBody } from '@yiwang/contracts';
import { divisionExists } from '@yiwang/identity';
import { AppError, isValidDivisionCode, normalizePhone, scopeFilter, type Actor } from '@yiwang/platform';
import { needsTriage, REPEAT_CALLER_WINDOW_DAYS } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { presentDuplicate } from '../presenters-desk.js';
import { activeCategoryNames } from '../repo/categories.js';
import { hot } from '../repo/tables.js';
import { suggestCategories } from './classify-order.js';
import { callerHistory, findDuplicates } from './desk-facts.js';
import { routeOrder } from './route-order.js';

const trimmed = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

/**
 * What intake would do with the call the agent is typing (H1, H2): the model's categories, where
 * the 权责清单 would send it and why, near-duplicates to merge into, and the caller's recent orders.
 * Reads only, within the agent's data scope; nothing is written or audited (the phone number is
 * only turned into its blind index for the lookup).
 */
export async function previewOrder(deps: HotlineDeps, actor: Actor, input: OrderPreviewBody): Promise<OrderPreview> {
  const body = trimmed(input.body);
  if (body === null) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  const divisionCode = input.divisionCode ?? null;
  if (divisionCode !== null && !(isValidDivisionCode(divisionCode) && (await divisionExists(deps.db, divisionCode)))) {
    throw new AppError('INVALID_DIVISION_CODE');
  }
  if (input.categoryCode !== undefined && !(await activeCategoryNames(hot(deps.db), [input.categoryCode])).has(input.categoryCode)) {
    throw new AppError('VALIDATION_FAILED', { field: 'categoryCode', reason: 'unknown category' });
  }
  const title = trimmed(input.title);
  const now = new Date();
  const scope = scopeFilter(actor);
  const suggested = await suggestCategories(deps, { title, body });
  const triage = input.categoryCode === undefined && needsTriage(suggested.suggestions, deps.config.triageThreshold);
  const categoryCode = input.categoryCode ?? (triage ? null : (suggested.suggestions[0]?.categoryCode ?? null));
  // an incomplete number while the agent is still typing is no error, just no lookup
  const phone = input.callerPhone === undefined ? null : normalizePhone(input.callerPhone);
  const [routed, duplicates, history] = await Promise.all([
    categoryCode === null ? null : routeOrder(deps, { categoryCode, divisionCode, text: `${title ?? ''} ${body}` }),
    findDuplicates(deps, scope, { title, body, divisionCode, now }),
    phone === null ? null : callerHistory(deps, scope, deps.cipher.blindIndex(phone), now, 5),
  ]);
  return {
    suggestions: suggested.suggestions,
    modelVersion: suggested.model?.modelVersion ?? null,
    triage,
    routing: routed && {
      unitId: routed.unitId,
      unitName: routed.unitName,
      explanation: routed.explanation.why,
      ...(routed.explanation.ruleId ? { ruleId: routed.explanation.ruleId } : {}),
      matchedOn: routed.explanation.matchedOn,
    },
    duplicates: duplicates.map((d) => presentDuplicate(d, d.similarity)),
    repeatCaller:
      history === null || history.count === 0
        ? null
        : {
            count: history.count,
            windowDays: REPEAT_CALLER_WINDOW_DAYS,
            recent: history.recent.map((o) => ({
              id: o.id,
              orderNo: o.order_no,
              createdAt: new Date(o.created_at).toISOString(),
              state: o.state as never,
            })),
          },
  };
}
