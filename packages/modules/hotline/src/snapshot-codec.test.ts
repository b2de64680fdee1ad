import { describe, expect, it } from 'vitest';
import { transition } from './domain/index.js';
import { AGENT, apply, ctxFor, MAIN_UNIT, newOrder, orderIn, sh } from './domain/test-orders.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

const roundTrip = (o: ReturnType<typeof newOrder>) => decodeSnapshot(JSON.parse(JSON.stringify(encodeSnapshot(o))));

describe('stored snapshot', () => {
  it('survives JSON with every date revived and the timeline left to the event rows', () => {
    for (const state of ['registered', 'in_progress', 'suspended', 'replied', 'closed'] as const) {
      const o = orderIn(state);
      expect(roundTrip(o)).toEqual({ ...o, timeline: [] });
    }
    const pending = apply(orderIn('in_progress'), { type: 'request_extension', days: 3, reason: '需现场勘查' }, MAIN_UNIT);
    expect(roundTrip(pending).pendingExtension?.requestedAt).toBeInstanceOf(Date);
    expect(encodeSnapshot(pending)).not.toHaveProperty('timeline');
  });

  it('lets the state machine continue from a decoded snapshot as from the original', () => {
    const o = orderIn('replied');
    const at = sh('2025-09-25T15:00:00');
    const direct = transition(o, { type: 'review', outcome: 'accept' }, { ...ctxFor(AGENT), now: at });
    const decoded = transition(roundTrip(o), { type: 'review', outcome: 'accept' }, { ...ctxFor(AGENT), now: at });
    expect(decoded.ok && direct.ok && decoded.next.state).toBe('reviewed');
    expect(decoded.ok && decoded.effects).toEqual(direct.ok && direct.effects);
  });
});
