import type { ErrorEntry } from './error-entry.js';

/** Error codes of 一网通办 (issue 3); merged into ERROR_TABLE. */
export const SERVICES_ERRORS = {
  ITEM_INVALID: { status: 400, zh: '事项要素不符合要求', en: 'The service item elements are not valid' },
  INVALID_ITEM_CODE: { status: 400, zh: '事项编码不符合本地区编码规则', en: 'The item code does not follow the region’s coding rule' },
  ITEM_NOT_PUBLISHABLE: {
    status: 422,
    zh: '事项要素不完整或不一致，不能提交审核或发布',
    en: 'The item is incomplete or inconsistent and cannot be submitted or published',
  },
  ITEM_NOT_LIVE: { status: 409, zh: '该事项尚未发布或已停止实施', en: 'The item is not published or no longer offered' },
  ITEM_ALREADY_CLAIMED: { status: 409, zh: '本区划已认领该事项', en: 'This division has already claimed the item' },
  CLAIM_NOT_ALLOWED: {
    status: 400,
    zh: '只能由下级区划的部门认领上级区划发布的事项',
    en: 'Only a department of a lower division can claim an item published by a higher division',
  },
  SPLIT_NOT_ALLOWED: { status: 400, zh: '业务办理项不能再拆分', en: 'A situational variant cannot be split again' },
} as const satisfies Record<string, ErrorEntry>;
