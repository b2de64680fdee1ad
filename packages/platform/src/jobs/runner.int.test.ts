import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Engine } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import { JobRunner, type Job } from './runner.js';
import { cancelJobs, scheduleJob, type JobSpec } from './schedule.js';

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'yiwang-jobs-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

/** A database that outlives its connection: a PGlite folder on disk, or a PostgreSQL database. */
async function durableDatabase(engine: Engine): Promise<{ open(): Promise<Database>; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpRoot, 'pglite-'));
    return { open: () => openDatabase({ dataDir }), drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL!;
  const name = `yiwang_t_${randomBytes(6).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  return { open: () => openDatabase({ url: u, poolMax: 4 }), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const schedule = (db: Kysely<any>, spec: JobSpec) => db.transaction().execute((tx) => scheduleJob(tx, spec));
const hourFromNow = () => new Date(Date.now() + 3_600_000);

describe.each(testEngines())('job runner on %s', (engine) => {
  it('a scheduled job survives a restart of the process', { timeout: 120_000 }, async () => {
    const store = await durableDatabase(engine);
    try {
      const before = await store.open();
      await migrate(before, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
      await schedule(before.db, { queue: 'deadline', payload: { caseId: 'c-due' } });
      await schedule(before.db, { queue: 'deadline', payload: { caseId: 'c-later' }, runAt: hourFromNow() });
      await before.close();

      const after = await store.open();
      try {
        expect(await migrate(after, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }])).toEqual([]);
        const ran: unknown[] = [];
        const runner = new JobRunner(after.db);
        runner.register('deadline', async (job) => void ran.push(job.payload));
        expect(await runner.drain()).toBe(1);
        expect(ran).toEqual([{ caseId: 'c-due' }]);
        const left = await after.db.selectFrom('platform.job').select(['state', 'payload']).orderBy('id').execute();
        expect(left).toEqual([
          { state: 'done', payload: { caseId: 'c-due' } },
          { state: 'pending', payload: { caseId: 'c-later' } },
        ]);
      } finally {
        await after.close();
      }
    } finally {
      await store.drop();
    }
  });

  describe('on one database', () => {
    let d: TestDatabase;
    beforeAll(async () => {
      d = await createTestDatabase(engine);
      await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
    });
    afterAll(() => d?.drop());

    const jobsOf = (queue: string) =>
      d.db
        .selectFrom('platform.job')
        .select(['state', 'attempts', 'payload', 'last_error', 'finished_at'])
        .where('queue', '=', queue)
        .orderBy('id')
        .execute();

    it('picks up again a job whose process died while running it (lease expired), not a live one', async () => {
      await sql`INSERT INTO platform.job (queue, payload, state, attempts, locked_until, run_at) VALUES
        ('lease', '{"who":"dead"}', 'running', 1, now() - interval '1 minute', now() - interval '10 minutes'),
        ('lease', '{"who":"alive"}', 'running', 1, now() + interval '5 minutes', now() - interval '10 minutes')`.execute(d.db);
      const ran: string[] = [];
      const runner = new JobRunner(d.db, { leaseSeconds: 60 });
      runner.register('lease', async (job) => void ran.push(job.payload.who));
      expect(await runner.runDue()).toBe(1);
      expect(ran).toEqual(['dead']);
      expect((await jobsOf('lease')).map((j) => [j.payload.who, j.state, j.attempts])).toEqual([
        ['dead', 'done', 2],
        ['alive', 'running', 1],
      ]);
    });

    it('re-scheduling a singleton timer replaces the pending one; cancelJobs removes it', async () => {
      await schedule(d.db, { queue: 'timer', singletonKey: 'case-1', payload: { v: 1 }, runAt: hourFromNow() });
      await schedule(d.db, { queue: 'timer', singletonKey: 'case-1', payload: { v: 2 } });
      await schedule(d.db, { queue: 'timer', singletonKey: 'case-2', payload: { v: 3 }, runAt: hourFromNow() });
      const ran: unknown[] = [];
      const runner = new JobRunner(d.db);
      runner.register('timer', async (job) => void ran.push(job.payload));
      expect(await runner.runDue()).toBe(1);
      expect(ran).toEqual([{ v: 2 }]);
      expect((await jobsOf('timer')).map((j) => [j.payload.v, j.state])).toEqual([
        [1, 'cancelled'],
        [2, 'done'],
        [3, 'pending'],
      ]);

      expect(await d.db.transaction().execute((tx) => cancelJobs(tx, 'timer', 'case-2'))).toBe(1);
      await sql`UPDATE platform.job SET run_at = now() WHERE queue = 'timer'`.execute(d.db);
      expect(await runner.runDue()).toBe(0);
    });

    it('a handler can re-arm its own singleton timer while it runs', async () => {
      const runner = new JobRunner(d.db);
      let runs = 0;
      runner.register('recurring', async (job, db) => {
        runs += 1;
        await schedule(db, { queue: 'recurring', singletonKey: 'remind', payload: { n: job.payload.n + 1 }, runAt: hourFromNow() });
      });
      await schedule(d.db, { queue: 'recurring', singletonKey: 'remind', payload: { n: 1 } });
      expect(await runner.runDue()).toBe(1);
      expect(runs).toBe(1);
      expect((await jobsOf('recurring')).map((j) => [j.payload.n, j.state])).toEqual([
        [1, 'done'],
        [2, 'pending'],
      ]);
    });

    it('gives up after max attempts: state failed with the last error', async () => {
      await schedule(d.db, { queue: 'doomed', payload: {}, maxAttempts: 3 });
      const runner = new JobRunner(d.db);
      let calls = 0;
      runner.register('doomed', async (job: Job) => {
        calls += 1;
        throw new Error(`attempt ${job.attempts} of ${job.maxAttempts}`);
      });
      for (let i = 0; i < 5; i++) {
        await runner.runDue();
        await sql`UPDATE platform.job SET run_at = now() WHERE queue = 'doomed' AND state = 'pending'`.execute(d.db);
      }
      expect(calls).toBe(3);
      const [job] = await jobsOf('doomed');
      expect(job).toMatchObject({ state: 'failed', attempts: 3, last_error: 'attempt 3 of 3' });
      expect(job!.finished_at).toBeInstanceOf(Date);
    });

    it.runIf(engine === 'postgres')('two runners sharing the table run each job exactly once', async () => {
      await d.db
        .insertInto('platform.job')
        .values(Array.from({ length: 30 }, (_, i) => ({ queue: 'shared', payload: JSON.stringify({ i }) })))
        .execute();
      const ran = new Map<number, number>();
      const runners = [0, 1].map(() => {
        const r = new JobRunner(d.db, { batch: 4 });
        r.register('shared', async (job) => {
          ran.set(job.payload.i, (ran.get(job.payload.i) ?? 0) + 1);
          await sql`SELECT pg_sleep(0.01)`.execute(d.db);
        });
        return r;
      });
      const counts = await Promise.all(runners.map((r) => r.drain()));
      expect(counts[0]! + counts[1]!).toBe(30);
      expect(counts.every((n) => n > 0)).toBe(true);
      expect([...ran.values()].every((n) => n === 1) && ran.size === 30).toBe(true);
    });
  });
});
