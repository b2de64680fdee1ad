import type { WorkCalendar } from '@yiwang/platform';
import { overdueWorkingDays } from './sla.js';

/**
 * 红黄牌 for handling units. Evaluated over the orders a unit held in a period the caller chooses
 * (a month on the dashboard; the open orders when a 督办 timer fires):
 * - yellow: at least one order overdue (answered after its due instant, or still unanswered past it);
 * - red: an order more than `redAfterOverdueDays` working days late, or `redOverdueCount` overdue
 *   orders in the period ("repeatedly").
 */
export interface CardPolicy {
  redAfterOverdueDays: number;
  redOverdueCount: number;
}

export const DEFAULT_CARD_POLICY: CardPolicy = { redAfterOverdueDays: 3, redOverdueCount: 3 };

export type Card = 'green' | 'yellow' | 'red';

/** One order of the unit: its due instant and when the unit answered (答复); null while it has not. */
export interface UnitOrderDeadline {
  orderId: string;
  dueAt: Date | null;
  answeredAt: Date | null;
}

export interface OverdueOrder {
  orderId: string;
  /** Whole working days after the due date; 0 when late by hours only. */
  workingDaysLate: number;
  /** Still unanswered: the lateness keeps growing. */
  open: boolean;
}

export interface UnitCard {
  card: Card;
  overdue: OverdueOrder[];
  /** A zh-CN sentence for the dashboard and the 督办 notice. */
  why: string;
}

export function evaluateUnitCard(
  orders: readonly UnitOrderDeadline[],
  now: Date,
  cal: WorkCalendar,
  policy: CardPolicy = DEFAULT_CARD_POLICY,
): UnitCard {
  const overdue: OverdueOrder[] = [];
  for (const o of orders) {
    if (o.dueAt === null) continue;
    const end = o.answeredAt ?? now;
    if (end <= o.dueAt) continue;
    overdue.push({ orderId: o.orderId, workingDaysLate: overdueWorkingDays(o.dueAt, end, cal), open: o.answeredAt === null });
  }
  if (overdue.length === 0) return { card: 'green', overdue, why: '无超期工单' };

  const worst = overdue.reduce((a, b) => (b.workingDaysLate > a.workingDaysLate ? b : a));
  if (worst.workingDaysLate > policy.redAfterOverdueDays) {
    return {
      card: 'red',
      overdue,
      why: `工单 ${worst.orderId} 超期 ${worst.workingDaysLate} 个工作日，超过 ${policy.redAfterOverdueDays} 个工作日，亮红牌`,
    };
  }
  if (overdue.length >= policy.redOverdueCount) {
    return { card: 'red', overdue, why: `本期超期工单 ${overdue.length} 件，达到 ${policy.redOverdueCount} 件，亮红牌` };
  }
  return { card: 'yellow', overdue, why: `本期超期工单 ${overdue.length} 件，亮黄牌` };
}
