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
  runOrderTimer,
  seedHotline,
  TIMER_QUEUE,
  type HotlineDeps,
} from '@yiwang/hotline';
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
  startBackground(): void;
  close(): Promise<void>;
}

export interface BootOptions {
  seedDemo?: boolean;
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
  // TODO(#4): load a trained classifier model from DATA_DIR; until then every intake without a category goes to triage
  const hotline: HotlineDeps = {
    db,
    cipher: identity.cipher,
    calendar: system.calendar,
    classifier: { current: () => null },
    config: DEFAULT_HOTLINE_CONFIG,
  };
  jobs.register(TIMER_QUEUE, (job) => runOrderTimer(hotline, job));
  registerHotlineSubscribers(bus, hotline);
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
