import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sm3Hex } from '../crypto/index.js';
import type { Database } from './connect.js';

export interface MigrationSource {
  /** module name; migrations are ordered per module and modules in the order given */
  module: string;
  dir: string;
}

interface Applied {
  module: string;
  name: string;
  checksum: string;
}

// one key for the whole migration run: two processes starting at once apply each file once
const MIGRATION_LOCK = 7_310_001;

/**
 * Applies plain, forward-only SQL files (`NNNN_title.sql`) per module inside one transaction
 * each, under an advisory lock. A file changed after it was applied is refused loudly.
 */
export async function migrate(database: Database, sources: MigrationSource[]): Promise<string[]> {
  return database.withClient(async (c) => {
    // lock first: two concurrent CREATE … IF NOT EXISTS still collide on the catalog's unique keys
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await c.exec(`CREATE SCHEMA IF NOT EXISTS platform;
        CREATE TABLE IF NOT EXISTS platform.schema_migration (
          module text NOT NULL, name text NOT NULL, checksum text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (module, name));`);
      const done = new Map(
        (await c.query('SELECT module, name, checksum FROM platform.schema_migration')).rows.map((r: Applied) => [
          `${r.module}/${r.name}`,
          r.checksum,
        ]),
      );
      const applied: string[] = [];
      for (const src of sources) {
        for (const file of listMigrations(src.dir)) {
          const sql = readFileSync(path.join(src.dir, file), 'utf8');
          const checksum = sm3Hex(sql);
          const key = `${src.module}/${file}`;
          const prior = done.get(key);
          if (prior !== undefined) {
            if (prior !== checksum) throw new Error(`migration ${key} was changed after it was applied`);
            continue;
          }
          await c.exec('BEGIN');
          try {
            await c.exec(sql);
            await c.query('INSERT INTO platform.schema_migration (module, name, checksum) VALUES ($1, $2, $3)', [
              src.module,
              file,
              checksum,
            ]);
            await c.exec('COMMIT');
          } catch (err) {
            await c.exec('ROLLBACK');
            throw new Error(`migration ${key} failed: ${(err as Error).message}`, { cause: err });
          }
          applied.push(key);
        }
      }
      return applied;
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

export function listMigrations(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort();
}
