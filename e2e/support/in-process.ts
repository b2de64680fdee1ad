import type { AddressInfo } from 'node:net';
import { createLogger, generateKeyring } from '@yiwang/platform';
import { createTestDatabase } from '@yiwang/platform/testing';
import { boot, buildApp, loadConfig, type Runtime } from '../../apps/api/src/index';
import { ensureWebBuild, type RunningPlatform } from './server';

export interface InProcessPlatform extends RunningPlatform {
  /** the running platform's runtime: its database and job runner, for steps no user can take (time passing) */
  readonly rt: Runtime;
}

/**
 * The platform inside the test process, for journeys that must move time: e.g. make an order overdue
 * and let its 督办 timer fire. The embedded database cannot be opened from a second process, so the
 * child-process platform of `startPlatform` cannot serve them. Same web build, same background loop.
 */
export async function startPlatformInProcess(): Promise<InProcessPlatform> {
  await ensureWebBuild();
  const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const database = await createTestDatabase(engine);
  try {
    const config = { ...loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' }), databaseUrl: undefined };
    const rt = await boot(config, { database, keyring: generateKeyring(), seedDemo: true, logger: createLogger('warn') });
    const { app } = await buildApp(rt);
    await app.listen({ host: '127.0.0.1', port: 0 });
    rt.startBackground();
    const { port } = app.server.address() as AddressInfo;
    let stopped: Promise<void> | null = null;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      engine,
      rt,
      stop: () =>
        (stopped ??= (async () => {
          await app.close();
          await rt.close();
          await database.drop();
        })()),
    };
  } catch (err) {
    await database.drop();
    throw err;
  }
}
