import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadOrCreateKeyring,
  migrate,
  mutate,
  openDatabase,
  PLATFORM_MIGRATIONS,
  sealAll,
  type Database,
  type RequestMeta,
} from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const meta: RequestMeta = { actor: { id: 'admin-1', name: '管理员', kind: 'staff' }, requestId: 'cli-test' };

/** `npm run verify` as an operator runs it, against the data directory or server given */
function runVerify(env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('YIWANG_') && k !== 'DATABASE_URL'));
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'apps/api/src/cli.ts', 'verify'], { cwd: ROOT, env: { ...base, ...env } });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe.each(testEngines())('cli verify on %s', (engine) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-cli-'));
  const dbName = `yiwang_t_${randomBytes(6).toString('hex')}`;
  const serverUrl = process.env.DATABASE_URL;
  const dbUrl = engine === 'postgres' ? Object.assign(new URL(serverUrl!), { pathname: `/${dbName}` }).toString() : undefined;
  // the same place the CLI opens: DATA_DIR/pglite, or the server database
  const open = (): Promise<Database> => openDatabase({ url: dbUrl, dataDir: path.join(dataDir, 'pglite') });
  const cliEnv = { DATA_DIR: dataDir, DATABASE_URL: dbUrl };
  const server = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  let tamperedId = 0;

  beforeAll(async () => {
    if (engine === 'postgres') await server(`CREATE DATABASE ${dbName}`);
    const keyring = await loadOrCreateKeyring(dataDir);
    const database = await open();
    try {
      await migrate(database, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
      for (let i = 1; i <= 5; i++) {
        await mutate(database.db, meta, async () => ({
          result: null,
          audit: { action: 'system.config.update', resourceType: 'config', resourceId: `k${i}`, details: { value: i } },
        }));
      }
      expect(await sealAll(database.db, { privateKey: keyring.sm2PrivateKey, publicKey: keyring.sm2PublicKey })).toBe(5);
    } finally {
      await database.close();
    }
  });

  afterAll(async () => {
    if (engine === 'postgres') await server(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0 and says the chain is OK when nothing was touched', { timeout: 120_000 }, async () => {
    const r = await runVerify(cliEnv);
    expect(r.out).toContain('audit chain OK: 5 records verified, sealed through seq 5');
    expect(r.code).toBe(0);
  });

  it('exits 1 and names the first bad record after a DBA edits one', { timeout: 120_000 }, async () => {
    const database = await open();
    try {
      await database.db.transaction().execute(async (tx) => {
        await sql`ALTER TABLE platform.audit_log DISABLE TRIGGER audit_log_guard`.execute(tx);
        const r = await sql<{ id: number }>`UPDATE platform.audit_log SET details = '{"value": 42}' WHERE seq = 3 RETURNING id`.execute(tx);
        tamperedId = r.rows[0]!.id;
        await sql`ALTER TABLE platform.audit_log ENABLE TRIGGER audit_log_guard`.execute(tx);
      });
    } finally {
      await database.close();
    }
    const r = await runVerify(cliEnv);
    expect(r.out).toContain(`audit chain BROKEN at record id ${tamperedId}, seq 3: record content does not match its hash (modified)`);
    expect(r.code).toBe(1);
  });
});
