/** Topics the hotline publishes besides the per-action ORDER_EVENTS of the domain. */
export const HOTLINE_EVENTS = {
  notify: 'hotline.order.notify',
  ruleCreated: 'hotline.routing_rule.created',
  ruleUpdated: 'hotline.routing_rule.updated',
} as const;

/** The durable-job queue of the 催办 / 督办 deadline timers. */
export const TIMER_QUEUE = 'hotline.order.timer';

/** Topics of the oversight area: notices stored for their recipients, a deadline set after a holiday year was published. */
export const OVERSIGHT_EVENTS = {
  notificationsDelivered: 'hotline.notification.delivered',
  notificationsRead: 'hotline.notification.read',
  templateCreated: 'hotline.reply_template.created',
  templateUpdated: 'hotline.reply_template.updated',
  templateDeleted: 'hotline.reply_template.deleted',
  deadlineSet: 'hotline.order.deadline_set',
} as const;

/** Published by the system module whenever an admin edits the holiday calendar (a day or a whole year). */
export const CALENDAR_CHANGED = 'system.calendar.changed';
