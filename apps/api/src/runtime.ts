import path from 'node:path';
import {
  createFieldCipher,
  createLogger,
  EventBus,
  JobRunner,
  loadCalendar,
  loadKeyring,
  migrate,
  openDatabase,
  sealAudit,
  seedCalendar,
  type Database,
  type Keyring,
  type Logger,
  type WorkCalendar,
} from '@yiwang/platform';
import { DEFAULT_IDENTITY_CONFIG, PrincipalCache, seedIdentity, type IdentityDeps } from '@yiwang/identity';
import type { SystemDeps } from '@yiwang/system';
import {
  DEFAULT_HOTLINE_CONFIG,
  registerHotlineSubscribers,
  installClassifierModels,
  ModelHolder,
  runOrderTimer,
  seedDemoOrders,
  trainModelFromOrders,
  seedHotline,
  TIMER_QUEUE,
  type HotlineDeps,
} from '@yiwang/hotline';
import { DEFAULT_SERVICES_CONFIG, seedServices, type ServicesDeps } from '@yiwang/services';
import { ANALYTICS_REFRESH_QUEUE, ensureAnalyticsRefresh, refreshHotlineAnalytics, runAnalyticsRefresh } from '@yiwang/hotline';
import type { Config } from './config.js';
import { MIGRATIONS } from './modules.js';

/** Everything the process holds: database, keys, calendar, job runner, module dependencies. */
export interface Runtime {
  config: Config;
  logger: Logger;
  database: Database;
  keyring: Keyring;
  jobs: JobRunner;
  bus: EventBus;
  identity: IdentityDeps;
  system: SystemDeps;
  hotline: HotlineDeps;
  services: ServicesDeps;
  startBackground(): void;
  close(): Promise<void>;
}

export interface BootOptions {
  seedDemo?: boolean;
  /** with seedDemo: a year of synthetic work orders (config.demoOrders) when the hotline has none */
  seedDemoOrders?: boolean;
  logger?: Logger;
  /** tests pass an already-open database and keys */
  database?: Database;
  keyring?: Keyring;
}

export async function boot(config: Config, opts: BootOptions = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database = opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') }));
  const applied = await migrate(database, MIGRATIONS);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const keyring = opts.keyring ?? (await loadKeyring(config.dataDir, process.env));
  const db = database.db;
  await seedCalendar(db);
  let calendar: WorkCalendar = await loadCalendar(db);
  const identity: IdentityDeps = {
    db,
    cipher: createFieldCipher(keyring.sm4Key),
    config: { ...DEFAULT_IDENTITY_CONFIG, sessionTtlHours: config.sessionTtlHours, cookieSecure: config.cookieSecure, oidc: config.oidc },
    principals: new PrincipalCache(),
  };
  if (opts.seedDemo && (await seedIdentity(identity))) logger.info('demo city 揭阳市 loaded');
  if (opts.seedDemo) await seedHotline(identity);
  if (opts.seedDemo) await seedServices({ db, config: DEFAULT_SERVICES_CONFIG });
  const jobs = new JobRunner(db, { pollMs: config.jobPollMs, logger });
  const bus = new EventBus(jobs);
  jobs.onTick(() => bus.dispatch(db));
  const sealKeys = { privateKey: keyring.sm2PrivateKey, publicKey: keyring.sm2PublicKey };
  let sealTimer: NodeJS.Timeout | null = null;
  const system: SystemDeps = {
    db,
    calendar: {
      current: () => calendar,
      reload: async () => {
        calendar = await loadCalendar(db);
      },
    },
    auditPublicKey: keyring.sm2PublicKey,
  };
  // the active classifier model from the database; without one every intake lacking a category goes to triage
  const classifier = new ModelHolder(db, { logger });
  const hotline: HotlineDeps = {
    db,
    cipher: identity.cipher,
    hmacKey: keyring.hmacKey,
    calendar: system.calendar,
    classifier,
    config: {
      ...DEFAULT_HOTLINE_CONFIG,
      open311: {
        ...DEFAULT_HOTLINE_CONFIG.open311,
        jurisdictionId: config.open311JurisdictionId ?? DEFAULT_HOTLINE_CONFIG.open311.jurisdictionId,
      },
    },
  };
  jobs.register(TIMER_QUEUE, (job) => runOrderTimer(hotline, job));
  registerHotlineSubscribers(bus, hotline);
  await installClassifierModels(hotline, classifier, jobs, bus);
  const services: ServicesDeps = { db, calendar: system.calendar, config: DEFAULT_SERVICES_CONFIG };
  jobs.register(ANALYTICS_REFRESH_QUEUE, (job) => runAnalyticsRefresh(db, job));
  await ensureAnalyticsRefresh(db);
  if (opts.seedDemo && opts.seedDemoOrders) {
    await seedDemoOrders(hotline, {
      count: config.demoOrders,
      afterLoad: async (deps, loaded) => {
        // the demo's dashboards and its classifier come from the loaded history, like a city that migrates its old orders
        await refreshHotlineAnalytics(deps.db, {});
        try {
          const model = await trainModelFromOrders(deps, { activate: true });
          await classifier.refresh();
          logger.info({ modelVersion: model.modelVersion }, 'demo classifier trained from the loaded orders');
        } catch (err) {
          logger.warn({ err }, 'demo classifier not trained; calls without a category go to triage');
        }
        logger.info(
          { orders: loaded.orders, events: loaded.events, seconds: Math.round(loaded.elapsedMs / 100) / 10 },
          'demo work orders loaded',
        );
      },
    });
  }
  return {
    config,
    logger,
    database,
    keyring,
    jobs,
    bus,
    identity,
    system,
    hotline,
    services,
    startBackground() {
      jobs.start();
      sealTimer = setInterval(() => {
        sealAudit(db, sealKeys).catch((err) => logger.error({ err }, 'audit sealing failed'));
      }, config.auditSealMs);
    },
    async close() {
      if (sealTimer) clearInterval(sealTimer);
      await jobs.stop();
      await sealAudit(db, sealKeys).catch(() => 0);
      await database.close();
    },
  };
}
