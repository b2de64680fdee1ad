/**
 * Vocabulary of 12345 work orders (issue 4, H1/H3). Codes are stable ASCII: they are stored in
 * rows, sent over the API and Open311, so a label may change but a code never does. The value lists
 * live in the contracts package, which the API schemas and the web app share.
 */
import { HOTLINE_ACTIONS, HOTLINE_CHANNELS, HOTLINE_ORDER_TYPES, HOTLINE_STATES, HOTLINE_URGENCIES } from '@yiwang/contracts';

export interface Label {
  zh: string;
  en: string;
}

export const CHANNELS = HOTLINE_CHANNELS;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, Label>> = {
  phone: { zh: '电话', en: 'Phone call' },
  web: { zh: '网站', en: 'Web portal' },
  mobile: { zh: '移动端', en: 'Mobile' },
  wechat: { zh: '微信', en: 'WeChat' },
  open311: { zh: 'Open311 接口', en: 'Open311 client' },
  grid: { zh: '网格员', en: 'Grid officer' },
  video_ai: { zh: '视频智能识别', en: 'Video AI' },
  drone: { zh: '无人机巡查', en: 'Drone patrol' },
  iot: { zh: '物联感知设备', en: 'IoT sensor' },
};

/** Channels of the 一网统管 event centre (H5): they enter through the sensor API with a key per source. */
export const EVENT_CENTRE_CHANNELS: readonly Channel[] = ['grid', 'video_ai', 'drone', 'iot'];

export const ORDER_TYPES = HOTLINE_ORDER_TYPES;
export type OrderType = (typeof ORDER_TYPES)[number];

export const ORDER_TYPE_LABELS: Readonly<Record<OrderType, Label>> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  help: { zh: '求助', en: 'Request for help' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report of wrongdoing' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  praise: { zh: '表扬', en: 'Praise' },
};

export const URGENCIES = HOTLINE_URGENCIES;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Readonly<Record<Urgency, Label>> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
  critical: { zh: '特急', en: 'Critical' },
};

/**
 * Work-order states. Deliberately absent: a separate "signed" state (签收 starts handling at once,
 * the timeline keeps the moment) and "callback_done" (a satisfied 回访 closes the order directly).
 */
export const ORDER_STATES = HOTLINE_STATES;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_STATE_LABELS: Readonly<Record<OrderState, Label>> = {
  registered: { zh: '已登记', en: 'Registered' },
  answered_directly: { zh: '直接答复', en: 'Answered directly' },
  dispatched: { zh: '已派单', en: 'Dispatched' },
  returned: { zh: '退单待审', en: 'Returned, under review' },
  in_progress: { zh: '办理中', en: 'In progress' },
  suspended: { zh: '已挂起', en: 'Suspended' },
  replied: { zh: '已答复', en: 'Replied' },
  reviewed: { zh: '已审核', en: 'Reviewed' },
  closed: { zh: '已办结', en: 'Closed' },
  reopened: { zh: '重办', en: 'Reopened' },
  merged: { zh: '已合并', en: 'Merged' },
};

export const ACTION_TYPES = HOTLINE_ACTIONS;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_LABELS: Readonly<Record<ActionType, Label>> = {
  dispatch: { zh: '派单', en: 'Dispatch' },
  sign: { zh: '签收', en: 'Sign for' },
  return: { zh: '退单', en: 'Return' },
  approve_return: { zh: '同意退单并改派', en: 'Accept return and reassign' },
  reject_return: { zh: '驳回退单', en: 'Reject return' },
  reassign: { zh: '改派', en: 'Reassign' },
  add_co_handler: { zh: '增加协办单位', en: 'Add co-handling unit' },
  request_extension: { zh: '申请延期', en: 'Request extension' },
  approve_extension: { zh: '同意延期', en: 'Approve extension' },
  reject_extension: { zh: '驳回延期', en: 'Reject extension' },
  reply: { zh: '答复', en: 'Reply' },
  review: { zh: '审核', en: 'Review' },
  callback: { zh: '回访', en: 'Callback' },
  close: { zh: '办结', en: 'Close' },
  suspend: { zh: '挂起', en: 'Suspend' },
  resume: { zh: '恢复办理', en: 'Resume' },
  urge: { zh: '催办', en: 'Urge' },
  supervise: { zh: '督办', en: 'Supervise' },
  answer_directly: { zh: '直接答复', en: 'Answer directly' },
  merge: { zh: '合并', en: 'Merge' },
  reopen: { zh: '重启工单', en: 'Reopen' },
};

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, Label>> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
};

export const REVIEW_OUTCOMES = ['accept', 'send_back'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const ACTOR_ROLES = ['hotline_agent', 'handling_unit', 'supervisor', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, Label>> = {
  hotline_agent: { zh: '话务员', en: 'Hotline agent' },
  handling_unit: { zh: '承办单位', en: 'Handling unit' },
  supervisor: { zh: '督办人员', en: 'Supervisor' },
  system: { zh: '系统', en: 'System' },
};
