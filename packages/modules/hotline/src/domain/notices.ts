import { divisionPrefix } from '@yiwang/platform';
import type { NotifyTopic } from './effects.js';
import type { Label } from './order-types.js';

/**
 * Notices (站内消息) about work orders: a short title per topic and the rule that decides whether a
 * staff member addressed by role may receive one about a given order.
 */
export const NOTICE_TITLES: Readonly<Record<NotifyTopic, Label>> = {
  dispatch: { zh: '新派工单，请及时签收', en: 'New order assigned to your unit' },
  sign: { zh: '工单已签收', en: 'Order signed for' },
  return: { zh: '承办单位退单，待审核', en: 'An order was returned for review' },
  approve_return: { zh: '退单已同意，工单已改派', en: 'Return accepted, order reassigned' },
  reject_return: { zh: '退单被驳回，请继续办理', en: 'Return rejected, please handle the order' },
  reassign: { zh: '工单已改派他单位', en: 'Order reassigned to another unit' },
  add_co_handler: { zh: '新的协办工单', en: 'New co-handling request' },
  request_extension: { zh: '延期申请待审批', en: 'Extension request to decide' },
  approve_extension: { zh: '延期申请已同意', en: 'Extension approved' },
  reject_extension: { zh: '延期申请被驳回', en: 'Extension rejected' },
  reply: { zh: '工单有新的答复', en: 'New reply on an order' },
  review: { zh: '答复被退回，请重新办理', en: 'Reply sent back for rework' },
  callback: { zh: '工单已回访', en: 'Caller called back' },
  close: { zh: '您的诉求已办结', en: 'Your request has been closed' },
  suspend: { zh: '工单已挂起', en: 'Order suspended' },
  resume: { zh: '工单已恢复办理', en: 'Order resumed' },
  urge: { zh: '催办：工单即将到期', en: 'Reminder: order due soon' },
  supervise: { zh: '督办：工单已超期', en: 'Supervision: order overdue' },
  answer_directly: { zh: '您的诉求已直接答复', en: 'Your request was answered directly' },
  merge: { zh: '您的诉求已与相同诉求合并办理', en: 'Your request was merged with the same request' },
  reopen: { zh: '工单重办，请重新派单', en: 'Order reopened, dispatch it again' },
  repeat_reopen: { zh: '工单多次重办，请关注', en: 'Order reopened repeatedly' },
};

export function noticeTitle(topic: string, locale: 'zh-CN' | 'en'): string {
  // own keys only: a topic named like an Object.prototype member ('toString') is no known topic
  const label = Object.hasOwn(NOTICE_TITLES, topic) ? (NOTICE_TITLES as Record<string, Label>)[topic] : undefined;
  if (!label) return locale === 'en' ? 'Work order update' : '工单动态';
  return locale === 'en' ? label.en : label.zh;
}

/** Where an order lies, as the data-scope rule sees it. */
export interface OrderPlace {
  unitId: string | null;
  coUnitIds: readonly string[];
  divisionCode: string | null;
}

export interface StaffPlace {
  dataScope: 'unit' | 'division' | 'all';
  departmentId: string | null;
  divisionCode: string | null;
}

/**
 * The same rule as the order queries: a staff member only gets a notice about an order they can
 * open, so a supervisor of one district is not told about another district's 督办.
 */
export function scopeCoversOrder(staff: StaffPlace, order: OrderPlace): boolean {
  if (staff.dataScope === 'all') return true;
  if (staff.dataScope === 'division' && staff.divisionCode) {
    const prefix = divisionPrefix(staff.divisionCode) ?? staff.divisionCode;
    return order.divisionCode !== null && order.divisionCode.startsWith(prefix);
  }
  if (staff.departmentId === null) return false;
  return order.unitId === staff.departmentId || order.coUnitIds.includes(staff.departmentId);
}
