import type { ErrorEntry } from './error-entry.js';

/** Error codes of the knowledge base and the citizen portal's 12345 pages (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_KNOWLEDGE_ERRORS = {
  KNOWLEDGE_ARTICLE_UNKNOWN: { status: 422, zh: '引用的知识库文章不存在', en: 'The cited knowledge-base article does not exist' },
  KNOWLEDGE_ARTICLE_UNPUBLISHED: {
    status: 422,
    zh: '引用的知识库文章未发布或已归档',
    en: 'The cited knowledge-base article is not published',
  },
  KNOWLEDGE_ARTICLE_NOT_VALID: {
    status: 422,
    zh: '引用的知识库文章不在有效期内',
    en: 'The cited knowledge-base article is not valid today',
  },
  KNOWLEDGE_STATUS_CONFLICT: { status: 409, zh: '文章当前状态不能执行此操作', en: 'The article’s status does not allow this' },
  KNOWLEDGE_INVALID_PERIOD: {
    status: 400,
    zh: '有效期无效：日期不存在或截止日早于起始日',
    en: 'The validity period is invalid: a date does not exist or it ends before it starts',
  },
  PORTAL_NO_PROFILE: {
    status: 422,
    zh: '账号缺少实名信息，暂不能提交诉求',
    en: 'The account has no verified profile and cannot submit a request yet',
  },
} as const satisfies Record<string, ErrorEntry>;
