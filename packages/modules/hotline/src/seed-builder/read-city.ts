import type { Kysely } from 'kysely';
import { activeUnitNames, divisionTree, unitsOfKinds } from '@yiwang/identity';
import { divisionPrefix } from '@yiwang/platform';
import { listRules } from '../repo/rules.js';
import { hot } from '../repo/tables.js';
import { toDomainRule } from '../use-cases/route-order.js';
import type { SeedCity } from './city.js';

/**
 * The city as the running system knows it: the divisions the hotline centre serves, the active
 * 权责清单 and the 属地 street offices — the same inputs live routing uses (route-order.ts).
 */
export async function readSeedCity(db: Kysely<any>): Promise<SeedCity> {
  const [rules, units] = await Promise.all([listRules(hot(db), true), unitsOfKinds(db, ['street_office', 'hotline_center'])]);
  const centre = units.find((u) => u.kind === 'hotline_center');
  if (!centre) throw new Error('the city has no hotline centre (department kind hotline_center): load the organisation first');
  const names = await activeUnitNames(db, [...new Set([...rules.map((r) => r.unit_id), ...units.map((u) => u.id)])]);
  const territorial: Record<string, string> = {};
  for (const u of units)
    if (u.kind === 'street_office' && divisionPrefix(u.divisionCode) && names.has(u.id)) territorial[u.divisionCode] = u.id;
  return {
    divisions: await divisionTree(db, centre.divisionCode),
    rules: rules.filter((r) => names.has(r.unit_id)).map(toDomainRule),
    fallback: { defaultUnitId: centre.id, territorial },
    unitNames: Object.fromEntries(names),
  };
}
