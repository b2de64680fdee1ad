import { readFileSync } from 'node:fs';
import { holidaySeedRows, WorkCalendar } from '@yiwang/platform';
import { DEMO_RULES } from '../seed.js';
import type { SeedCity, SeedDivision } from './city.js';

/**
 * Test support: the demo city offline, from the organisation seed files the identity module loads
 * (read as data, not imported) and the demo 权责清单, with department codes standing in for unit ids.
 */
const seedFile = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../identity/seed-data/${name}`, import.meta.url), 'utf8')) as T;

export const calendar = new WorkCalendar(holidaySeedRows());

let city: SeedCity | null = null;

export function testCity(): SeedCity {
  if (city) return city;
  const divisions = seedFile<SeedDivision[]>('divisions-4452.json');
  const departments = seedFile<Array<{ code: string; name: string; kind: string; divisionCode: string }>>('departments-4452.json');
  const territorial: Record<string, string> = {};
  for (const d of departments) if (d.kind === 'street_office') territorial[d.divisionCode] = d.code;
  city = {
    divisions,
    rules: DEMO_RULES.map((r, i) => ({
      id: `rule-${i + 1}`,
      categoryPrefix: r.category,
      divisionCode: r.division === null ? null : r.division.padEnd(12, '0'),
      keywords: r.keywords ?? [],
      unitId: r.dept,
      priority: r.priority ?? 0,
    })),
    fallback: { defaultUnitId: 'JY-12345', territorial },
    unitNames: Object.fromEntries(departments.filter((d) => d.kind !== 'village_station').map((d) => [d.code, d.name])),
  };
  return city;
}
