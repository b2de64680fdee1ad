import { departmentIdsByCode } from '@yiwang/identity';
import { mutate, newId, SYSTEM_META } from '@yiwang/platform';
import type { HotlineDeps } from './deps.js';
import { insertRule, ruleCount } from './repo/rules.js';
import { seedReplyTemplates } from './seed-templates.js';

import { hot } from './repo/tables.js';

/** The demo city's 权责清单: category → city department, plus one district rule that shows specificity. */
export const DEMO_RULES: Array<{ category: string; division: string | null; keywords?: string[]; dept: string; priority?: number }> = [
  { category: 'urban', division: null, dept: 'JY-CGJ' },
  { category: 'urban.property', division: null, dept: 'JY-ZJJ' },
  { category: 'urban', division: '445202', dept: 'JY-RC-CGJ' },
  { category: 'market', division: null, dept: 'JY-SJJ' },
  { category: 'labour', division: null, dept: 'JY-RSJ' },
  { category: 'health', division: null, dept: 'JY-WJJ' },
  { category: 'health.medical_insurance', division: null, dept: 'JY-YBJ' },
  { category: 'transport', division: null, dept: 'JY-JTYSJ' },
  { category: 'environment', division: null, dept: 'JY-STHJJ' },
  { category: 'education', division: null, dept: 'JY-JYJ' },
  { category: 'public_security', division: null, dept: 'JY-GAJ' },
  { category: 'civil_affairs', division: null, dept: 'JY-MZJ' },
  { category: 'natural_resources', division: null, dept: 'JY-ZRZYJ' },
];

/** Loads the demo routing rules and reply templates once (after the identity seed); safe to re-run. */
export async function seedHotline(deps: Pick<HotlineDeps, 'db'>): Promise<boolean> {
  await seedReplyTemplates(deps);
  if ((await ruleCount(hot(deps.db))) > 0) return false;
  const ids = await departmentIdsByCode(deps.db, [...new Set(DEMO_RULES.map((r) => r.dept))]);
  if (ids.size === 0) return false;
  await mutate(deps.db, SYSTEM_META, async (tx) => {
    let n = 0;
    for (const r of DEMO_RULES) {
      const unit = ids.get(r.dept);
      if (!unit) continue;
      await insertRule(hot(tx), {
        id: newId(),
        category_prefix: r.category,
        division_prefix: r.division,
        keywords: r.keywords ?? [],
        unit_id: unit,
        priority: r.priority ?? 0,
        note: '演示数据',
      });
      n++;
    }
    return { result: undefined, audit: { action: 'hotline.seed.demo_rules', resourceType: 'routing_rule', details: { rules: n } } };
  });
  return true;
}
