import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeModel, trainModel } from '@yiwang/hotline';
import { openDatabase } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** `npm run cli -- hotline-model …` as an operator runs it, against the data directory or server given */
function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('YIWANG_') && k !== 'DATABASE_URL'));
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'apps/api/src/cli.ts', 'hotline-model', ...args], {
      cwd: ROOT,
      env: { ...base, LOG_LEVEL: 'warn', ...env },
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe.each(testEngines())('cli hotline-model on %s', (engine) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-model-cli-'));
  const dbName = `yiwang_t_${randomBytes(6).toString('hex')}`;
  const serverUrl = process.env.DATABASE_URL;
  const dbUrl = engine === 'postgres' ? Object.assign(new URL(serverUrl!), { pathname: `/${dbName}` }).toString() : undefined;
  const env = { DATA_DIR: dir, DATABASE_URL: dbUrl };
  const server = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  const modelFile = path.join(dir, 'topics.model');
  const mapFile = path.join(dir, 'label-map.json');

  beforeAll(async () => {
    if (engine === 'postgres') await server(`CREATE DATABASE ${dbName}`);
    // a model trained outside the system on topic labels, as `npm run classifier -- train` writes it
    const phrases: Record<string, string[]> = {
      劳动和社会保障: ['老板拖欠三个月工资不发', '农民工讨薪无门', '单位没有缴纳养老保险'],
      环境保护: ['工厂晚上偷排废气', '工地夜间施工噪音很大', '污水直接排进河里'],
    };
    const rows = Object.entries(phrases).flatMap(([label, p]) =>
      Array.from({ length: 12 }, (_, i) => ({ body: `您好，${p[i % 3]}，${p[(i + 1) % 3]}。第${i}号来信。`, label })),
    );
    writeFileSync(modelFile, serializeModel(trainModel(rows)));
    writeFileSync(mapFile, JSON.stringify({ 环境保护: 'environment.air', 劳动和社会保障: 'labour' }));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (engine === 'postgres') await server(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('imports a model with its label map and activates it, and refuses to train without labeled orders', async () => {
    const usage = await cli(['import'], env);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('hotline-model import needs --model FILE');

    const imported = await cli(['import', '--model', modelFile, '--label-map', mapFile, '--activate'], env);
    expect(imported.code, imported.out).toBe(0);
    expect(imported.out).toContain('model v1 stored (2 labels, 24 training rows, active)');
    expect(imported.out).toContain('环境保护→environment.air');

    const trained = await cli(['train'], env);
    expect(trained.code, trained.out).toBe(1);
    expect(trained.out).toContain('(CLASSIFIER_TOO_FEW_LABELS)');

    const database = await openDatabase({ url: dbUrl, dataDir: path.join(dir, 'pglite') });
    try {
      const rows = await database.db.selectFrom('hotline.classifier_model').select(['model_version', 'active', 'label_map']).execute();
      expect(rows).toEqual([{ model_version: 1, active: true, label_map: { 环境保护: 'environment.air', 劳动和社会保障: 'labour' } }]);
    } finally {
      await database.close();
    }
  }, 240_000);
});
