import type { ErrorEntry } from './error-entry.js';

/** Error codes of the intake sources (API keys), sensor/partner API, attachments, Open311 (whose own error format maps from these) (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_INTAKE_ERRORS = {
  API_KEY_MISSING: { status: 401, zh: '缺少接入密钥', en: 'The API key is missing' },
  API_KEY_INVALID: { status: 401, zh: '接入密钥无效', en: 'The API key is not valid' },
  API_KEY_REVOKED: {
    status: 401,
    zh: '接入密钥已吊销，请联系管理员轮换密钥',
    en: 'The API key was revoked; ask an administrator to rotate it',
  },
  SOURCE_INACTIVE: { status: 403, zh: '该接入源已停用', en: 'This intake source is disabled' },
  SOURCE_KIND_MISMATCH: {
    status: 403,
    zh: '该接入源的类型不能使用此接口',
    en: 'This kind of intake source cannot use this endpoint',
  },
  EVIDENCE_INVALID: { status: 400, zh: '证据图片的编码无效', en: 'The evidence image is not valid base64' },
  EVIDENCE_TYPE_UNSUPPORTED: {
    status: 415,
    zh: '证据图片须为 JPEG、PNG 或 WebP，且与声明的类型一致',
    en: 'Evidence must be a JPEG, PNG or WebP image matching its declared type',
  },
  EVIDENCE_TOO_LARGE: { status: 413, zh: '每张证据图片不能超过 2 MB', en: 'Each evidence image must be at most 2 MB' },
  OCCURRED_IN_FUTURE: { status: 400, zh: '事件发生时间不能晚于当前时间', en: 'The event cannot have occurred in the future' },
  OPEN311_JURISDICTION_NOT_FOUND: { status: 404, zh: '未找到该 jurisdiction_id', en: 'jurisdiction_id not found' },
  OPEN311_SERVICE_NOT_FOUND: { status: 404, zh: '未找到该 service_code', en: 'service_code not found' },
  OPEN311_REQUEST_NOT_FOUND: { status: 404, zh: '未找到该诉求', en: 'Service request not found' },
  OPEN311_SERVICE_CODE_REQUIRED: { status: 400, zh: '缺少 service_code', en: 'service_code was not provided' },
  OPEN311_LOCATION_REQUIRED: {
    status: 400,
    zh: '须提供 lat 和 long、address_string 或 address_id 之一',
    en: 'One of lat & long, address_string or address_id is required',
  },
  OPEN311_ATTRIBUTE_REQUIRED: { status: 400, zh: '缺少必填的诉求属性', en: 'A required attribute was not provided' },
  OPEN311_ATTRIBUTE_INVALID: { status: 400, zh: '诉求属性的取值无效', en: 'An attribute value is not valid' },
  OPEN311_BAD_DATE: {
    status: 400,
    zh: '日期须为带时区的 W3C 格式（如 2026-01-01T00:00:00+08:00），且查询跨度不超过 90 天',
    en: 'Dates must be W3C date-times with a time zone, and a range may span at most 90 days',
  },
  OPEN311_BAD_PARAMETER: { status: 400, zh: 'Open311 参数无效', en: 'An Open311 parameter is not valid' },
} as const satisfies Record<string, ErrorEntry>;
