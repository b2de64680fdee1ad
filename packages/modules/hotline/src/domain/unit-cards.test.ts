import { describe, expect, it } from 'vitest';
import { calendar as cal, sh } from './test-orders.js';
import { evaluateUnitCard, type UnitOrderDeadline } from './unit-cards.js';

const due = sh('2025-09-30T18:00:00');
const order = (orderId: string, answeredAt: Date | null, dueAt: Date | null = due): UnitOrderDeadline => ({ orderId, dueAt, answeredAt });

describe('red and yellow cards per unit', () => {
  it('is green when every order was answered in time or has no deadline', () => {
    const now = sh('2025-10-20T10:00:00');
    const result = evaluateUnitCard([order('a', sh('2025-09-30T17:59:00')), order('b', null, null)], now, cal);
    expect(result).toEqual({ card: 'green', overdue: [], why: '无超期工单' });
  });

  it('is yellow for one order answered late or still open past its due instant', () => {
    const lateAnswer = evaluateUnitCard([order('a', sh('2025-10-09T10:00:00'))], sh('2025-10-20T10:00:00'), cal);
    expect(lateAnswer).toMatchObject({ card: 'yellow', overdue: [{ orderId: 'a', workingDaysLate: 1, open: false }] });
    const stillOpen = evaluateUnitCard([order('a', null)], sh('2025-10-08T10:00:00'), cal);
    expect(stillOpen).toMatchObject({ card: 'yellow', overdue: [{ orderId: 'a', workingDaysLate: 0, open: true }] });
    expect(stillOpen.why).toContain('黄牌');
  });

  it('is red when one order is more than 3 working days late (国庆 days do not count)', () => {
    // late days after 09-30: 10-09, 10-10, 10-11 (调休 Saturday), 10-13
    expect(evaluateUnitCard([order('a', null)], sh('2025-10-11T10:00:00'), cal).card).toBe('yellow');
    const red = evaluateUnitCard([order('a', null)], sh('2025-10-13T10:00:00'), cal);
    expect(red).toMatchObject({ card: 'red', overdue: [{ workingDaysLate: 4 }] });
    expect(red.why).toContain('工单 a 超期 4 个工作日');
  });

  it('is red for repeated lateness: 3 overdue orders in the period', () => {
    const now = sh('2025-10-09T10:00:00');
    const two = [order('a', null), order('b', sh('2025-10-09T09:30:00'))];
    expect(evaluateUnitCard(two, now, cal).card).toBe('yellow');
    const three = evaluateUnitCard([...two, order('c', null)], now, cal);
    expect(three).toMatchObject({ card: 'red', why: '本期超期工单 3 件，达到 3 件，亮红牌' });
  });

  it('takes its thresholds from the policy', () => {
    const strict = { redAfterOverdueDays: 0, redOverdueCount: 10 };
    expect(evaluateUnitCard([order('a', null)], sh('2025-10-09T10:00:00'), cal, strict).card).toBe('red');
  });
});
