/**
 * The API server of bench:hotline: the real platform (apps/api boot + app, like server.ts) with the
 * benchmark's text classifier installed, so intake really classifies. Run as a child process.
 *
 * env: as apps/api/src/server.ts, plus BENCH_MODEL (a model saved by `saveModel`).
 */
import { fixedClassifier, loadClassifier } from '@yiwang/hotline';
import { buildApp } from '../../apps/api/src/app.js';
import { loadConfig } from '../../apps/api/src/config.js';
import { boot, type Runtime } from '../../apps/api/src/runtime.js';

/** The benchmark's model (trained from synthetic orders, labels are category codes) replaces whatever is active. */
async function installBenchClassifier(rt: Runtime, modelPath: string): Promise<void> {
  const model = await loadClassifier(modelPath);
  rt.hotline.classifier = fixedClassifier(model);
}

const config = loadConfig();
const rt = await boot(config, { seedDemo: process.env.SEED_DEMO !== 'false' });
if (process.env.BENCH_MODEL) await installBenchClassifier(rt, process.env.BENCH_MODEL);
const { app } = await buildApp(rt);
await app.listen({ host: config.host, port: config.port });
rt.startBackground();

const close = async () => {
  await app.close();
  await rt.close();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
