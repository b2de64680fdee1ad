import type { ErrorEntry } from './error-entry.js';

/** Error codes of the hotline analytics, weak signals, weekly report (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_ANALYTICS_ERRORS = {
  INVALID_PERIOD: {
    status: 400,
    zh: '统计区间无效：日期须真实存在、起始不晚于结束、跨度不超过三年，按日统计不超过一年',
    en: 'Invalid period: real dates, from not after to, at most three years, and at most one year by day',
  },
  INVALID_WEEK: { status: 400, zh: '周次无效，请使用如 2026-W05 的 ISO 周', en: 'Invalid week; use an ISO week such as 2026-W05' },
} as const satisfies Record<string, ErrorEntry>;
