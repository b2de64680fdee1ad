import { textArray } from '@yiwang/platform';
import { sql } from 'kysely';
import type { Q, RoutingRuleRow } from './tables.js';

export type RuleRow = Omit<RoutingRuleRow, 'active' | 'version' | 'created_at' | 'updated_at'> & { active: boolean; version: number };

const cols = ['id', 'category_prefix', 'division_prefix', 'keywords', 'unit_id', 'priority', 'active', 'note', 'version'] as const;

export function listRules(q: Q, onlyActive: boolean): Promise<RuleRow[]> {
  let query = q.selectFrom('hotline.routing_rule').select(cols);
  if (onlyActive) query = query.where('active', '=', true);
  return query.orderBy('category_prefix').orderBy('priority', 'desc').orderBy('id').execute() as Promise<RuleRow[]>;
}

export function findRule(q: Q, id: string): Promise<RuleRow | undefined> {
  return q.selectFrom('hotline.routing_rule').select(cols).where('id', '=', id).executeTakeFirst() as Promise<RuleRow | undefined>;
}

export async function insertRule(q: Q, r: Omit<RuleRow, 'active' | 'version'>) {
  await q
    .insertInto('hotline.routing_rule')
    .values({ ...r, keywords: textArray(r.keywords) })
    .execute();
}

export async function updateRule(
  q: Q,
  id: string,
  version: number,
  patch: Partial<Pick<RuleRow, 'category_prefix' | 'division_prefix' | 'keywords' | 'unit_id' | 'priority' | 'active' | 'note'>>,
): Promise<boolean> {
  const { keywords, ...rest } = patch;
  const r = await q
    .updateTable('hotline.routing_rule')
    .set({
      ...rest,
      ...(keywords ? { keywords: textArray(keywords) } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function ruleCount(q: Q): Promise<number> {
  const r = await q
    .selectFrom('hotline.routing_rule')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
