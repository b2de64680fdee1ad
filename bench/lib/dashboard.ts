/** Latency of the analytics dashboard as one user sees it: sequential requests, percentiles over all of them. */

export interface DashboardQuery {
  label: string;
  path: string;
}

export interface DashboardResult {
  /** null when the server has no dashboard (404) */
  p95Ms: number | null;
  rows: Array<{ label: string; status: number; p50Ms: number | null; p95Ms: number | null; bytes: number }>;
}

const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function timed(url: string, headers: Record<string, string>): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  const r = await fetch(url, { headers });
  const body = await r.arrayBuffer();
  return { ms: performance.now() - start, status: r.status, bytes: body.byteLength };
}

/**
 * Each query twice to warm up, then `rounds` times. A 404 on the first query means there is no
 * dashboard at all; another 4xx means the server does not take that filter, and the query is skipped.
 */
export async function measureDashboard(
  base: string,
  headers: Record<string, string>,
  queries: readonly DashboardQuery[],
  rounds: number,
): Promise<DashboardResult> {
  const all: number[] = [];
  const rows: DashboardResult['rows'] = [];
  for (const q of queries) {
    const first = await timed(base + q.path, headers);
    if (first.status === 404 && rows.length === 0)
      return { p95Ms: null, rows: [{ label: q.label, status: 404, p50Ms: null, p95Ms: null, bytes: 0 }] };
    if (first.status !== 200) {
      rows.push({ label: q.label, status: first.status, p50Ms: null, p95Ms: null, bytes: first.bytes });
      continue;
    }
    await timed(base + q.path, headers);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const r = await timed(base + q.path, headers);
      if (r.status !== 200) throw new Error(`${q.path} answered ${r.status} during the measurement`);
      times.push(r.ms);
    }
    all.push(...times);
    rows.push({ label: q.label, status: 200, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), bytes: first.bytes });
  }
  return { p95Ms: all.length > 0 ? percentile(all, 95) : null, rows };
}
