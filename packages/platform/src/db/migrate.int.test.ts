import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import { openDatabase, type Database } from './connect.js';
import { listMigrations, migrate } from './migrate.js';

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'yiwang-migrate-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

/** a module's migrations folder holding the given files */
function migrationDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpRoot, 'm-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
  return dir;
}

async function applied(d: Database, module?: string): Promise<Array<{ module: string; name: string }>> {
  return d.withClient(async (c) => {
    const r = await c.query(
      `SELECT module, name FROM platform.schema_migration ${module ? 'WHERE module = $1' : ''} ORDER BY module, name`,
      module ? [module] : [],
    );
    return r.rows;
  });
}

const tableExists = (d: Database, name: string) =>
  d.withClient(async (c) => (await c.query('SELECT to_regclass($1) AS t', [name])).rows[0].t !== null);

describe.each(testEngines())('migrate on %s', (engine) => {
  let d: TestDatabase;
  beforeEach(async () => {
    d = await createTestDatabase(engine);
  });
  afterEach(() => d.drop());

  it('applies every platform file once; a second run is a no-op', async () => {
    const first = await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
    expect(first).toEqual(listMigrations(PLATFORM_MIGRATIONS).map((f) => `platform/${f}`));
    const before = await applied(d);
    expect(await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }])).toEqual([]);
    expect(await applied(d)).toEqual(before);
    expect(await tableExists(d, 'platform.audit_log')).toBe(true);
  });

  it('orders files by number within a module and modules in the order given', async () => {
    // each file depends on the one before it, across the module boundary too
    const a = migrationDir({
      '0002_second.sql': 'CREATE TABLE m_a.two (id int PRIMARY KEY REFERENCES m_a.one (id));',
      '0001_first.sql': 'CREATE SCHEMA m_a; CREATE TABLE m_a.one (id int PRIMARY KEY);',
      'README.txt': 'not a migration',
    });
    const b = migrationDir({ '0001_uses_a.sql': 'CREATE TABLE m_a.from_b (id int REFERENCES m_a.two (id));' });
    expect(
      await migrate(d, [
        { module: 'a', dir: a },
        { module: 'b', dir: b },
      ]),
    ).toEqual(['a/0001_first.sql', 'a/0002_second.sql', 'b/0001_uses_a.sql']);
  });

  it('refuses loudly a file changed after it was applied, and applies nothing after it', async () => {
    const dir = migrationDir({ '0001_t.sql': 'CREATE SCHEMA m_c; CREATE TABLE m_c.t (id int);' });
    await migrate(d, [{ module: 'c', dir }]);
    writeFileSync(path.join(dir, '0001_t.sql'), 'CREATE SCHEMA m_c; CREATE TABLE m_c.t (id bigint);');
    writeFileSync(path.join(dir, '0002_more.sql'), 'CREATE TABLE m_c.more (id int);');
    await expect(migrate(d, [{ module: 'c', dir }])).rejects.toThrow('migration c/0001_t.sql was changed after it was applied');
    expect(await applied(d, 'c')).toEqual([{ module: 'c', name: '0001_t.sql' }]);
    expect(await tableExists(d, 'm_c.more')).toBe(false);
  });

  it('a failing file leaves nothing behind; earlier files stay applied; the lock is released', async () => {
    const dir = migrationDir({
      '0001_ok.sql': 'CREATE SCHEMA m_f; CREATE TABLE m_f.ok (id int);',
      '0002_bad.sql': `CREATE TABLE m_f.half (id int);
        INSERT INTO m_f.ok VALUES (1);
        CREATE TABLE m_f.broken (id int REFERENCES m_f.nowhere (id));`,
    });
    await expect(migrate(d, [{ module: 'f', dir }])).rejects.toThrow(/migration f\/0002_bad\.sql failed: .*nowhere/);
    expect(await applied(d, 'f')).toEqual([{ module: 'f', name: '0001_ok.sql' }]);
    expect(await tableExists(d, 'm_f.ok')).toBe(true);
    expect(await tableExists(d, 'm_f.half')).toBe(false);
    expect(await d.withClient(async (c) => (await c.query('SELECT count(*)::int AS n FROM m_f.ok')).rows[0].n)).toBe(0);

    // fixed file: the next run applies it, so neither the lock nor an open transaction was left behind
    writeFileSync(path.join(dir, '0002_bad.sql'), 'CREATE TABLE m_f.half (id int);');
    expect(await migrate(d, [{ module: 'f', dir }])).toEqual(['f/0002_bad.sql']);
    const locks = await d.withClient(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`)).rows[0].n,
    );
    expect(locks).toBe(0);
  });
});

describe.runIf(process.env.DATABASE_URL)('migrate from two processes at once on postgres', () => {
  const url = process.env.DATABASE_URL!;
  const name = `yiwang_t_${randomBytes(6).toString('hex')}`;
  const dbUrl = () => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  afterEach(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('applies each file exactly once and neither caller fails', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const pools = await Promise.all([openDatabase({ url: dbUrl(), poolMax: 2 }), openDatabase({ url: dbUrl(), poolMax: 2 })]);
    // a slow file widens the window in which the second process would race the first
    const dir = migrationDir({
      '0001_slow.sql': 'CREATE SCHEMA m_s; SELECT pg_sleep(0.3); CREATE TABLE m_s.t (id int);',
      '0002_fill.sql': 'INSERT INTO m_s.t VALUES (1);',
    });
    const sources = [
      { module: 'platform', dir: PLATFORM_MIGRATIONS },
      { module: 's', dir },
    ];
    try {
      const settled = await Promise.allSettled(pools.map((p) => migrate(p, sources)));
      expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'ok'))).toEqual(['ok', 'ok']);
      const results = settled.map((s) => (s.status === 'fulfilled' ? s.value : []));
      const all = [...listMigrations(PLATFORM_MIGRATIONS).map((f) => `platform/${f}`), 's/0001_slow.sql', 's/0002_fill.sql'];
      expect(results.flat().sort()).toEqual(all.sort());
      expect(results.some((r) => r.length === 0)).toBe(true);
      expect((await applied(pools[0])).length).toBe(all.length);
      expect(await pools[0].withClient(async (c) => (await c.query('SELECT count(*)::int AS n FROM m_s.t')).rows[0].n)).toBe(1);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
