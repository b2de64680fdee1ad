import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { boot } from './runtime.js';
import { DEMO_CITIZEN, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_USERS } from '@yiwang/identity';

/** `npm start`: migrate, seed the demo city, serve API + web, run timers. */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  const seedDemo = process.env.SEED_DEMO !== 'false';
  const rt = await boot(config, { seedDemo, seedDemoOrders: seedDemo });
  const { app } = await buildApp(rt);
  await app.listen({ host: config.host, port: config.port });
  rt.startBackground();
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const logins = [...DEMO_USERS.map((u) => u.username), DEMO_CITIZEN.username, DEMO_ENTERPRISE.username];
  process.stdout.write(
    [
      '',
      `一网 Yiwang is ready in ${((Date.now() - started) / 1000).toFixed(1)}s on ${rt.database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}`,
      `  Web:  ${url}/`,
      `  API:  ${url}/api/docs`,
      seedDemo
        ? `  Demo logins (password ${DEMO_PASSWORD}): ${logins.join(', ')}`
        : '  No demo accounts: create the first admin with `npm run cli -- create-admin --username …`',
      '',
    ].join('\n') + '\n',
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    rt.logger.info({ signal }, 'shutting down');
    await app.close();
    await rt.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
