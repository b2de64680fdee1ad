import type { Category, RoutingRuleView } from '@yiwang/contracts';
import { activeUnitNames } from '@yiwang/identity';
import { AppError, mutate, newId, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { validateRoutingRule } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS } from '../events.js';
import { presentCategory, presentRule } from '../presenters.js';
import { listCategories as listCategoryRows } from '../repo/categories.js';
import * as repo from '../repo/rules.js';
import { hot } from '../repo/tables.js';

export async function listCategories(deps: HotlineDeps): Promise<Category[]> {
  return (await listCategoryRows(hot(deps.db))).map((c) => presentCategory(c as never));
}

export async function listRoutingRules(deps: HotlineDeps): Promise<RoutingRuleView[]> {
  return (await repo.listRules(hot(deps.db), false)).map(presentRule);
}

interface RuleInput {
  categoryPrefix?: string | undefined;
  divisionPrefix?: string | null | undefined;
  keywords?: string[] | undefined;
  unitId?: string | undefined;
  priority?: number | undefined;
  active?: boolean | undefined;
  note?: string | undefined;
}

async function check(deps: HotlineDeps, r: repo.RuleRow) {
  const problems = validateRoutingRule({
    id: r.id,
    categoryPrefix: r.category_prefix,
    divisionCode: r.division_prefix === null ? null : r.division_prefix.padEnd(12, '0'),
    keywords: r.keywords,
    unitId: r.unit_id,
    priority: r.priority,
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { problems });
  if (!(await activeUnitNames(deps.db, [r.unit_id])).has(r.unit_id))
    throw new AppError('VALIDATION_FAILED', { field: 'unitId', reason: 'unknown unit' });
}

export async function createRoutingRule(
  deps: HotlineDeps,
  meta: RequestMeta,
  input: RuleInput & { categoryPrefix: string; unitId: string },
  idem?: Idempotency,
): Promise<RoutingRuleView> {
  const rule: repo.RuleRow = {
    id: newId(),
    category_prefix: input.categoryPrefix,
    division_prefix: input.divisionPrefix ?? null,
    keywords: (input.keywords ?? []).map((k) => k.trim()),
    unit_id: input.unitId,
    priority: input.priority ?? 0,
    active: true,
    note: input.note ?? null,
    version: 1,
  };
  await check(deps, rule);
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      const { active: _a, version: _v, ...values } = rule;
      await repo.insertRule(hot(tx), values);
      return {
        result: presentRule((await repo.findRule(hot(tx), rule.id))!),
        audit: {
          action: 'hotline.routing_rule.create',
          resourceType: 'routing_rule',
          resourceId: rule.id,
          departmentId: rule.unit_id,
          details: values,
        },
        events: [{ topic: HOTLINE_EVENTS.ruleCreated, key: rule.id, payload: { id: rule.id } }],
      };
    },
    idem,
  );
}

export async function updateRoutingRule(
  deps: HotlineDeps,
  meta: RequestMeta,
  id: string,
  input: RuleInput & { version: number },
): Promise<RoutingRuleView> {
  const before = await repo.findRule(hot(deps.db), id);
  if (!before) throw new AppError('NOT_FOUND');
  const patch: Parameters<typeof repo.updateRule>[3] = {};
  if (input.categoryPrefix !== undefined) patch.category_prefix = input.categoryPrefix;
  if (input.divisionPrefix !== undefined) patch.division_prefix = input.divisionPrefix;
  if (input.keywords !== undefined) patch.keywords = input.keywords.map((k) => k.trim());
  if (input.unitId !== undefined) patch.unit_id = input.unitId;
  if (input.priority !== undefined) patch.priority = input.priority;
  if (input.active !== undefined) patch.active = input.active;
  if (input.note !== undefined) patch.note = input.note;
  await check(deps, { ...before, ...patch });
  return mutate(deps.db, meta, async (tx) => {
    if (!(await repo.updateRule(hot(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    const after = (await repo.findRule(hot(tx), id))!;
    return {
      result: presentRule(after),
      audit: {
        action: 'hotline.routing_rule.update',
        resourceType: 'routing_rule',
        resourceId: id,
        departmentId: after.unit_id,
        details: { before, after: patch },
      },
      events: [{ topic: HOTLINE_EVENTS.ruleUpdated, key: id, payload: { id } }],
    };
  });
}
