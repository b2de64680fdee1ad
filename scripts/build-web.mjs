#!/usr/bin/env node
// Builds apps/web when its sources (or the shared contracts) are newer than the last build.
// Used by `npm start` and by the browser tests; `node scripts/build-web.mjs` runs it alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

export function webBuildIsStale() {
  const index = path.join(web, 'dist/index.html');
  if (!existsSync(index)) return true;
  const sources = [
    path.join(web, 'src'),
    path.join(web, 'index.html'),
    path.join(web, 'vite.config.ts'),
    path.join(root, 'packages/contracts/src'),
  ];
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

/** Returns the exit status of the build (0 when nothing had to be done). */
export function ensureWebBuild({ quiet = false } = {}) {
  if (!webBuildIsStale()) return 0;
  if (!quiet) console.log('building the web app …');
  // always a production build: under a test runner NODE_ENV=test would give React's development
  // build and component libraries' test-only ids
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return r.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(ensureWebBuild());
