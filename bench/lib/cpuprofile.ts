/**
 * Summarises a V8 .cpuprofile (e.g. from `BENCH_CPU_PROF=<dir> npm run bench:api`): self time by
 * package / file and the hottest functions, so the API's overhead over the baseline can be located.
 *
 *   npx tsx bench/lib/cpuprofile.ts <file.cpuprofile> [top=25] [from-to seconds since the profile began, e.g. 6-18]
 *
 * Without a window it prints a per-second busy-% timeline first, to pick the load window from.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/lib/cpuprofile.ts <file.cpuprofile> [top] [from-to]');
const top = Number(process.argv[3] ?? 25);
const win = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(process.argv[4] ?? '');
const [from, to] = win ? [Number(win[1]) * 1e6, Number(win[2]) * 1e6] : [0, Infinity];
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map<number, number>();
const seconds: { busy: number; all: number }[] = [];
let clock = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  clock += dt;
  const s = (seconds[Math.floor(clock / 1e6)] ??= { busy: 0, all: 0 });
  s.all += dt;
  if (byId.get(id)!.callFrame.functionName !== '(idle)') s.busy += dt;
  if (clock >= from && clock < to) self.set(id, (self.get(id) ?? 0) + dt);
});
if (!win) console.log(`busy % per second: ${seconds.map((s, i) => `${i}:${s ? Math.round((100 * s.busy) / s.all) : '-'}`).join(' ')}`);
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** node_modules/<pkg> or the workspace folder, so time is attributed to whoever owns the code. */
function owner(url: string): string {
  if (!url) return '(native/V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ws = /\/(packages\/modules\/[^/]+|packages\/[^/]+|apps\/[^/]+)\//.exec(url);
  return ws
    ? ws[1]!
    : url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-2)
        .join('/');
}
const short = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*?node_modules\//, '')
    .replace(/^.*?\/(packages|apps)\//, '$1/');

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const byOwner = new Map<string, number>();
const byFn = new Map<string, number>();
const inclusiveOwner = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const { functionName, url, lineNumber } = n.callFrame;
  const special = ['(idle)', '(program)', '(garbage collector)'].includes(functionName);
  add(byOwner, special ? functionName : owner(url), t);
  add(byFn, `${functionName || '(anonymous)'}  ${url ? `${short(url)}:${lineNumber + 1}` : ''}`, t);
  // inclusive: every distinct owner on this sample's stack gets the time once
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const u = byId.get(cur)!.callFrame.url;
    if (u) seen.add(owner(u));
  }
  for (const o of seen) add(inclusiveOwner, o, t);
}

const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
const print = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`  ${pct(t)}  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${win ? ` in ${process.argv[4]} s` : ''}`);
print('self time by owner', byOwner, top);
print('inclusive time by owner (on the stack)', inclusiveOwner, top);
print('self time by function', byFn, top);
