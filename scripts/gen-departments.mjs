#!/usr/bin/env node
/**
 * Generates the demo departments seed file
 *   packages/modules/identity/seed-data/departments-4452.json
 * from the divisions seed (packages/modules/identity/seed-data/divisions-4452.json, written by
 * scripts/gen-divisions.mjs) plus the hand-written city/county department lists below.
 * Re-run it after regenerating the divisions:
 *   node scripts/gen-departments.mjs
 *
 * Output: an array of
 *   { "code": "<[A-Za-z0-9_-]{2,40}>", "name": "...", "kind": <DEPARTMENT_KINDS>,
 *     "divisionCode": "<12 digits>", "parentCode": null | "<code of the parent department>" }
 * ordered city → counties → towns/streets → villages (parents always before children).
 *
 * What is generated:
 *   - city (445200000000): the bureau (政务服务和数据管理局), main departments, the 12345 hotline
 *     centre and the 政务服务中心 (both under the bureau);
 *   - each county-level division: the same main departments, named in the local style
 *     (榕城区… / 揭西县… / 普宁市…; district police are 揭阳市公安局X分局 under the city police,
 *     county / county-level-city police are X公安局; county tax bureaus sit under the city tax bureau);
 *   - each level-4 division: a 便民服务中心 and its office — 街道 → <name>办事处, 镇/乡 → <name>人民政府,
 *     other units (farms, development zones, industrial parks) → <name>管理委员会 (or the name itself
 *     when it already is an office, e.g. …管理处);
 *   - villages/communities of 榕城区 only: one 党群服务站 each (XX村民委员会 → XX村, XX社区居民委员会 → XX社区,
 *     with the town name prefixed when two villages would otherwise share a name). Other counties' villages
 *     are not generated (too many for a demo seed).
 * Codes are short stable ASCII ids: JY-<abbr> (city), JY-<county>-<abbr>, JY-<9-digit town code>-<abbr>,
 * JY-<12-digit village code>-DQZ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CITY_CODE = '4452';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = join(repoRoot, 'packages/modules/identity/seed-data');
const divisionsFile = join(seedDir, `divisions-${CITY_CODE}.json`);
const outFile = join(seedDir, `departments-${CITY_CODE}.json`);

const KINDS = ['bureau', 'department', 'service_center', 'street_office', 'village_station', 'hotline_center'];
const CITY_DIVISION = `${CITY_CODE}00000000`;

// ---------------------------------------------------------------------------------------------
// Hand-written data: city-level departments (揭阳市).
// [abbr, name, kind, parentAbbr]
const CITY_DEPARTMENTS = [
  ['ZSJ', '揭阳市政务服务和数据管理局', 'bureau', null],
  ['GAJ', '揭阳市公安局', 'department', null],
  ['SJJ', '揭阳市市场监督管理局', 'department', null],
  ['RSJ', '揭阳市人力资源和社会保障局', 'department', null],
  ['WJJ', '揭阳市卫生健康局', 'department', null],
  ['ZJJ', '揭阳市住房和城乡建设局', 'department', null],
  ['ZRZYJ', '揭阳市自然资源局', 'department', null],
  ['STHJJ', '揭阳市生态环境局', 'department', null],
  ['JTYSJ', '揭阳市交通运输局', 'department', null],
  ['CGJ', '揭阳市城市管理和综合执法局', 'department', null],
  ['JYJ', '揭阳市教育局', 'department', null],
  ['YBJ', '揭阳市医疗保障局', 'department', null],
  ['MZJ', '揭阳市民政局', 'department', null],
  ['SWJ', '国家税务总局揭阳市税务局', 'department', null],
  // implementing units of service items (issue 3): 排水/取水许可 and 残疾人证
  ['SHWJ', '揭阳市水务局', 'department', null],
  ['CL', '揭阳市残疾人联合会', 'department', null],
  ['12345', '揭阳市12345政务服务便民热线中心', 'hotline_center', 'ZSJ'],
  ['ZWFWZX', '揭阳市政务服务中心', 'service_center', 'ZSJ'],
];

// County-level divisions: code (6 digits) → short code used in department codes, and kind of unit.
const COUNTIES = {
  445202: { abbr: 'RC', type: 'district' }, // 榕城区
  445203: { abbr: 'JD', type: 'district' }, // 揭东区
  445222: { abbr: 'JX', type: 'county' }, // 揭西县
  445224: { abbr: 'HL', type: 'county' }, // 惠来县
  445281: { abbr: 'PN', type: 'county_city' }, // 普宁市
};

// Main departments of each county-level division.
// [abbr, name(countyName, shortName, type), kind, parent: 'ZSJ' (same county) | 'CITY:<abbr>' | null]
const COUNTY_DEPARTMENTS = [
  ['ZSJ', (n) => `${n}政务服务和数据管理局`, 'bureau', null],
  [
    'GAJ',
    (n, s, t) => (t === 'district' ? `揭阳市公安局${s}分局` : `${n}公安局`),
    'department',
    (t) => (t === 'district' ? 'CITY:GAJ' : null),
  ],
  ['SJJ', (n) => `${n}市场监督管理局`, 'department', null],
  ['RSJ', (n) => `${n}人力资源和社会保障局`, 'department', null],
  ['WJJ', (n) => `${n}卫生健康局`, 'department', null],
  ['ZJJ', (n) => `${n}住房和城乡建设局`, 'department', null],
  ['CGJ', (n) => `${n}城市管理和综合执法局`, 'department', null],
  ['JYJ', (n) => `${n}教育局`, 'department', null],
  ['YBJ', (n) => `${n}医疗保障局`, 'department', null],
  ['MZJ', (n) => `${n}民政局`, 'department', null],
  ['SWJ', (n, s, t) => (t === 'district' ? `国家税务总局揭阳市${n}税务局` : `国家税务总局${n}税务局`), 'department', () => 'CITY:SWJ'],
  ['ZWFWZX', (n) => `${n}政务服务中心`, 'service_center', () => 'ZSJ'],
];

// Counties whose villages/communities each get a 党群服务站 (demo of 村居 scope).
const VILLAGE_STATION_COUNTIES = ['445202'];
// ---------------------------------------------------------------------------------------------

const divisions = JSON.parse(readFileSync(divisionsFile, 'utf8'));
const divByCode = new Map(divisions.map((d) => [d.code, d]));
if (!divByCode.has(CITY_DIVISION)) throw new Error(`${CITY_DIVISION} missing from ${divisionsFile}`);

/** @type {{code: string, name: string, kind: string, divisionCode: string, parentCode: string | null}[]} */
const out = [];
const add = (code, name, kind, divisionCode, parentCode = null) => out.push({ code, name, kind, divisionCode, parentCode });

