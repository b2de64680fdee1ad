import type { WorkOrder } from '@yiwang/contracts';

export const DEMO_PASSWORD = 'Jieyang2026';

/**
 * A signed-in API session (cookie + CSRF echo, as the web app holds it) for setting up and checking
 * journeys without clicking through every step.
 */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
}

export async function apiSession(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/identity/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('yw_session=')) ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return { get: (path) => call('GET', path), post: (path, body, headers) => call('POST', path, body, headers) };
}

/** A call as the hotline agent takes it: 占道经营 in 河婆街道, routed by the demo 权责清单 to the city 城管局. */
export function takeCall(agent: ApiSession, patch: Record<string, unknown> = {}): Promise<WorkOrder> {
  return agent.post<WorkOrder>('/api/hotline/orders', {
    channel: 'phone',
    type: 'complaint',
    title: '路口流动摊贩占道经营',
    body: '河婆街道某路口夜间有流动摊贩占道经营，影响行人和车辆通行。',
    categoryCode: 'urban.vendors',
    divisionCode: '445222001000',
    callerName: '欧阳明',
    callerPhone: '13800138000',
    ...patch,
  });
}
