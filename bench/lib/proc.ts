import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A server started as a child process in its own process group, with the tail of its output kept for diagnostics. */
export interface Child {
  name: string;
  proc: ChildProcess;
  startedAt: number;
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const live = new Set<Child>();

// last resort: never leave a server behind when the benchmark dies
process.on('exit', () => {
  for (const c of live) killGroup(c.proc, 'SIGKILL');
});

/** Signals the child's whole process group (start.mjs spawns the server as a grandchild). */
function killGroup(proc: ChildProcess, signal: NodeJS.Signals) {
  if (proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, signal);
  } catch {
    // the group is gone
  }
}

export function startChild(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  let tail = '';
  const keep = (b: Buffer) => {
    tail = (tail + b.toString('utf8')).slice(-16_000);
  };
  const startedAt = performance.now();
  const proc = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const child: Child = {
    name,
    proc,
    startedAt,
    output: () => tail,
    exited,
    async stop() {
      if (!live.has(child)) return;
      if (proc.exitCode === null && proc.signalCode === null) killGroup(proc, 'SIGTERM');
      const timer = setTimeout(() => killGroup(proc, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      // a grandchild (start.mjs → server) may outlive its parent for a moment
      killGroup(proc, 'SIGKILL');
      live.delete(child);
    },
  };
  live.add(child);
  return child;
}

export async function stopAll() {
  await Promise.all([...live].map((c) => c.stop()));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200; returns the milliseconds since the child was spawned. */
export async function waitReady(child: Child, url: string, timeoutMs: number): Promise<number> {
  let exitCode: number | null | undefined;
  void child.exited.then((c) => (exitCode = c));
  const deadline = child.startedAt + timeoutMs;
  while (performance.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${child.name} exited (code ${exitCode}) before it was ready:\n${child.output()}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await r.arrayBuffer();
      if (r.status === 200) return performance.now() - child.startedAt;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs / 1000}s:\n${child.output()}`);
}

/**
 * CPU time (user + system, ms) the child process has used so far, from /proc on Linux; null elsewhere.
 * Per-request CPU cost is a steadier figure than requests/s on a shared, busy machine.
 */
export function cpuMs(child: Child): number | null {
  try {
    const stat = readFileSync(`/proc/${child.proc.pid}/stat`, 'utf8');
    // fields after the parenthesised command name; utime and stime are fields 14 and 15, in clock ticks (100/s)
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