// city
for (const [abbr, name, kind, parent] of CITY_DEPARTMENTS) {
  add(`JY-${abbr}`, name, kind, CITY_DIVISION, parent ? `JY-${parent}` : null);
}

// counties
const counties = divisions.filter((d) => d.level === 3);
for (const c of counties) {
  const cfg = COUNTIES[c.code.slice(0, 6)];
  if (!cfg) throw new Error(`no abbreviation configured for county ${c.code} ${c.name}; add it to COUNTIES`);
  const short = c.name.replace(/(区|县|市)$/, '');
  for (const [abbr, nameFn, kind, parentFn] of COUNTY_DEPARTMENTS) {
    const p = parentFn ? parentFn(cfg.type) : null;
    const parentCode = p === null ? null : p.startsWith('CITY:') ? `JY-${p.slice(5)}` : `JY-${cfg.abbr}-${p}`;
    add(`JY-${cfg.abbr}-${abbr}`, nameFn(c.name, short, cfg.type), kind, c.code, parentCode);
  }
}

// towns / streets (level 4)
const officeName = (name) => {
  if (name.endsWith('街道')) return `${name}办事处`;
  if (/[镇乡]$/.test(name)) return `${name}人民政府`;
  if (/(管理处|管理委员会)$/.test(name)) return name;
  return `${name}管理委员会`;
};
const towns = divisions.filter((d) => d.level === 4);
for (const t of towns) {
  const id = t.code.slice(0, 9);
  add(`JY-${id}-BMFW`, `${t.name}便民服务中心`, 'service_center', t.code);
  add(`JY-${id}-BSC`, officeName(t.name), 'street_office', t.code);
}

// villages / communities of selected counties
const villageShortName = (name) => {
  let m;
  if ((m = name.match(/^(.+)社区居民委员会$/))) return `${m[1]}社区`;
  if ((m = name.match(/^(.+?)村?村民委员会$/))) return `${m[1]}村`;
  if ((m = name.match(/^(.+?)村?村委会$/))) return `${m[1]}村`;
  return name; // e.g. 登岗居委会 — kept as is, the same town also has a 登岗社区居民委员会
};
const villages = divisions.filter((d) => d.level === 5 && VILLAGE_STATION_COUNTIES.includes(d.code.slice(0, 6)));
const shortCount = new Map();
for (const v of villages) shortCount.set(villageShortName(v.name), (shortCount.get(villageShortName(v.name)) ?? 0) + 1);
for (const v of villages) {
  const short = villageShortName(v.name);
  const town = divByCode.get(v.parentCode);
  const label = shortCount.get(short) > 1 ? `${town.name}${short}` : short;
  add(`JY-${v.code}-DQZ`, `${label}党群服务站`, 'village_station', v.code);
}

// ---- checks ----
const errors = [];
const codes = new Set();
for (const d of out) {
  if (!/^[A-Za-z0-9_-]{2,40}$/.test(d.code)) errors.push(`bad code ${d.code}`);
  if (codes.has(d.code)) errors.push(`duplicate code ${d.code}`);
  codes.add(d.code);
  if (d.name.length < 2 || d.name.length > 100) errors.push(`bad name length ${d.code} ${d.name}`);
  if (!KINDS.includes(d.kind)) errors.push(`bad kind ${d.code} ${d.kind}`);
  if (!divByCode.has(d.divisionCode)) errors.push(`${d.code}: division ${d.divisionCode} not in divisions file`);
}
const seen = new Set();
for (const d of out) {
  if (d.parentCode !== null && !seen.has(d.parentCode)) errors.push(`${d.code}: parent ${d.parentCode} missing or listed after it`);
  seen.add(d.code);
}
const names = new Map();
for (const d of out) {
  if (names.has(d.name)) errors.push(`duplicate name ${d.name} (${names.get(d.name)}, ${d.code})`);
  names.set(d.name, d.code);
}
if (errors.length) {
  console.error(`gen-departments: ${errors.length} problem(s):\n  ${errors.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}

writeFileSync(outFile, `[\n${out.map((d) => '  ' + JSON.stringify(d)).join(',\n')}\n]\n`);

const byKind = {};
for (const d of out) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
const byLevel = {};
for (const d of out) {
  const l = divByCode.get(d.divisionCode).level;
  byLevel[l] = (byLevel[l] ?? 0) + 1;
}
console.log(`departments: ${out.length}`);
console.log(
  `  by kind:  ${Object.entries(byKind)
    .map(([k, n]) => `${k}=${n}`)
    .join(' ')}`,
);
console.log(
  `  by division level: ${Object.entries(byLevel)
    .map(([k, n]) => `L${k}=${n}`)
    .join(' ')}`,
);
console.log(`wrote ${relative(repoRoot, outFile)}`);
