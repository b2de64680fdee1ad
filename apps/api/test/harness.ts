import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createLogger, generateKeyring, setYear } from '@yiwang/platform';
import { createTestDatabase, type TestDatabase } from '@yiwang/platform/testing';
import type { Engine } from '@yiwang/platform';
import { DEMO_PASSWORD } from '@yiwang/identity';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { boot, type Runtime } from '../src/runtime.js';
import type { RegisteredRoute } from '../src/http/security.js';

export interface Session {
  headers: Record<string, string>;
  me: any;
}

export interface TestApp {
  app: FastifyInstance;
  rt: Runtime;
  routes: RegisteredRoute[];
  db: TestDatabase;
  /** cookie session with its CSRF header, as the web app would hold it */
  login(username: string, password?: string): Promise<Session>;
  /** bearer token, as an API client would hold it */
  token(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

/** A full platform on a fresh database with the demo city, driven in-process through inject(). */
export async function createTestApp(engine: Engine, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase(engine);
  const config = { ...loadConfig({ WEB_DIST: '', LOG_LEVEL: 'silent', ...env }), databaseUrl: undefined };
  const rt = await boot(config, { database: db, keyring: generateKeyring(), seedDemo: true, logger: createLogger('silent') });
  const { app, routes } = await buildApp(rt);
  const login = async (username: string, password = DEMO_PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/identity/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'yw_session')!;
    const me = res.json();
    return { headers: { cookie: `yw_session=${cookie.value}`, 'x-csrf-token': me.csrfToken }, me };
  };
  const token = async (username: string, password = DEMO_PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/identity/token', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`token ${username} failed: ${res.statusCode} ${res.body}`);
    const t = res.json().accessToken as string;
    const me = (await app.inject({ method: 'GET', url: '/api/identity/me', headers: { authorization: `Bearer ${t}` } })).json();
    return { headers: { authorization: `Bearer ${t}` }, me };
  };
  return {
    app,
    rt,
    routes,
    db,
    login,
    token,
    async close() {
      await app.close();
      await rt.jobs.stop();
      await db.drop();
    },
  };
}

export const json = (r: LightMyRequestResponse) => r.json() as any;

/** count rows of a table, for "nothing was written" assertions */
export async function countRows(t: TestApp, table: string): Promise<number> {
  const r = await t.rt.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Marks the years after the shipped holiday data (2004–2026) up to `lastYear` as published (weekends
 * only), as an admin does when the State Council's notice is out. Tests that create deadlines from
 * today's date need it so they keep passing once today's deadlines reach past 2026.
 */
export async function publishCalendarThrough(t: TestApp, lastYear: number): Promise<void> {
  await t.rt.database.db.transaction().execute(async (tx) => {
    for (let year = 2027; year <= lastYear; year++) await setYear(tx, year, true, 'test');
  });
  await t.rt.system.calendar.reload();
}
