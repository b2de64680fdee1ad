import type { UnitCardsQuery, UnitCardView } from '@yiwang/contracts';
import { departmentsInScope } from '@yiwang/identity';
import { scopeFilter, type Actor } from '@yiwang/platform';
import { evaluateUnitCard, type Card } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { hot } from '../repo/tables.js';
import { lateOrders, unitsWithOrdersDueSince } from '../repo/unit-cards.js';

const DAY_MS = 86_400_000;
const RANK: Record<Card, number> = { red: 0, yellow: 1, green: 2 };

/**
 * 红黄牌 (H3) of the units in the caller's scope: a unit sees its own card, a division or the city
 * the units placed there. Listed are units that had orders due in the period or still hold overdue
 * ones (a unit always sees its own card); red first, then yellow, then green.
 */
export async function listUnitCards(deps: HotlineDeps, actor: Actor, query: UnitCardsQuery, now = new Date()): Promise<UnitCardView[]> {
  const scope = scopeFilter(actor);
  const units = await departmentsInScope(deps.db, scope, query.divisionCode);
  const ids = units.map((u) => u.id);
  const since = new Date(now.getTime() - (query.days ?? 30) * DAY_MS);
  const [late, active] = await Promise.all([lateOrders(hot(deps.db), ids, since, now), unitsWithOrdersDueSince(hot(deps.db), ids, since)]);
  const byUnit = new Map<string, typeof late>();
  for (const o of late) byUnit.set(o.unit_id, [...(byUnit.get(o.unit_id) ?? []), o]);
  const calendar = deps.calendar.current();
  const cards: UnitCardView[] = [];
  for (const u of units) {
    const own = scope.kind === 'unit' && scope.departmentId === u.id;
    const rows = byUnit.get(u.id) ?? [];
    if (!own && rows.length === 0 && !active.has(u.id)) continue;
    const card = evaluateUnitCard(
      rows.map((o) => ({ orderId: o.id, dueAt: o.due_at, answeredAt: o.answered_at })),
      now,
      calendar,
    );
    const orderNo = new Map(rows.map((o) => [o.id, o.order_no]));
    cards.push({
      unitId: u.id,
      unitName: u.name,
      card: card.card,
      // the sentence names the order by the number people quote, not by its id
      why: rows.reduce((why, o) => why.replaceAll(o.id, o.order_no), card.why),
      overdue: card.overdue.map((x) => ({
        orderId: x.orderId,
        orderNo: orderNo.get(x.orderId) ?? '',
        workingDaysLate: x.workingDaysLate,
        open: x.open,
      })),
    });
  }
  return cards.sort(
    (a, b) => RANK[a.card] - RANK[b.card] || b.overdue.length - a.overdue.length || a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
}
