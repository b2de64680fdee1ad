import type { HotlineDeps } from '../deps.js';
import { hasAnyOrder } from '../repo/seed-orders.js';
import { hot } from '../repo/tables.js';
import { buildOrders } from './build.js';
import { loadOrders, type LoadProgress } from './load.js';
import { readSeedCity } from './read-city.js';

export interface DemoOrdersOptions {
  /** how many orders over the past year */
  count: number;
  /** default: now */
  now?: Date;
  seed?: number;
  onProgress?: (p: LoadProgress) => void;
  /**
   * Runs after the orders are in, with the same dependencies: the composition root hands in what
   * other parts of the hotline need to do with fresh history (analytics rollups, a first classifier).
   */
  afterLoad?: (deps: HotlineDeps, loaded: LoadProgress) => Promise<void>;
}

const YEAR_MS = 365 * 86_400_000;
export const DEMO_ORDERS_SEED = 20_251_122;

/**
 * A year of synthetic work orders for the demo city, loaded once: only when the hotline has no
 * orders at all, so a real deployment's data (or a demo someone has been using) is never touched.
 * Returns null when it did nothing.
 */
export async function seedDemoOrders(deps: HotlineDeps, opts: DemoOrdersOptions): Promise<LoadProgress | null> {
  if (opts.count <= 0 || (await hasAnyOrder(hot(deps.db)))) return null;
  const now = opts.now ?? new Date();
  const city = await readSeedCity(deps.db);
  const orders = buildOrders({
    seed: opts.seed ?? DEMO_ORDERS_SEED,
    count: opts.count,
    from: new Date(now.getTime() - YEAR_MS),
    to: now,
    city,
    calendar: deps.calendar.current(),
    strict: false,
  });
  const loaded = await loadOrders(deps.db, deps.cipher, orders, opts.onProgress ? { onProgress: opts.onProgress } : {});
  if (opts.afterLoad) await opts.afterLoad(deps, loaded);
  return loaded;
}
