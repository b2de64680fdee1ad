import { openDatabase, migrate, sealAll, verifyAudit, loadKeyring, SYSTEM_META } from '@yiwang/platform';
import { createSystemAdmin, seedIdentity } from '@yiwang/identity';
import path from 'node:path';
import { HOTLINE_MODEL_USAGE, hotlineModelCommand } from './cli-hotline-model.js';
import { loadConfig } from './config.js';
import { MIGRATIONS } from './modules.js';
import { boot } from './runtime.js';

const USAGE = `usage: npm run cli -- <command>
  migrate   apply pending migrations
  seed      load the demo city (divisions, departments, demo accounts, a year of work orders)
  seal      link all unsealed audit records into the chain
  create-admin --username NAME [--name 显示名]
            first system administrator of a real deployment (password from YIWANG_ADMIN_PASSWORD);
            loads the bundled organisation (divisions, departments) if the database has none
  verify    check the audit chain; exits 1 and names the first bad record
${HOTLINE_MODEL_USAGE}`;

async function main(cmd: string | undefined) {
  const config = loadConfig();
  const open = () => openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
  switch (cmd) {
    case 'migrate': {
      const db = await open();
      const applied = await migrate(db, MIGRATIONS);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      await db.close();
      return 0;
    }
    case 'seed': {
      const rt = await boot(config, { seedDemo: true, seedDemoOrders: true });
      await rt.close();
      console.log('demo city ready');
      return 0;
    }
    case 'seal': {
      const db = await open();
      const keys = await loadKeyring(config.dataDir, process.env);
      const n = await sealAll(db.db, { privateKey: keys.sm2PrivateKey, publicKey: keys.sm2PublicKey });
      console.log(`sealed ${n} records`);
      await db.close();
      return 0;
    }
    case 'create-admin': {
      const arg = (flag: string) => {
        const i = process.argv.indexOf(flag);
        return i > 0 ? process.argv[i + 1] : undefined;
      };
      const username = arg('--username');
      const password = process.env.YIWANG_ADMIN_PASSWORD;
      if (!username || !password) {
        console.error('create-admin needs --username and the password in YIWANG_ADMIN_PASSWORD\n' + USAGE);
        return 2;
      }
      const rt = await boot(config, { seedDemo: false });
      try {
        await seedIdentity(rt.identity, { demoAccounts: false });
        await createSystemAdmin(rt.identity, SYSTEM_META, { username, displayName: arg('--name') ?? '系统管理员', password });
        console.log(`system administrator ${username} created`);
      } finally {
        await rt.close();
      }
      return 0;
    }
    case 'verify': {
      const db = await open();
      const keys = await loadKeyring(config.dataDir, process.env);
      const r = await verifyAudit(db.db, keys.sm2PublicKey);
      await db.close();
      if (r.ok)
        console.log(
          `audit chain OK: ${r.checked} records verified, sealed through seq ${r.sealedThrough ?? 0}, ${r.unsealed} awaiting seal`,
        );
      else
        console.log(
          `audit chain BROKEN at ${r.firstBad?.id !== null ? `record id ${r.firstBad?.id}, ` : ''}seq ${r.firstBad?.seq}: ${r.firstBad?.reason}`,
        );
      return r.ok ? 0 : 1;
    }
    case 'hotline-model':
      return hotlineModelCommand(config, process.argv.slice(3));
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
