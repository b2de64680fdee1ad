import os from 'node:os';

/** A positive (or, with zeroOk, non-negative) integer from the environment, or the default. */
export function posInt(name: string, d: number, zeroOk = false): number {
  const v = process.env[name];
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new Error(`${name} must be a ${zeroOk ? 'non-negative' : 'positive'} integer`);
  return n;
}

/** What the figures were measured on: a busy machine makes every req/s smaller. */
export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${os.cpus().length} CPUs, load average ${load}, node ${process.version}`;
}
