import { ITEM_EDIT_ACTIONS, type ItemAction, type ItemState } from '@yiwang/contracts';

/**
 * The catalog lifecycle of an item (S1). Editing happens only in `draft`; a published item is
 * revised on a new draft while its live version stays public; publishing writes an immutable
 * version. `hasLive` is whether a published version is currently offered.
 *
 *   draft ─submit→ review ─publish→ published ─revise→ draft (next version) ─discard→ published
 *                  review ─reject→ draft;  published ─withdraw→ withdrawn ─revise→ draft
 *   draft (never published) | withdrawn ─archive→ archived;  published ─confirm→ published (复核)
 */
export const ITEM_TRANSITIONS: Readonly<Record<ItemState, Partial<Record<ItemAction, ItemState>>>> = {
  draft: { submit: 'review', discard: 'published', archive: 'archived' },
  review: { publish: 'published', reject: 'draft' },
  published: { revise: 'draft', withdraw: 'withdrawn', confirm: 'published' },
  withdrawn: { revise: 'draft', archive: 'archived' },
  archived: {},
};

export interface LifecycleFacts {
  /** a published version is live (the public sees it) */
  hasLive: boolean;
}

/** discarding a revision needs a live version to fall back to; archiving a draft must not hide a live one */
function guard(state: ItemState, action: ItemAction, f: LifecycleFacts): boolean {
  if (action === 'discard') return f.hasLive;
  if (action === 'archive' && state === 'draft') return !f.hasLive;
  return true;
}

export function availableItemActions(state: ItemState, facts: LifecycleFacts): ItemAction[] {
  return (Object.keys(ITEM_TRANSITIONS[state]) as ItemAction[]).filter((a) => guard(state, a, facts));
}

export type ItemTransition =
  { ok: true; to: ItemState } | { ok: false; code: 'ACTION_NOT_ALLOWED'; state: ItemState; allowed: ItemAction[] };

export function itemTransition(state: ItemState, action: ItemAction, facts: LifecycleFacts): ItemTransition {
  const to = ITEM_TRANSITIONS[state][action];
  if (to === undefined || !guard(state, action, facts))
    return { ok: false, code: 'ACTION_NOT_ALLOWED', state, allowed: availableItemActions(state, facts) };
  return { ok: true, to };
}

export const isEditAction = (a: ItemAction): boolean => (ITEM_EDIT_ACTIONS as readonly string[]).includes(a);
export const canEditContent = (state: ItemState): boolean => state === 'draft';
