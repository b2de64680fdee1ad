import { sql, type Kysely } from 'kysely';
import type { Logger } from '../logger.js';

export interface Job {
  id: number;
  queue: string;
  payload: any;
  attempts: number;
  maxAttempts: number;
}

export type JobHandler = (job: Job, db: Kysely<any>) => Promise<void>;

export interface RunnerOptions {
  pollMs?: number;
  batch?: number;
  /** a running job whose lease ran out (process died) is picked up again */
  leaseSeconds?: number;
  logger?: Logger;
}

/** retry after 2, 4, 8 … seconds, capped at 10 minutes */
export const backoffSeconds = (attempt: number) => Math.min(600, 2 ** attempt);

/**
 * Polls the job table with FOR UPDATE SKIP LOCKED, so several processes can share the work on
 * PostgreSQL and the same code runs on the single-session embedded engine.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly beforePoll: Array<() => Promise<unknown>> = [];

  constructor(
    private readonly db: Kysely<any>,
    private readonly opts: RunnerOptions = {},
  ) {}

  register(queue: string, handler: JobHandler): void {
    if (this.handlers.has(queue)) throw new Error(`job handler ${queue} registered twice`);
    this.handlers.set(queue, handler);
  }

  /** work to do on every tick before jobs are claimed (outbox dispatch, audit sealing) */
  onTick(fn: () => Promise<unknown>): void {
    this.beforePoll.push(fn);
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.drain()
        .catch((err) => this.opts.logger?.error({ err }, 'job tick failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.opts.pollMs ?? 500);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = null;
    if (t) clearTimeout(t);
    await this.running;
  }

  /** Runs tick work and every due job until none is left; returns how many jobs ran. */
  async drain(): Promise<number> {
    let total = 0;
    for (let round = 0; round < 100; round++) {
      for (const fn of this.beforePoll) await fn();
      const n = await this.runDue();
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  async runDue(): Promise<number> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return 0;
    const lease = this.opts.leaseSeconds ?? 300;
    const claimed = await sql<any>`UPDATE platform.job SET state = 'running', attempts = attempts + 1,
        locked_until = now() + make_interval(secs => ${lease})
      WHERE id IN (SELECT id FROM platform.job
        WHERE queue = ANY(${queues}::text[]) AND run_at <= now()
          AND (state = 'pending' OR (state = 'running' AND locked_until < now()))
        ORDER BY run_at, id LIMIT ${this.opts.batch ?? 20} FOR UPDATE SKIP LOCKED)
      RETURNING id, queue, payload, attempts, max_attempts`.execute(this.db);
    for (const row of claimed.rows) await this.runOne(row);
    return claimed.rows.length;
  }

  private async runOne(row: any): Promise<void> {
    const job: Job = { id: row.id, queue: row.queue, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts };
    const handler = this.handlers.get(job.queue);
    try {
      if (!handler) throw new Error(`no handler for ${job.queue}`);
      await handler(job, this.db);
      await this.db
        .updateTable('platform.job')
        .set({ state: 'done', finished_at: sql`now()`, last_error: null })
        .where('id', '=', job.id)
        .execute();
    } catch (err) {
      const final = job.attempts >= job.maxAttempts;
      this.opts.logger?.warn({ err, jobId: job.id, queue: job.queue, attempt: job.attempts, final }, 'job failed');
      const retry = {
        state: final ? 'failed' : 'pending',
        run_at: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})`,
        last_error: String((err as Error)?.message ?? err).slice(0, 2000),
        finished_at: final ? sql`now()` : null,
      };
      try {
        await this.db.updateTable('platform.job').set(retry).where('id', '=', job.id).execute();
      } catch (e) {
        // a newer timer with the same singleton key is already pending: it supersedes this retry
        if ((e as { code?: string }).code !== '23505') throw e;
        await this.db
          .updateTable('platform.job')
          .set({ ...retry, state: 'cancelled', finished_at: sql`now()` })
          .where('id', '=', job.id)
          .execute();
      }
    }
  }
}
