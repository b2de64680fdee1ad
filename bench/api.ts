/**
 * `npm run bench:api` — the API benchmark of issue #2 (not a timed test).
 *
 * 1. Creates a throw-away database on the PostgreSQL server DATABASE_URL points at, starts the API
 *    server on it (child process, demo city seeded) and a bare Fastify + pg server (child process)
 *    answering the same department page with one query; both with a pool of 10 connections.
 * 2. Logs in as rc.admin (data scope 榕城区) for a bearer token and load-tests
 *    `GET /api/identity/departments?page=1&pageSize=20` (permission check + scope filter) with
 *    autocannon, then the baseline's equivalent endpoint, one after the other.
 * 3. Times the start command (`node scripts/start.mjs`) on the embedded engine to a 200 from
 *    `/readyz`: first start (migrate + seed) and second start (already seeded).
 *
 * Knobs (env): DATABASE_URL, BENCH_CONNECTIONS (50), BENCH_DURATION_S (10), BENCH_WARMUP_S (3),
 * BENCH_SKIP_STARTUP=true, BENCH_CPU_PROF=<dir> (writes .cpuprofile files of both servers under it).
 * The last line is `bench:api app_rps=<int> baseline_rps=<int> ratio=<0.xx>`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { divisionPrefix } from '@yiwang/platform';
import { machine, posInt } from './lib/env.js';
import { createBenchDatabase, redact, type BenchDatabase } from './lib/db.js';
import { measure } from './lib/load.js';
import { loadTable, lpad, pad } from './lib/table.js';
import { cpuMs, freePort, startChild, stopAll, waitReady, type Child } from './lib/proc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = posInt('BENCH_CONNECTIONS', 50);
const DURATION_S = posInt('BENCH_DURATION_S', 10);
const WARMUP_S = posInt('BENCH_WARMUP_S', 3, true);
const POOL_MAX = 10;
const USER = { username: 'rc.admin', password: 'Jieyang2026' };
const PAGE = '/api/identity/departments?page=1&pageSize=20';

const log = (s: string) => process.stdout.write(s + '\n');
const tsx = (script: string, extra: string[] = []) => [...extra, '--import', 'tsx', path.join(ROOT, script)];
const cpuProf = (sub: string) =>
  process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.join(path.resolve(process.env.BENCH_CPU_PROF), sub)}`] : [];

async function startApiServer(db: BenchDatabase, dataDir: string): Promise<{ child: Child; base: string }> {
  const port = await freePort();
  const child = startChild('API server', process.execPath, tsx('apps/api/src/server.ts', cpuProf('api')), {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      WEB_DIST: '',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(child, `${base}/readyz`, 180_000);
  return { child, base };
}

async function startBareServer(db: BenchDatabase, prefix: string): Promise<{ child: Child; base: string }> {
  const port = await freePort();
  const child = startChild('bare server', process.execPath, tsx('bench/lib/bare-server.ts', cpuProf('bare')), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), DIVISION_PREFIX: prefix, POOL_MAX: String(POOL_MAX) },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(child, `${base}/readyz`, 60_000);
  return { child, base };
}

async function json(url: string, init?: RequestInit): Promise<any> {
  const r = await fetch(url, init);
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${init?.method ?? 'GET'} ${url} → ${r.status}: ${body.slice(0, 500)}`);
  return JSON.parse(body);
}

async function login(base: string): Promise<string> {
  const r = await json(`${base}/api/identity/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(USER),
  });
  if (typeof r.accessToken !== 'string') throw new Error(`no accessToken in the token response: ${JSON.stringify(r).slice(0, 300)}`);
  return r.accessToken;
}

/** The scope filter the API applies for this caller, as a division-code prefix. */
async function scopePrefix(base: string, auth: Record<string, string>): Promise<string> {
  const me = await json(`${base}/api/identity/me`, { headers: auth });
  const prefix = typeof me.divisionCode === 'string' ? divisionPrefix(me.divisionCode) : null;
  if (!prefix) throw new Error(`${USER.username} has no division scope: ${JSON.stringify(me).slice(0, 300)}`);
  return prefix;
}

/** Both servers must answer the same rows, or the comparison means nothing. */
async function sameRows(appUrl: string, bareUrl: string, auth: Record<string, string>) {
  const a = await json(appUrl, { headers: auth });
  const b = await json(bareUrl);
  if (!Array.isArray(a.items) || a.items.length === 0)
    throw new Error(`the API returned no departments: ${JSON.stringify(a).slice(0, 300)}`);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(
      `the API and the baseline disagree:\n app:  ${JSON.stringify(a).slice(0, 600)}\n bare: ${JSON.stringify(b).slice(0, 600)}`,
    );
  }
  return { items: a.items.length as number, total: a.total as number, bytes: JSON.stringify(a).length };
}

