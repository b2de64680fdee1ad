import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PgliteSerialPool, TYPE_PARSERS, type RawClient } from './pglite-pool.js';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  /** Kysely over either engine; modules narrow it to their own tables with `as Kysely<TheirDb>` */
  db: Kysely<any>;
  /** an exclusive raw connection (migrations, advisory locks, bulk loads) */
  withClient<T>(fn: (c: RawClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects a PostgreSQL server; absent → embedded PGlite */
  url?: string | undefined;
  /** folder for the embedded database; 'memory://' for a throw-away one */
  dataDir?: string | undefined;
  poolMax?: number | undefined;
}

export async function openDatabase(cfg: DatabaseConfig): Promise<Database> {
  return cfg.url ? openPostgres(cfg.url, cfg.poolMax ?? 10) : openPglite(cfg.dataDir ?? 'memory://');
}

async function openPglite(dataDir: string): Promise<Database> {
  let dir = dataDir;
  if (!dataDir.startsWith('memory://')) {
    dir = path.resolve(dataDir);
    mkdirSync(dir, { recursive: true });
  }
  return openPgliteInstance(await PGlite.create(dir === 'memory://' ? undefined : dir));
}

/** Wraps an already-created PGlite (tests hand in one loaded from a template cluster). */
export async function openPgliteInstance(lite: PGlite): Promise<Database> {
  await lite.exec(`SET TIME ZONE 'Asia/Shanghai'`);
  const pool = new PgliteSerialPool(lite);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: pool as any }) });
  return {
    engine: 'pglite',
    db,
    async withClient(fn) {
      const c = await pool.connect();
      try {
        return await fn(c);
      } finally {
        c.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: '-c TimeZone=Asia/Shanghai',
    types: { getTypeParser: ((oid: number, format?: any) => TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as any },
  });
  // a dropped idle connection must not crash the process; the pool replaces it
  pool.on('error', () => undefined);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    async withClient(fn) {
      const c = await pool.connect();
      const raw: RawClient = {
        query: async (sql, params) => {
          const r = await c.query(sql, params as unknown[] | undefined);
          return { rows: r.rows, rowCount: r.rowCount ?? 0, command: r.command };
        },
        exec: async (sql) => {
          await c.query(sql);
        },
        release: () => c.release(),
      };
      try {
        return await fn(raw);
      } finally {
        raw.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
