/**
 * `npm run bench:hotline` — the 12345 benchmark of issue 4 (not a timed test).
 *
 * 1. A throw-away database on the PostgreSQL server DATABASE_URL points at; the demo city is loaded
 *    into it, a text classifier is trained on synthetic orders from the seed builder.
 * 2. Intake: the API server (child process, classifier installed) takes authenticated
 *    `POST /api/hotline/orders` without a category — validate, classify, route, rows + timeline +
 *    timers + audit + outbox in one transaction — side by side with a bare Fastify + pg server
 *    inserting one equivalent row, same bodies, same run; then the API at half the bare rate, for p99.
 * 3. Bulk-loads BENCH_ORDERS synthetic orders (two years) with the seed builder's loader, then times
 *    `GET /api/hotline/analytics/dashboard` for a few filters as the leader (n/a while it answers 404).
 * 4. The classifier's messages/s on one core.
 *
 * Knobs (env): DATABASE_URL, BENCH_ORDERS (2000000), BENCH_SECONDS (10), BENCH_WARMUP_S (3),
 * BENCH_CONNECTIONS (32), BENCH_TRAIN_ORDERS (6000), BENCH_DASHBOARD_ROUNDS (20), BENCH_CPU_PROF=<dir> (.cpuprofile
 * files of the servers; summarise with `npx tsx bench/lib/cpuprofile.ts <file>`).
 * The last line is `bench:hotline app_rps=<int> baseline_rps=<int> ratio=<0.xx> p99_ms=<int>` (p99 at half the bare rate).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createFieldCipher, loadCalendar, loadKeyring, openDatabase, todayInShanghai } from '@yiwang/platform';
import { buildOrders, loadOrders, readSeedCity, refreshHotlineAnalytics, saveModel, shanghaiInstant } from '@yiwang/hotline';
import { loadConfig } from '../apps/api/src/config.js';
import { boot } from '../apps/api/src/runtime.js';
import { machine, posInt } from './lib/env.js';
import { createBenchDatabase, redact, type BenchDatabase } from './lib/db.js';
import { measureDashboard } from './lib/dashboard.js';
import { classifierSpeed, intakeBodies, trainOnSynthetic } from './lib/hotline-data.js';
import { measure } from './lib/load.js';
import { cpuMs, freePort, startChild, stopAll, waitReady, type Child } from './lib/proc.js';
import { loadTable } from './lib/table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ORDERS = posInt('BENCH_ORDERS', 2_000_000, true);
const DURATION_S = posInt('BENCH_SECONDS', 10);
const WARMUP_S = posInt('BENCH_WARMUP_S', 3, true);
const CONNECTIONS = posInt('BENCH_CONNECTIONS', 32);
const TRAIN_ORDERS = posInt('BENCH_TRAIN_ORDERS', 6000);
const ROUNDS = posInt('BENCH_DASHBOARD_ROUNDS', 20);
const POOL_MAX = 10;
const DAY = 86_400_000;

const log = (s: string) => process.stdout.write(s + '\n');
const secs = (ms: number) => (ms / 1000).toFixed(1);

async function startServer(name: string, script: string, env: NodeJS.ProcessEnv): Promise<{ child: Child; base: string }> {
  const port = await freePort();
  const prof = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(path.resolve(process.env.BENCH_CPU_PROF), path.basename(script, '.ts'))}`]
    : [];
  const child = startChild(name, process.execPath, [...prof, '--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(child, `${base}/readyz`, 300_000);
  return { child, base };
}

async function token(base: string, username: string): Promise<Record<string, string>> {
  const r = await fetch(`${base}/api/identity/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Jieyang2026' }),
  });
  const body = (await r.json()) as { accessToken?: string };
  if (r.status !== 200 || !body.accessToken) throw new Error(`token for ${username}: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { authorization: `Bearer ${body.accessToken}` };
}

/** One intake through each server before loading them: both must accept the body, and the API must classify it. */
async function probe(appUrl: string, bareUrl: string, auth: Record<string, string>, bodies: readonly string[]) {
  let classified = 0;
  for (const body of bodies.slice(0, 40)) {
    const r = await fetch(appUrl, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body });
    const o = (await r.json()) as { state?: string; classification?: { source?: string } };
    if (r.status !== 200) throw new Error(`API intake answered ${r.status}: ${JSON.stringify(o).slice(0, 400)}`);
    if (o.classification?.source === 'model') classified++;
  }
  const b = await fetch(bareUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0] });
  if (b.status !== 200) throw new Error(`baseline intake answered ${b.status}: ${(await b.text()).slice(0, 300)}`);
  return classified / 40;
}

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'yiwang-bench-hotline-'));
  let db: BenchDatabase | null = null;
  const cleanup = async () => {
    await stopAll().catch(() => undefined);
    if (db) await db.drop().catch((err) => log(`could not drop ${db!.name}: ${String(err)}`));
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  };
  const interrupted = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    log(`bench:hotline — ${machine()}`);
    // its own prefix: a long run should not be swept up by clean-ups of other benchmarks' databases
    db = await createBenchDatabase(ADMIN_URL, 'hotline_bench');
    const dataDir = path.join(tmp, 'data');
    const serverEnv = {
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      SEED_DEMO_ORDERS: '0',
      WEB_DIST: '',
    };
    log(
      `database ${db.name} on ${redact(ADMIN_URL)}; pool ${POOL_MAX}; ${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${DURATION_S}s each`,
    );

    // the demo city, and everything built from it, come from the database the servers use
    const rt = await boot({ ...loadConfig({ ...process.env, ...serverEnv }), databaseUrl: db.url }, { seedDemo: true });
    const city = await readSeedCity(rt.database.db);
    const calendar = rt.system.calendar.current();
    const today = shanghaiInstant(todayInShanghai(), '00:00');
    let started = performance.now();
    const model = trainOnSynthetic(city, calendar, TRAIN_ORDERS, today);
    const modelPath = path.join(tmp, 'model.json');
    await saveModel(modelPath, model);
    log(
      `classifier trained on ${TRAIN_ORDERS} synthetic orders (${model.labels.length} categories) in ${secs(performance.now() - started)} s`,
    );
    const bodies = intakeBodies(city, calendar, 3000, today);
    await rt.close();

    const api = await startServer('API server', 'bench/lib/hotline-server.ts', { ...serverEnv, BENCH_MODEL: modelPath });
    const bare = await startServer('bare server', 'bench/lib/bare-intake.ts', { DATABASE_URL: db.url, POOL_MAX: String(POOL_MAX) });
    const agent = await token(api.base, 'hotline.agent');
    const appUrl = `${api.base}/api/hotline/orders`;
    const bareUrl = `${bare.base}/orders`;
    const share = await probe(appUrl, bareUrl, agent, bodies);
    log(
      `intake: ${bodies.length} different calls without a category; ${Math.round(share * 100)} % of a probe of 40 classified by the model`,
    );

    const appResult = await measure('API intake', appUrl, {
      headers: agent,
      bodies,
      connections: CONNECTIONS,
      warmupS: WARMUP_S,
      durationS: DURATION_S,
      serverCpuMs: () => cpuMs(api.child),
    });
    const bareResult = await measure('baseline intake', bareUrl, {
      bodies,
      connections: CONNECTIONS,
      warmupS: WARMUP_S,
      durationS: DURATION_S,
      serverCpuMs: () => cpuMs(bare.child),
    });
    const half = Math.max(1, Math.round(bareResult.rps / 2));
    const paced = await measure('API intake at half the bare rate', appUrl, {
      headers: agent,
      bodies,
      connections: CONNECTIONS,
      warmupS: 0,
      durationS: DURATION_S,
      overallRate: half,
      serverCpuMs: () => cpuMs(api.child),
    });
    await api.child.stop();
    await bare.child.stop();
    const ratio = appResult.rps / bareResult.rps;
    log('');
    for (const line of loadTable([
      ['API intake (classify, route, audit)', appResult],
      ['bare Fastify + pg (one INSERT)', bareResult],
      [`API intake paced at ${half} req/s`, paced],
    ]))
      log(line);
    log(
      `ratio ${ratio.toFixed(2)} (aim ≥ 0.35); at half the bare rate the API answered ${paced.rps.toFixed(0)} req/s with p99 ${paced.latencyP99Ms} ms`,
    );
    if (appResult.serverCpuUsPerReq !== null && bareResult.serverCpuUsPerReq !== null) {
      log(`server CPU per request: API ${appResult.serverCpuUsPerReq.toFixed(0)} µs, bare ${bareResult.serverCpuUsPerReq.toFixed(0)} µs`);
    }

    // two years of history before today (today's numbers belong to the intake above)
    let dashboardP95: number | null = null;
    let loadS = 0;
    if (ORDERS > 0) {
      log('');
      log(`bulk load: ${ORDERS} synthetic orders over the two years before ${todayInShanghai()} …`);
      const database = await openDatabase({ url: db.url, poolMax: 2 });
      const keys = await loadKeyring(dataDir, process.env);
      const from = new Date(today.getTime() - 730 * DAY);
      const orders = buildOrders({
        seed: 2026,
        count: ORDERS,
        from,
        to: today,
        now: new Date(),
        city,
        calendar: await loadCalendar(database.db),
      });
      let shown = 0;
      started = performance.now();
      const loaded = await loadOrders(database.db, createFieldCipher(keys.sm4Key), orders, {
        batchSize: 2000,
        onProgress: (p) => {
          if (p.orders < shown + ORDERS / 10 && p.orders < ORDERS) return;
          shown = p.orders;
          log(
            `  ${p.orders} orders, ${p.events} timeline rows, ${p.timers} timers — ${secs(p.elapsedMs)} s, ${Math.round(p.orders / (p.elapsedMs / 1000))} orders/s`,
          );
        },
      });
      await sql`ANALYZE`.execute(database.db);
      // the dashboards read rollups; building them is part of loading a city's history
      await refreshHotlineAnalytics(database.db, {});
      loadS = (performance.now() - started) / 1000;
      const size = await sql<{ size: string }>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`.execute(database.db);
      log(
        `loaded ${loaded.orders} orders with ${loaded.events} timeline rows in ${loadS.toFixed(0)} s (${Math.round(loaded.orders / loadS)} orders/s); database ${size.rows[0]?.size}`,
      );
      await database.close();

      const again = await startServer('API server', 'bench/lib/hotline-server.ts', serverEnv);
      const leader = await token(again.base, 'leader');
      const iso = (d: Date) => todayInShanghai(d);
      const ago = (days: number) => iso(new Date(today.getTime() - days * DAY));
      const to = iso(new Date(today.getTime() - DAY));
      const dash = await measureDashboard(
        again.base,
        leader,
        [
          { label: 'last 12 months, whole city', path: `/api/hotline/analytics/dashboard?from=${ago(365)}&to=${to}` },
          { label: 'last 30 days', path: `/api/hotline/analytics/dashboard?from=${ago(30)}&to=${to}` },
          { label: 'two years', path: `/api/hotline/analytics/dashboard?from=${ago(730)}&to=${to}` },
          { label: 'last quarter, 城乡建设', path: `/api/hotline/analytics/dashboard?from=${ago(91)}&to=${to}&categoryPrefix=urban` },
          { label: 'last 12 months, 普宁市', path: `/api/hotline/analytics/dashboard?from=${ago(365)}&to=${to}&divisionCode=445281000000` },
        ],
        ROUNDS,
      );
      await again.child.stop();
      for (const r of dash.rows) {
        log(
          `  dashboard ${r.label}: ${r.status === 200 ? `p50 ${r.p50Ms!.toFixed(0)} ms, p95 ${r.p95Ms!.toFixed(0)} ms, ${r.bytes} bytes` : `HTTP ${r.status}`}`,
        );
      }
      dashboardP95 = dash.p95Ms;
    }

    const speed = classifierSpeed(model, city, calendar, 6000, today);
    log('');
    log(
      `classifier: ${speed.messages} synthetic messages, ${Math.round(speed.msgsPerSec)} messages/s on one core, top-1 accuracy ${speed.accuracy.toFixed(3)}`,
    );
    log(`bench:hotline classifier_msgs_per_s=${Math.round(speed.msgsPerSec)}`);
    log(
      `bench:hotline dashboard_p95_ms=${dashboardP95 === null ? 'n/a' : dashboardP95.toFixed(0)} orders=${ORDERS} load_s=${loadS.toFixed(0)}`,
    );
    log(
      `bench:hotline app_rps=${Math.round(appResult.rps)} baseline_rps=${Math.round(bareResult.rps)} ratio=${ratio.toFixed(2)} p99_ms=${paced.latencyP99Ms}`,
    );
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanup();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:hotline failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
