// Synthetic 12345 history for the demo city (issue 4): one builder shared by the demo, tests and benchmarks.
export { buildOrders } from './build.js';
export type { BuildOptions, SeedOrder } from './build.js';
export type { Anomaly, AnomalyOptions, BurstAnomaly, SpikeAnomaly } from './anomalies.js';
export type { SeedCity, SeedDivision } from './city.js';
export { DEMO_ORDERS_SEED, seedDemoOrders } from './demo.js';
export type { DemoOrdersOptions } from './demo.js';
export { loadOrders } from './load.js';
export type { LoadOptions, LoadProgress } from './load.js';
export { readSeedCity } from './read-city.js';
