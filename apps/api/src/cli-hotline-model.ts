import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { errorMessage, type ClassifierModelView } from '@yiwang/contracts';
import { importModel, trainModelFromOrders } from '@yiwang/hotline';
import { isAppError, type RequestMeta } from '@yiwang/platform';
import type { Config } from './config.js';
import { boot } from './runtime.js';

export const HOTLINE_MODEL_USAGE = `  hotline-model import --model FILE [--label-map FILE.json] [--activate]
            store a classifier trained by \`npm run classifier -- train\` as the next model version; without
            a label map the shared data's topics map to their categories and category-code labels to themselves
  hotline-model train [--activate]
            train the next model version now from orders with a confirmed category and agent corrections
  (on the embedded database stop the server first; a running PostgreSQL node picks up an activation by itself)`;

const CLI_META: RequestMeta = { actor: { id: null, name: 'cli', kind: 'system' } };

class UsageError extends Error {}

async function readLabelMap(path: string): Promise<Record<string, string>> {
  const map = JSON.parse(await readFile(path, 'utf8')) as unknown;
  if (!map || typeof map !== 'object' || Array.isArray(map) || !Object.values(map).every((v) => typeof v === 'string')) {
    throw new UsageError(`${path} must hold one JSON object of model label → category code`);
  }
  return map as Record<string, string>;
}

const describe = (m: ClassifierModelView) =>
  [
    `model v${m.modelVersion} stored (${m.labels.length} labels, ${m.training.rows} training rows, ${m.active ? 'active' : 'not active'})`,
    `label map: ${Object.entries(m.labelMap)
      .map(([label, code]) => `${label}→${code}`)
      .join(', ')}`,
    ...(m.metrics ? [`${m.metrics.method} macro_f1=${m.metrics.macroF1} accuracy=${m.metrics.accuracy} rows=${m.metrics.rows}`] : []),
  ].join('\n');

/** `npm run cli -- hotline-model import|train …` (H2 model lifecycle from the command line). */
export async function hotlineModelCommand(config: Config, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  let values: { model?: string | undefined; 'label-map'?: string | undefined; activate?: boolean | undefined };
  try {
    values = parseArgs({
      args: [...rest],
      options: { model: { type: 'string' }, 'label-map': { type: 'string' }, activate: { type: 'boolean' } },
    }).values;
    if (sub !== 'import' && sub !== 'train') throw new UsageError('hotline-model needs import or train');
    if (sub === 'import' && !values.model) throw new UsageError('hotline-model import needs --model FILE');
  } catch (err) {
    console.error(`${(err as Error).message}\n${HOTLINE_MODEL_USAGE}`);
    return 2;
  }
  const text = sub === 'import' ? await readFile(values.model!, 'utf8') : '';
  const labelMap = values['label-map'] ? await readLabelMap(values['label-map']) : undefined;
  const rt = await boot(config, { seedDemo: false });
  try {
    const activate = values.activate ?? false;
    const model =
      sub === 'import'
        ? await importModel(rt.hotline, CLI_META, { text, activate, ...(labelMap ? { labelMap } : {}) })
        : await trainModelFromOrders(rt.hotline, { activate, meta: CLI_META });
    console.log(describe(model));
    return 0;
  } catch (err) {
    if (!isAppError(err)) throw err;
    console.error(`${errorMessage(err.code, 'zh-CN')} / ${errorMessage(err.code, 'en')} (${err.code})`);
    if (err.details) console.error(JSON.stringify(err.details));
    return 1;
  } finally {
    await rt.close();
  }
}
