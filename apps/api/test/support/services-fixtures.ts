import type { ItemElements } from '@yiwang/contracts';
import { DEMO_ITEMS } from '@yiwang/services';
import { json, type Session, type TestApp } from '../harness.js';

/** A complete, consistent set of elements (the demo 食品经营许可), for items the tests create. */
export const COMPLETE: ItemElements = DEMO_ITEMS.find((i) => i.name === '食品经营许可')!.elements;
const CITY_REGION = '445200';

/** The body of a new city item of 市场监管局 with an unused 主项 number. */
export function newItem(deptId: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    code: `XK${String(90000 + n).padStart(5, '0')}000${CITY_REGION}`,
    name: `测试事项${n}`,
    type: 'XK',
    departmentId: deptId,
    ...COMPLETE,
    ...extra,
  };
}

export function servicesClient(t: TestApp) {
  const req = (method: string, url: string, s: Session | null, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: method as never,
      url,
      headers: { ...(s?.headers ?? {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = (res: { statusCode: number; body: string }) => {
    if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode}: ${res.body.slice(0, 600)}`);
    return json(res as never);
  };
  const workflow = (s: Session, item: { id: string; version: number }, action: string) =>
    req('POST', `/api/services/items/${item.id}/workflow`, s, { action, version: item.version });
  const review = (s: Session, item: { id: string; version: number }, action: string, comment?: string) =>
    req('POST', `/api/services/items/${item.id}/review`, s, { action, version: item.version, ...(comment ? { comment } : {}) });
  /** draft → review → published by an editor and a reviewer */
  const publish = async (editor: Session, reviewer: Session, item: { id: string; version: number }) => {
    const submitted = ok(await workflow(editor, item, 'submit'));
    return ok(await review(reviewer, submitted, 'publish'));
  };
  return { req, ok, workflow, review, publish };
}

export async function deptIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
  return Object.fromEntries((rows as Array<{ id: string; code: string }>).map((r) => [r.code, r.id]));
}
