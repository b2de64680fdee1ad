import { createRequire } from 'node:module';

interface Histogram {
  average: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  pipelining?: number;
  headers?: Record<string, string>;
  overallRate?: number;
  requests?: Array<AutocannonRequest & { setupRequest?: (req: AutocannonRequest) => AutocannonRequest }>;
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; this is the slice of its programmatic API the benchmark uses
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  rps: number;
  total: number;
  latencyAvgMs: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: string;
  /** server CPU time per request (µs) during the measured run, when the server's CPU use is readable */
  serverCpuUsPerReq: number | null;
}

export interface MeasureOptions {
  headers?: Record<string, string>;
  connections: number;
  warmupS: number;
  durationS: number;
  serverCpuMs?: () => number | null;
  /** POST these JSON bodies in turn instead of GETs */
  bodies?: readonly string[];
  /** requests per second over all connections (open-loop pacing) instead of as fast as possible */
  overallRate?: number;
}

/** Each request takes the next body, so a write benchmark does not insert one row over and over. */
function postRequests(bodies: readonly string[]) {
  let next = 0;
  return [
    {
      method: 'POST',
      setupRequest: (req: AutocannonRequest) => ({ ...req, method: 'POST', body: bodies[next++ % bodies.length] }),
    },
  ];
}

/** A warm-up run that is thrown away, then the measured run. Fails when anything but a 2xx came back. */
export async function measure(label: string, url: string, opts: MeasureOptions): Promise<LoadResult> {
  const base = {
    url,
    connections: opts.connections,
    pipelining: 1,
    headers: { ...(opts.bodies ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.bodies ? { requests: postRequests(opts.bodies) } : {}),
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
  };
  if (opts.warmupS > 0) check(label + ' (warm-up)', await autocannon({ ...base, duration: opts.warmupS }));
  const cpuBefore = opts.serverCpuMs?.() ?? null;
  const r = await autocannon({ ...base, duration: opts.durationS });
  const cpuAfter = opts.serverCpuMs?.() ?? null;
  check(label, r);
  return {
    rps: r.requests.average,
    total: r.requests.total,
    latencyAvgMs: r.latency.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: codes(r),
    serverCpuUsPerReq:
      cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? ((cpuAfter - cpuBefore) * 1000) / r.requests.total : null,
  };
}

function codes(r: AutocannonResult): string {
  return Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count}`)
    .join(' ');
}

function check(label: string, r: AutocannonResult) {
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || r.requests.total === 0) {
    throw new Error(
      `${label}: ${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (status codes: ${codes(r) || 'none'})`,
    );
  }
}
