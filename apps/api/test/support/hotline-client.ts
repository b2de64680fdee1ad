import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { json, publishCalendarThrough, type Session, type TestApp } from '../harness.js';

/** A hotline test's set-up: deadlines of up to 15 working days reach into next year; departments are named by code. */
export async function prepareHotline(t: TestApp): Promise<Record<string, string>> {
  await publishCalendarThrough(t, new Date().getFullYear() + 1);
  const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
  return Object.fromEntries((rows as Array<{ id: string; code: string }>).map((r) => [r.code, r.id]));
}

/** Requests as a signed-in session makes them, and the checks every hotline test repeats; `app` is read per call. */
export function hotlineClient(app: () => TestApp) {
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, s: Session, payload?: unknown) =>
    app().app.inject({ method, url, headers: s.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    send,
    get: (url: string, s: Session) => send('GET', url, s),
    post: (url: string, payload: unknown, s: Session) => send('POST', url, s, payload),
    act: (o: { id: string; version: number }, body: Record<string, unknown>, s: Session) =>
      send('POST', `/api/hotline/orders/${o.id}/actions`, s, { version: o.version, ...body }),
    /** the body of an expected success */
    ok(res: LightMyRequestResponse, status = 200) {
      expect(res.statusCode, res.body).toBe(status);
      return json(res);
    },
    /** the error code of an expected refusal */
    code: (res: LightMyRequestResponse) => json(res).code as string,
  };
}
