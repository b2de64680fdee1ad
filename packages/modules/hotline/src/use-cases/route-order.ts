import { activeUnitNames, unitsOfKinds } from '@yiwang/identity';
import { divisionPrefix } from '@yiwang/platform';
import { route, type RouteResult, type RoutingRule } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import * as rules from '../repo/rules.js';
import { hot } from '../repo/tables.js';

export const toDomainRule = (r: rules.RuleRow): RoutingRule => ({
  id: r.id,
  categoryPrefix: r.category_prefix,
  divisionCode: r.division_prefix === null ? null : r.division_prefix.padEnd(12, '0'),
  keywords: r.keywords,
  unitId: r.unit_id,
  priority: r.priority,
});

/**
 * 权责清单 routing with the 属地 fallback (each street office covers its division) and the hotline
 * centre as the default; null when the city has no hotline centre to fall back on.
 */
export async function routeOrder(
  deps: HotlineDeps,
  order: { categoryCode: string | null; divisionCode: string | null; text: string },
): Promise<(RouteResult & { unitName: string }) | null> {
  const [active, units] = await Promise.all([
    rules.listRules(hot(deps.db), true),
    unitsOfKinds(deps.db, ['street_office', 'hotline_center']),
  ]);
  const live = await activeUnitNames(
    deps.db,
    active.map((r) => r.unit_id),
  );
  const territorial: Record<string, string> = {};
  for (const u of units) if (u.kind === 'street_office' && divisionPrefix(u.divisionCode)) territorial[u.divisionCode] = u.id;
  const centre = units.find((u) => u.kind === 'hotline_center');
  if (!centre) return null;
  const r = route(order, active.filter((x) => live.has(x.unit_id)).map(toDomainRule), { defaultUnitId: centre.id, territorial });
  // the dispatch log names the unit, not its id, so anyone can read why the order went there
  const unitName = live.get(r.unitId) ?? (await activeUnitNames(deps.db, [r.unitId])).get(r.unitId) ?? r.unitId;
  return { ...r, unitName, explanation: { ...r.explanation, why: r.explanation.why.replaceAll(r.unitId, unitName) } };
}
