import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_ACTIONS, ITEM_STATES, type ItemAction, type ItemState } from '@yiwang/contracts';
import { availableItemActions, canEditContent, ITEM_TRANSITIONS, itemTransition } from './lifecycle.js';

const LIVE = { hasLive: true };
const NONE = { hasLive: false };

describe('item lifecycle', () => {
  it('runs a new item from draft through review to published, then a revision back to published', () => {
    const steps: Array<[ItemState, ItemAction, ItemState, boolean]> = [
      ['draft', 'submit', 'review', false],
      ['review', 'reject', 'draft', false],
      ['draft', 'submit', 'review', false],
      ['review', 'publish', 'published', false],
      ['published', 'confirm', 'published', true],
      ['published', 'revise', 'draft', true],
      ['draft', 'discard', 'published', true],
      ['published', 'withdraw', 'withdrawn', true],
      ['withdrawn', 'revise', 'draft', false],
      ['draft', 'archive', 'archived', false],
    ];
    for (const [from, action, to, hasLive] of steps)
      expect(itemTransition(from, action, { hasLive }), `${from} ${action}`).toEqual({ ok: true, to });
  });

  it('refuses an action the state does not accept and says which ones it does', () => {
    expect(itemTransition('published', 'publish', LIVE)).toEqual({
      ok: false,
      code: 'ACTION_NOT_ALLOWED',
      state: 'published',
      allowed: ['revise', 'withdraw', 'confirm'],
    });
    expect(itemTransition('archived', 'revise', NONE)).toMatchObject({ ok: false, allowed: [] });
  });

  it('never discards a first draft (nothing to fall back to) and never archives a draft that hides a live version', () => {
    expect(itemTransition('draft', 'discard', NONE)).toMatchObject({ ok: false, allowed: ['submit', 'archive'] });
    expect(itemTransition('draft', 'archive', LIVE)).toMatchObject({ ok: false, allowed: ['submit', 'discard'] });
  });

  it('offers exactly the actions that succeed, in every state, with or without a live version', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEM_STATES), fc.constantFrom(...ITEM_ACTIONS), fc.boolean(), (state, action, hasLive) => {
        const r = itemTransition(state, action, { hasLive });
        expect(r.ok).toBe(availableItemActions(state, { hasLive }).includes(action));
        if (r.ok) expect(r.to).toBe(ITEM_TRANSITIONS[state][action]);
      }),
    );
  });

  it('lets content change only in draft, and archived is final', () => {
    expect(ITEM_STATES.filter(canEditContent)).toEqual(['draft']);
    expect(availableItemActions('archived', LIVE)).toEqual([]);
  });
});