/** Spawn the start command with an empty or existing DATA_DIR and no DATABASE_URL; seconds to a 200 from /readyz. */
async function timeStart(dataDir: string, label: string): Promise<{ seconds: number; builtWeb: boolean; reported: string | null }> {
  const port = await freePort();
  const script = existsSync(path.join(ROOT, 'scripts/start.mjs')) ? ['scripts/start.mjs'] : tsx('apps/api/src/server.ts');
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port) };
  delete env.DATABASE_URL;
  const child = startChild(`start command (${label})`, process.execPath, script, { cwd: ROOT, env });
  try {
    const ms = await waitReady(child, `http://127.0.0.1:${port}/readyz`, 300_000);
    const out = child.output();
    return {
      seconds: ms / 1000,
      builtWeb: out.includes('building the web app'),
      reported: /is ready in ([\d.]+)s/.exec(out)?.[1] ?? null,
    };
  } finally {
    await child.stop();
  }
}

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'yiwang-bench-'));
  let db: BenchDatabase | null = null;
  const interrupted = () => {
    log('\ninterrupted — cleaning up');
    void cleanup().finally(() => process.exit(130));
  };
  const cleanup = async () => {
    await stopAll().catch(() => undefined);
    if (db) await db.drop().catch((err) => log(`could not drop ${db!.name}: ${String(err)}`));
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    log(`bench:api — ${machine()}`);
    db = await createBenchDatabase(ADMIN_URL);
    log(
      `database ${db.name} on ${redact(ADMIN_URL)}; pool ${POOL_MAX}; ${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${DURATION_S}s each`,
    );

    const api = await startApiServer(db, path.join(tmp, 'api'));
    const auth = { authorization: `Bearer ${await login(api.base)}` };
    const prefix = await scopePrefix(api.base, auth);
    const bare = await startBareServer(db, prefix);
    const page = await sameRows(api.base + PAGE, `${bare.base}/departments?page=1&pageSize=20`, auth);
    log(`page: ${page.items} of ${page.total} departments under prefix ${prefix}, ${page.bytes} bytes — identical from both servers`);

    const appResult = await measure('API', api.base + PAGE, {
      headers: auth,
      connections: CONNECTIONS,
      warmupS: WARMUP_S,
      durationS: DURATION_S,
      serverCpuMs: () => cpuMs(api.child),
    });
    const bareResult = await measure('baseline', `${bare.base}/departments?page=1&pageSize=20`, {
      connections: CONNECTIONS,
      warmupS: WARMUP_S,
      durationS: DURATION_S,
      serverCpuMs: () => cpuMs(bare.child),
    });
    await api.child.stop();
    await bare.child.stop();
    if (process.env.BENCH_CPU_PROF) {
      log(
        `CPU profiles written under ${path.resolve(process.env.BENCH_CPU_PROF)} (api/, bare/); summarise with: npx tsx bench/lib/cpuprofile.ts <file>`,
      );
    }

    const ratio = appResult.rps / bareResult.rps;
    log('');
    for (const line of loadTable([
      ['API (auth + policy + scope)', appResult],
      ['bare Fastify + pg (same query)', bareResult],
    ]))
      log(line);
    log(
      `ratio ${ratio.toFixed(2)} (aim ≥ 0.50); load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (appResult.serverCpuUsPerReq !== null && bareResult.serverCpuUsPerReq !== null) {
      // on a busy machine req/s swings with the neighbours; the CPU each request costs the server does not
      log(`CPU-bound ratio (baseline CPU/req ÷ API CPU/req): ${(bareResult.serverCpuUsPerReq / appResult.serverCpuUsPerReq).toFixed(2)}`);
    }

    // a start command that does not come up is reported, but the load figures above still stand
    let startup: { first: number; second: number } | null = null;
    if (process.env.BENCH_SKIP_STARTUP !== 'true') {
      const cmd = existsSync(path.join(ROOT, 'scripts/start.mjs')) ? 'node scripts/start.mjs' : 'tsx apps/api/src/server.ts';
      log('');
      log(`start command, embedded engine (${cmd}), seconds from spawn to a 200 from /readyz:`);
      try {
        const dir = path.join(tmp, 'start');
        const times: number[] = [];
        for (const [name, label] of [
          ['first start (migrate + seed)', 'first'],
          ['second start (already seeded)', 'second'],
        ] as const) {
          const r = await timeStart(dir, label);
          const notes = [r.reported ? `server reports ${r.reported} s` : null, r.builtWeb ? 'included a web build' : null].filter(Boolean);
          log(`  ${pad(name, 32)} ${lpad(r.seconds.toFixed(1), 6)} s${notes.length ? `  (${notes.join('; ')})` : ''}`);
          times.push(r.seconds);
        }
        startup = { first: times[0]!, second: times[1]! };
        log(`  aim: second start < 5 s`);
      } catch (err) {
        process.exitCode = 1;
        log(`  the start command failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }

    log('');
    if (startup) log(`bench:api startup_first_s=${startup.first.toFixed(1)} startup_second_s=${startup.second.toFixed(1)}`);
    log(`bench:api app_rps=${Math.round(appResult.rps)} baseline_rps=${Math.round(bareResult.rps)} ratio=${ratio.toFixed(2)}`);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanup();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:api failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
