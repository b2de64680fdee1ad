import type { LoadResult } from './load.js';

export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
export const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

/** The load results side by side, one line per server, as the benchmarks print them. */
export function loadTable(rows: ReadonlyArray<[string, LoadResult]>): string[] {
  const head = ['server', 'req/s', 'requests', 'lat avg ms', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'server CPU µs/req'];
  const widths = [34, 9, 10, 11, 8, 8, 8, 7, 18];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join(' ');
  return [
    line(head),
    widths.map((w) => '─'.repeat(w)).join(' '),
    ...rows.map(([name, r]) =>
      line([
        name,
        r.rps.toFixed(0),
        String(r.total),
        r.latencyAvgMs.toFixed(2),
        String(r.latencyP50Ms),
        String(r.latencyP99Ms),
        String(r.non2xx),
        String(r.errors),
        r.serverCpuUsPerReq === null ? 'n/a' : r.serverCpuUsPerReq.toFixed(0),
      ]),
    ),
  ];
}
