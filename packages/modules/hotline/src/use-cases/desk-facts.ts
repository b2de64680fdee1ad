import type { ScopeFilter, Tx } from '@yiwang/platform';
import {
  daysBefore,
  DUPLICATE_CANDIDATE_LIMIT,
  DUPLICATE_WINDOW_DAYS,
  duplicateArea,
  rankDuplicates,
  REPEAT_CALLER_WINDOW_DAYS,
} from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import * as desk from '../repo/desk-orders.js';
import { hot } from '../repo/tables.js';
import type { Classified } from './classify-order.js';

/** What intake and the agent's preview learn about a call from earlier orders (H1): near-duplicates and repeat calls. */

const orderText = (o: { title: string | null; body: string }) => `${o.title ?? ''} ${o.body}`;

/** Open orders of the same area and week whose text is nearly the same, most similar first. */
export async function findDuplicates(
  deps: HotlineDeps,
  scope: ScopeFilter,
  o: { title: string | null; body: string; divisionCode: string | null; now: Date; excludeId?: string },
): Promise<Array<desk.OrderBrief & { similarity: number }>> {
  const areaPrefix = duplicateArea(o.divisionCode);
  if (areaPrefix === null) return [];
  const candidates = await desk.duplicateCandidates(hot(deps.db), scope, {
    areaPrefix,
    since: daysBefore(o.now, DUPLICATE_WINDOW_DAYS),
    limit: DUPLICATE_CANDIDATE_LIMIT,
    ...(o.excludeId ? { excludeId: o.excludeId } : {}),
  });
  const ranked = rankDuplicates(
    orderText(o),
    candidates.map((c) => ({ ...c, text: orderText(c), createdAt: new Date(c.created_at) })),
  );
  return ranked.map(({ text: _t, createdAt: _c, ...c }) => c);
}

/** The caller's orders in the 30 days before `now` (by the phone's blind index), newest first. */
export async function callerHistory(deps: HotlineDeps, scope: ScopeFilter, phoneIndex: string, now: Date, limit: number) {
  return desk.callerHistory(hot(deps.db), scope, { phoneIndex, since: daysBefore(now, REPEAT_CALLER_WINDOW_DAYS), limit });
}

/** The desk columns of a new order: stored at intake so lists and analytics need no recomputation. */
export async function intakeFacts(
  deps: HotlineDeps,
  o: { title: string | null; body: string; divisionCode: string | null; phone: string | null; now: Date },
) {
  const index = o.phone === null ? null : deps.cipher.blindIndex(o.phone);
  const all: ScopeFilter = { kind: 'all' };
  const [duplicates, history] = await Promise.all([
    findDuplicates(deps, all, o),
    index === null ? null : callerHistory(deps, all, index, o.now, 0),
  ]);
  return {
    caller_phone_index: index,
    repeat_calls: history?.count ?? 0,
    relations:
      duplicates.length === 0 ? null : { duplicates: duplicates.map((d) => ({ id: d.id, orderNo: d.order_no, similarity: d.similarity })) },
  };
}

/** An agent who sets a category other than the model's best one is correcting the model; the next training learns from it. */
export async function recordIntakeCorrection(
  tx: Tx,
  o: { id: string; title: string | null; body: string; actorId: string },
  classified: Classified,
): Promise<void> {
  if (classified.classification.source !== 'agent' || classified.suggestedCode === null) return;
  if (classified.suggestedCode === classified.categoryCode || classified.categoryCode === null) return;
  await desk.insertCorrection(hot(tx), {
    order_id: o.id,
    title: o.title,
    body: o.body,
    model_version: classified.modelVersion,
    suggested_code: classified.suggestedCode,
    chosen_code: classified.categoryCode,
    source: 'intake',
    actor_id: o.actorId,
  });
}
