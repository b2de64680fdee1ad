import type { ErrorEntry } from './error-entry.js';
import { HOTLINE_ANALYTICS_ERRORS } from './errors-hotline-analytics.js';
import { HOTLINE_DESK_ERRORS } from './errors-hotline-desk.js';
import { HOTLINE_INTAKE_ERRORS } from './errors-hotline-intake.js';
import { HOTLINE_KNOWLEDGE_ERRORS } from './errors-hotline-knowledge.js';
import { HOTLINE_OVERSIGHT_ERRORS } from './errors-hotline-oversight.js';
import { SERVICES_ERRORS } from './errors-services.js';

/**
 * The one table of error codes. HTTP status and the zh-CN / en texts live here so the API,
 * the web app and the docs never disagree about what a code means.
 */
export const ERROR_TABLE = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数不符合要求', en: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  INVALID_ID_NUMBER: { status: 400, zh: '身份证号码无效', en: 'The ID number is not valid' },
  INVALID_USCC: { status: 400, zh: '统一社会信用代码无效', en: 'The unified social credit code is not valid' },
  INVALID_DIVISION_CODE: { status: 400, zh: '行政区划代码无效', en: 'The division code is not valid' },
  INVALID_PHONE: { status: 400, zh: '电话号码无效', en: 'The phone number is not valid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired, please sign in again' },
  INVALID_TOKEN: { status: 401, zh: '访问令牌无效或已过期', en: 'The access token is invalid or expired' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed sign-ins; the account is temporarily locked, try again later',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'The account is disabled' },
  CSRF_FAILED: { status: 403, zh: '安全校验失败，请刷新页面后重试', en: 'Security check failed; reload the page and retry' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '资源不存在或无权访问', en: 'Not found or no access' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and retry' },
  DUPLICATE: { status: 409, zh: '记录已存在', en: 'The record already exists' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '幂等键已用于不同的请求',
    en: 'The idempotency key was already used for a different request',
  },
  WEAK_PASSWORD: {
    status: 400,
    zh: '密码至少 10 位，且须包含字母和数字',
    en: 'The password needs at least 10 characters with letters and digits',
  },
  PASSWORD_REUSED: { status: 400, zh: '新密码不能与旧密码相同', en: 'The new password must differ from the old one' },
  IN_USE: { status: 409, zh: '该记录仍被引用，无法删除', en: 'The record is still referenced and cannot be removed' },
  CALENDAR_YEAR_MISSING: {
    status: 422,
    zh: '缺少该年度的节假日数据，无法计算工作日期限',
    en: 'No holiday data for that year; working-day deadlines cannot be computed',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  OIDC_NOT_CONFIGURED: { status: 404, zh: '未启用统一身份认证登录', en: 'Single sign-on is not configured' },
  OIDC_FAILED: { status: 401, zh: '统一身份认证登录失败', en: 'Single sign-on failed' },
  // 12345 work-order workflow (packages/modules/hotline/src/domain)
  ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态不允许此操作', en: 'This action is not allowed in the current state' },
  ROLE_NOT_ALLOWED: { status: 403, zh: '您的角色不能执行此操作', en: 'Your role cannot take this action' },
  NOT_ASSIGNED_UNIT: { status: 403, zh: '工单未分派给本单位', en: 'The order is not assigned to your unit' },
  REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  CONTENT_REQUIRED: { status: 400, zh: '请填写办理内容', en: 'Content is required' },
  ARTICLE_REQUIRED: { status: 400, zh: '直接答复须引用知识库条目', en: 'A direct answer must cite a knowledge-base article' },
  UNIT_REQUIRED: { status: 400, zh: '请选择承办单位', en: 'A handling unit is required' },
  SAME_UNIT: { status: 400, zh: '不能改派给原承办单位', en: 'Cannot reassign to the same unit' },
  ALREADY_HANDLING: { status: 409, zh: '该单位已在办理此工单', en: 'That unit already handles this order' },
  CO_HANDLERS_PENDING: { status: 409, zh: '协办单位尚未全部答复', en: 'Co-handling units have not all replied' },
  EXTENSION_PENDING: { status: 409, zh: '已有待审批的延期申请', en: 'An extension request is already pending' },
  NO_PENDING_EXTENSION: { status: 409, zh: '没有待审批的延期申请', en: 'There is no pending extension request' },
  INVALID_EXTENSION: { status: 400, zh: '延期天数不符合规定', en: 'The extension is not allowed' },
  INVALID_MERGE_TARGET: { status: 400, zh: '不能合并到该工单', en: 'Cannot merge into that order' },
  REOPEN_WINDOW_PASSED: { status: 409, zh: '已超过可重新打开的期限', en: 'The reopen window has passed' },
  // each area of the hotline keeps its codes in its own file
  ...HOTLINE_DESK_ERRORS,
  ...HOTLINE_OVERSIGHT_ERRORS,
  ...HOTLINE_INTAKE_ERRORS,
  ...HOTLINE_KNOWLEDGE_ERRORS,
  ...HOTLINE_ANALYTICS_ERRORS,
  ...SERVICES_ERRORS,
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_TABLE;

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  requestId: string;
}

export type Locale = 'zh-CN' | 'en';

export function errorMessage(code: ErrorCode, locale: Locale): string {
  const row = ERROR_TABLE[code];
  return locale === 'en' ? row.en : row.zh;
}
