import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Starts the real platform (API + built web app) for one e2e test file: a fresh data directory, a fresh
 * PostgreSQL database when the test process has DATABASE_URL (CI), otherwise the embedded engine.
 */
export interface RunningPlatform {
  baseUrl: string;
  /** 'postgres' when DATABASE_URL was given, 'pglite' otherwise */
  engine: 'postgres' | 'pglite';
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 180_000;

/** Output of a child process, kept (bounded) so a failure can show what the server said. */
function capture(child: ChildProcess): () => string {
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => out;
}

let buildChecked: Promise<void> | null = null;

/** Builds apps/web when stale, through the same script `npm start` uses (once per test process). */
export function ensureWebBuild(): Promise<void> {
  buildChecked ??= (async () => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = capture(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`web build did not finish in ${BUILD_TIMEOUT_MS / 1000}s\n${output()}`));
      }, BUILD_TIMEOUT_MS);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`web build failed (exit ${code})\n${output()}`));
      });
    });
  })();
  return buildChecked;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** A fresh database on the server named by `adminUrl`; returns its URL and a dropper. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `yiwang_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}

export async function startPlatform(): Promise<RunningPlatform> {
  await ensureWebBuild();
  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.warn('e2e cleanup:', e));
  };

  try {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yiwang-e2e-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));

    // journeys create the orders they need; the demo year of synthetic orders would only slow every start
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SKIP_WEB_BUILD: 'true',
      SEED_DEMO_ORDERS: '0',
    };
    delete env.DATABASE_URL;
    delete env.WEB_DIST;
    const adminUrl = process.env.DATABASE_URL;
    if (adminUrl) {
      const db = await createDatabase(adminUrl);
      cleanups.push(db.drop);
      env.DATABASE_URL = db.url;
    }
    const port = await freePort();
    env.PORT = String(port);

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => stopChild(child));
    const output = capture(child);

    const baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the platform exited before it was ready (${child.exitCode ?? child.signalCode})\n${output()}`);
      const status = await fetch(`${baseUrl}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (Date.now() > deadline) throw new Error(`/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000}s\n${output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    let stopped: Promise<void> | null = null;
    return {
      baseUrl,
      engine: adminUrl ? 'postgres' : 'pglite',
      stop: () => (stopped ??= cleanup()),
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
