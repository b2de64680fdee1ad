import type { CreateReplyTemplateBody, ReplyTemplateView, UpdateReplyTemplateBody } from '@yiwang/contracts';
import { AppError, mutate, newId, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { OVERSIGHT_EVENTS } from '../events.js';
import { presentTemplate } from '../presenters-oversight.js';
import { isActiveCategory } from '../repo/categories.js';
import { ov } from '../repo/oversight-tables.js';
import * as repo from '../repo/reply-templates.js';
import { hot } from '../repo/tables.js';

/**
 * 回复模板 (H3): hotline-wide ones, kept by agents and supervisors, and each unit's own, kept by its
 * handling staff. Everyone with the act permission reads the hotline-wide ones and their unit's.
 */
const hotlineDesk = (actor: Actor) => actor.roles.includes('hotline_agent') || actor.roles.includes('supervisor');

/** The owner a new template of this actor gets: hotline-wide for the hotline, else the actor's unit. */
function ownerFor(actor: Actor): string | null {
  if (hotlineDesk(actor)) return null;
  if (actor.roles.includes('handling_unit') && actor.departmentId) return actor.departmentId;
  throw new AppError('FORBIDDEN', { reason: 'no hotline or handling-unit role' });
}

const visible = (actor: Actor, t: repo.TemplateRow) => t.owner_unit_id === null || t.owner_unit_id === actor.departmentId;
const editable = (actor: Actor, t: repo.TemplateRow) =>
  t.owner_unit_id === null ? hotlineDesk(actor) : actor.roles.includes('handling_unit') && t.owner_unit_id === actor.departmentId;

/** One the actor may change: someone else's unit's template looks like none at all. */
async function loadEditable(deps: HotlineDeps, actor: Actor, id: string): Promise<repo.TemplateRow> {
  const t = await repo.findTemplate(ov(deps.db), id);
  if (!t || !visible(actor, t)) throw new AppError('NOT_FOUND');
  if (!editable(actor, t))
    throw new AppError('FORBIDDEN', { reason: t.owner_unit_id === null ? 'hotline-wide template' : 'unit template' });
  return t;
}

async function checkCategory(deps: HotlineDeps, prefix: string | null | undefined) {
  if (prefix && !(await isActiveCategory(hot(deps.db), prefix))) {
    throw new AppError('VALIDATION_FAILED', { field: 'categoryPrefix', reason: 'unknown category' });
  }
}

export async function listReplyTemplates(deps: HotlineDeps, actor: Actor, categoryCode?: string): Promise<ReplyTemplateView[]> {
  return (await repo.listTemplates(ov(deps.db), actor.departmentId, categoryCode)).map(presentTemplate);
}

export async function createReplyTemplate(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  input: CreateReplyTemplateBody,
  idem?: Idempotency,
): Promise<ReplyTemplateView> {
  const owner = ownerFor(actor);
  await checkCategory(deps, input.categoryPrefix);
  const row = {
    id: newId(),
    owner_unit_id: owner,
    title: input.title.trim(),
    content: input.content.trim(),
    category_prefix: input.categoryPrefix ?? null,
    created_by: actor.id,
  };
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      await repo.insertTemplate(ov(tx), row);
      return {
        result: presentTemplate((await repo.findTemplate(ov(tx), row.id))!),
        audit: {
          action: 'hotline.reply_template.create',
          resourceType: 'reply_template',
          resourceId: row.id,
          departmentId: owner,
          details: row,
        },
        events: [{ topic: OVERSIGHT_EVENTS.templateCreated, key: row.id, payload: { id: row.id, ownerUnitId: owner } }],
      };
    },
    idem,
  );
}

export async function updateReplyTemplate(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: UpdateReplyTemplateBody,
): Promise<ReplyTemplateView> {
  const before = await loadEditable(deps, actor, id);
  await checkCategory(deps, input.categoryPrefix);
  const patch: Parameters<typeof repo.updateTemplate>[3] = {};
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.content !== undefined) patch.content = input.content.trim();
  if (input.categoryPrefix !== undefined) patch.category_prefix = input.categoryPrefix;
  return mutate(deps.db, meta, async (tx) => {
    if (!(await repo.updateTemplate(ov(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    return {
      result: presentTemplate((await repo.findTemplate(ov(tx), id))!),
      audit: {
        action: 'hotline.reply_template.update',
        resourceType: 'reply_template',
        resourceId: id,
        departmentId: before.owner_unit_id,
        details: { before, after: patch },
      },
      events: [{ topic: OVERSIGHT_EVENTS.templateUpdated, key: id, payload: { id, ownerUnitId: before.owner_unit_id } }],
    };
  });
}

export async function deleteReplyTemplate(deps: HotlineDeps, meta: RequestMeta, actor: Actor, id: string, version: number) {
  const before = await loadEditable(deps, actor, id);
  await mutate(deps.db, meta, async (tx) => {
    if (!(await repo.deleteTemplate(ov(tx), id, version))) throw new AppError('CONFLICT');
    return {
      result: undefined,
      audit: {
        action: 'hotline.reply_template.delete',
        resourceType: 'reply_template',
        resourceId: id,
        departmentId: before.owner_unit_id,
        details: { before },
      },
      events: [{ topic: OVERSIGHT_EVENTS.templateDeleted, key: id, payload: { id, ownerUnitId: before.owner_unit_id } }],
    };
  });
  return { ok: true };
}
