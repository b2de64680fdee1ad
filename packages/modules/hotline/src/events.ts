/** Topics the hotline publishes besides the per-action ORDER_EVENTS of the domain. */
export const HOTLINE_EVENTS = {
  notify: 'hotline.order.notify',
  ruleCreated: 'hotline.routing_rule.created',
  ruleUpdated: 'hotline.routing_rule.updated',
} as const;

/** The durable-job queue of the 催办 / 督办 deadline timers. */
export const TIMER_QUEUE = 'hotline.order.timer';
