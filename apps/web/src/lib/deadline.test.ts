import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deadlineStatus, type DeadlineFields } from './deadline';

const at = (iso: string) => new Date(iso);
const order = (patch: Partial<DeadlineFields> = {}): DeadlineFields => ({
  state: 'in_progress',
  warnAt: '2026-03-10T10:00:00.000Z',
  dueAt: '2026-03-12T10:00:00.000Z',
  deadlinePending: false,
  ...patch,
});

describe('deadline colour of a work order', () => {
  it('is on time before the warning, a warning from it, overdue after the due instant', () => {
    expect(deadlineStatus(order(), at('2026-03-10T09:59:59Z'))).toBe('on_time');
    expect(deadlineStatus(order(), at('2026-03-10T10:00:00Z'))).toBe('warning');
    expect(deadlineStatus(order(), at('2026-03-12T10:00:00Z'))).toBe('warning');
    expect(deadlineStatus(order(), at('2026-03-12T10:00:01Z'))).toBe('overdue');
  });

  it('stops mattering once the unit answered, and says so when there is no deadline (yet)', () => {
    for (const state of ['replied', 'reviewed', 'closed', 'merged', 'answered_directly'])
      expect(deadlineStatus(order({ state }), at('2030-01-01T00:00:00Z'))).toBe('answered');
    expect(deadlineStatus(order({ dueAt: null, warnAt: null }), at('2026-03-01T00:00:00Z'))).toBe('none');
    expect(deadlineStatus(order({ dueAt: null, warnAt: null, deadlinePending: true }), at('2026-03-01T00:00:00Z'))).toBe('pending');
  });

  it('shows a suspended order as paused, but never hides that it is already overdue', () => {
    expect(deadlineStatus(order({ state: 'suspended' }), at('2026-03-11T00:00:00Z'))).toBe('paused');
    expect(deadlineStatus(order({ state: 'suspended' }), at('2026-03-13T00:00:00Z'))).toBe('overdue');
  });

  it('is overdue exactly when an open order is past its due instant, whatever the instants', () => {
    const instant = fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(
        instant,
        instant,
        instant,
        fc.constantFrom('dispatched', 'in_progress', 'suspended', 'returned'),
        (warn, due, now, state) => {
          const s = deadlineStatus(order({ state, warnAt: warn.toISOString(), dueAt: due.toISOString() }), now);
          expect(s === 'overdue').toBe(now > due);
          if (s === 'on_time') expect(now < warn).toBe(true);
        },
      ),
    );
  });
});
