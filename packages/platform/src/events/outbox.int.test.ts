import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { migrate } from '../db/migrate.js';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { JobRunner } from '../jobs/runner.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import type { RequestMeta } from '../tx/context.js';
import { mutate } from '../tx/mutate.js';
import { EventBus, idempotent } from './bus.js';
import type { OutboxEvent } from './outbox.js';

const meta: RequestMeta = { actor: { id: 'u-9', name: '审批员', kind: 'staff' }, requestId: 'req-ev' };

describe.each(testEngines())('outbox and event bus on %s', (engine) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase(engine);
    await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
    await d.withClient((c) => c.exec('CREATE SCHEMA t; CREATE TABLE t.ledger (event_id bigint NOT NULL, note text)'));
  });
  afterAll(() => d?.drop());

  /** a committed change that announces `topic` */
  const change = (topic: string, payload: Record<string, unknown> = {}) =>
    mutate(d.db, meta, async () => ({
      result: null,
      audit: { action: `${topic}.audit`, resourceType: 'x' },
      events: [{ topic, key: 'k-1', payload }],
    }));

  const jobsOf = (queue: string) =>
    d.db.selectFrom('platform.job').select(['id', 'state', 'attempts', 'run_at', 'last_error']).where('queue', '=', queue).execute();
  const makeDue = (queue: string) => sql`UPDATE platform.job SET run_at = now() WHERE queue = ${queue} AND state = 'pending'`.execute(d.db);

  it('delivers an event of a committed change to every matching subscriber, once each', async () => {
    const jobs = new JobRunner(d.db);
    const bus = new EventBus(jobs);
    const seen: Record<string, OutboxEvent[]> = { a: [], b: [], other: [] };
    bus.subscribe('deliver-a', ['deliver.case.*'], async (e) => void seen.a!.push(e));
    bus.subscribe('deliver-b', ['deliver.case.approved'], async (e) => void seen.b!.push(e));
    bus.subscribe('deliver-other', ['deliver.other'], async (e) => void seen.other!.push(e));

    await change('deliver.case.approved', { caseId: 'c-1', 事项: '营业执照' });
    expect(await bus.dispatch(d.db)).toBe(1);
    expect(await bus.dispatch(d.db)).toBe(0);
    expect(await jobs.runDue()).toBe(2);

    expect(seen.a).toHaveLength(1);
    expect(seen.b).toHaveLength(1);
    expect(seen.other).toHaveLength(0);
    expect(seen.a![0]).toMatchObject({
      topic: 'deliver.case.approved',
      key: 'k-1',
      payload: { caseId: 'c-1', 事项: '营业执照' },
      actorId: 'u-9',
      requestId: 'req-ev',
    });
    expect((await jobsOf('event:deliver-a')).map((j) => j.state)).toEqual(['done']);
    expect(await jobs.runDue()).toBe(0);
  });

  it('drain() dispatches on every tick, so an event a handler publishes is delivered in the same drain', async () => {
    const jobs = new JobRunner(d.db);
    const bus = new EventBus(jobs);
    jobs.onTick(() => bus.dispatch(d.db));
    const order: string[] = [];
    bus.subscribe('drain-first', ['drain.submitted'], async (e) => {
      order.push(e.topic);
      await change('drain.routed');
    });
    bus.subscribe('drain-second', ['drain.routed'], async (e) => void order.push(e.topic));
    await change('drain.submitted');
    expect(await jobs.drain()).toBe(2);
    expect(order).toEqual(['drain.submitted', 'drain.routed']);
  });

  it('retries a failing handler with backoff until it succeeds (at least once)', async () => {
    const jobs = new JobRunner(d.db);
    const bus = new EventBus(jobs);
    let calls = 0;
    bus.subscribe('flaky', ['flaky.happened'], async () => {
      calls += 1;
      if (calls <= 2) throw new Error(`downstream unavailable (${calls})`);
    });
    await change('flaky.happened');
    await bus.dispatch(d.db);

    expect(await jobs.runDue()).toBe(1);
    let [job] = await jobsOf('event:flaky');
    expect(job).toMatchObject({ state: 'pending', attempts: 1, last_error: 'downstream unavailable (1)' });
    expect((job!.run_at as Date).getTime()).toBeGreaterThan(Date.now());
    expect(await jobs.runDue()).toBe(0); // not due before its backoff

    await makeDue('event:flaky');
    expect(await jobs.runDue()).toBe(1);
    [job] = await jobsOf('event:flaky');
    expect(job).toMatchObject({ state: 'pending', attempts: 2, last_error: 'downstream unavailable (2)' });

    await makeDue('event:flaky');
    expect(await jobs.runDue()).toBe(1);
    [job] = await jobsOf('event:flaky');
    expect(job).toMatchObject({ state: 'done', attempts: 3, last_error: null });
    expect(calls).toBe(3);
  });

  it('an idempotent() handler processes a redelivered event once; a failed attempt leaves no marker', async () => {
    const jobs = new JobRunner(d.db);
    const bus = new EventBus(jobs);
    let raw = 0;
    let failNext = true;
    bus.subscribe(
      'ledger',
      ['ledger.paid'],
      idempotent('ledger', async (e, tx) => {
        raw += 1;
        await tx.insertInto('t.ledger').values({ event_id: e.id, note: 'paid' }).execute();
        if (failNext) {
          failNext = false;
          throw new Error('crash after writing');
        }
      }),
    );
    await change('ledger.paid');
    await bus.dispatch(d.db);
    const eventId = (await d.db.selectFrom('platform.outbox').select('id').where('topic', '=', 'ledger.paid').executeTakeFirstOrThrow()).id;
    const ledger = () => d.db.selectFrom('t.ledger').select('note').where('event_id', '=', eventId).execute();
    const marker = () => d.db.selectFrom('platform.processed_event').selectAll().where('subscriber', '=', 'ledger').execute();

    await jobs.runDue();
    expect(await ledger()).toEqual([]);
    expect(await marker()).toEqual([]);

    await makeDue('event:ledger');
    await jobs.runDue();
    expect(await ledger()).toHaveLength(1);

    // redelivery: the process died before marking the job done, and a second job for the same event
    await sql`UPDATE platform.job SET state = 'pending', run_at = now() WHERE queue = 'event:ledger'`.execute(d.db);
    await sql`INSERT INTO platform.job (queue, payload) VALUES ('event:ledger', ${JSON.stringify({ eventId })})`.execute(d.db);
    expect(await jobs.runDue()).toBe(2);
    expect(raw).toBe(2); // the wrapped handler ran only on the first two deliveries
    expect(await ledger()).toHaveLength(1);
    expect(await marker()).toHaveLength(1);
  });

  it('a rolled-back change leaves no event and nothing is delivered', async () => {
    const jobs = new JobRunner(d.db);
    const bus = new EventBus(jobs);
    let calls = 0;
    bus.subscribe('ghost', ['ghost.*'], async () => void (calls += 1));
    await bus.dispatch(d.db);
    await expect(
      mutate(d.db, meta, async (tx) => {
        await tx.insertInto('t.ledger').values({ event_id: -1, note: 'ghost' }).execute();
        throw new AppError('CONFLICT');
      }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      mutate(d.db, meta, async () => ({
        result: null,
        audit: { action: 'ghost.audit', resourceType: 'x' },
        // the second event breaks a constraint after the first one was written to the outbox
        events: [
          { topic: 'ghost.created', payload: {} },
          { topic: null as unknown as string, payload: {} },
        ],
      })),
    ).rejects.toMatchObject({ code: '23502' });
    expect(await d.db.selectFrom('platform.outbox').select('id').where('topic', 'like', 'ghost.%').execute()).toEqual([]);
    expect(await bus.dispatch(d.db)).toBe(0);
    expect(await jobs.drain()).toBe(0);
    expect(calls).toBe(0);
  });
});
