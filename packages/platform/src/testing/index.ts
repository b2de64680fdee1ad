import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, openPgliteInstance, type Database, type Engine } from '../db/connect.js';

/**
 * The engines a test suite runs on: always the embedded one, and PostgreSQL as well when
 * DATABASE_URL is set (CI), so every integration test proves both.
 */
export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

/** A fresh, empty database: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const d = await openPgliteInstance(await PGlite.create({ loadDataDir: new Blob([await emptyCluster()]) }));
    return { ...d, drop: () => d.close() };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const name = `yiwang_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const d = await openDatabase({ url: u.toString(), poolMax: 5 });
  return {
    ...d,
    async drop() {
      await d.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * A fresh in-memory PGlite runs initdb in WASM (seconds); test files start from a copy of one empty
 * cluster instead, made once per PGlite version and shared through the temp folder.
 */
let cluster: Promise<Buffer> | null = null;
function emptyCluster(): Promise<Buffer> {
  cluster ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const version = (JSON.parse(readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')) as { version: string }).version;
    const file = path.join(os.tmpdir(), `yiwang-pglite-${version}-empty.tar`);
    if (!existsSync(file)) {
      const lite = await PGlite.create();
      const dump = await lite.dumpDataDir('none');
      await lite.close();
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
      renameSync(tmp, file); // atomic: a concurrent test file never reads half a file
    }
    return readFileSync(file);
  })();
  return cluster;
}
