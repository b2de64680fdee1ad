import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { migrate } from '../db/migrate.js';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import type { RequestMeta } from './context.js';
import { mutate, type Tx } from './mutate.js';

const meta: RequestMeta = { actor: { id: 'u-1', name: '测试员', kind: 'staff' }, requestId: 'req-1', ip: '10.0.0.1' };

describe.each(testEngines())('mutate on %s', (engine) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase(engine);
    await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
    await d.withClient((c) => c.exec('CREATE SCHEMA t; CREATE TABLE t.item (id text PRIMARY KEY, name text NOT NULL)'));
  });
  afterAll(() => d?.drop());

  const counts = async () => {
    const r = await sql<{ items: number; audits: number; events: number }>`SELECT
        (SELECT count(*) FROM t.item)::int AS items,
        (SELECT count(*) FROM platform.audit_log)::int AS audits,
        (SELECT count(*) FROM platform.outbox)::int AS events`.execute(d.db);
    return r.rows[0]!;
  };

  /** the use-case under test: create an item, audit it, announce it */
  const createItem =
    (name: string, opts: { slow?: boolean } = {}) =>
    async (tx: Tx) => {
      const id = newId();
      await tx.insertInto('t.item').values({ id, name }).execute();
      if (opts.slow) await sql`SELECT pg_sleep(0.1)`.execute(tx);
      return {
        result: { id, name },
        audit: { action: 'test.item.create', resourceType: 'item', resourceId: id, details: { name } },
        events: [{ topic: 'test.item.created', key: id, payload: { id, name } }],
      };
    };

  it('commits the row, its audit record and its outbox event together', async () => {
    const before = await counts();
    const out = await mutate(d.db, meta, createItem('甲'));
    expect(await counts()).toEqual({ items: before.items + 1, audits: before.audits + 1, events: before.events + 1 });

    const audit = await d.db.selectFrom('platform.audit_log').selectAll().where('resource_id', '=', out.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'test.item.create',
      actor_id: 'u-1',
      actor_name: '测试员',
      actor_kind: 'staff',
      request_id: 'req-1',
      ip: '10.0.0.1',
      details: { name: '甲' },
      seq: null,
      chain_hash: null,
    });
    expect(audit.record_hash).toMatch(/^[0-9a-f]{64}$/);
    const event = await d.db.selectFrom('platform.outbox').selectAll().where('key', '=', out.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      topic: 'test.item.created',
      payload: { id: out.id, name: '甲' },
      actor_id: 'u-1',
      request_id: 'req-1',
      dispatched_at: null,
    });
  });

  it('writes none of the three when the use-case throws after writing', async () => {
    const before = await counts();
    await expect(
      mutate(d.db, meta, async (tx) => {
        await createItem('乙')(tx);
        throw new AppError('CONFLICT');
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await counts()).toEqual(before);
  });

  it('writes none of the three when the last write of the transaction fails', async () => {
    const before = await counts();
    const failing = async (tx: Tx) => {
      const ok = await createItem('丙')(tx);
      // the second event breaks a NOT NULL constraint after the row, the audit and the first event were written
      return { ...ok, events: [...ok.events, { topic: null as unknown as string, payload: {} }] };
    };
    await expect(mutate(d.db, meta, failing)).rejects.toMatchObject({ code: '23502' });
    expect(await counts()).toEqual(before);
  });

  it('an idempotency-key retry returns the first result and writes nothing more', async () => {
    const idem = { scope: 'POST /items u-1', key: newId(), request: { name: '丁', tags: ['a'] } };
    const first = await mutate(d.db, meta, createItem('丁'), idem);
    const before = await counts();
    // the same body with its keys in another order is the same request
    const retry = await mutate(d.db, meta, createItem('丁'), { ...idem, request: { tags: ['a'], name: '丁' } });
    expect(retry).toEqual(first);
    expect(await counts()).toEqual(before);
    expect(await d.db.selectFrom('t.item').select('id').where('name', '=', '丁').execute()).toEqual([{ id: first.id }]);

    // another scope (another user or route) is another request
    const other = await mutate(d.db, meta, createItem('丁'), { ...idem, scope: 'POST /items u-2' });
    expect(other.id).not.toBe(first.id);
  });

  it('refuses the same key with a different body with IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const idem = { scope: 'POST /items u-1', key: newId(), request: { name: '戊' } };
    await mutate(d.db, meta, createItem('戊'), idem);
    const before = await counts();
    const err = await mutate(d.db, meta, createItem('己'), { ...idem, request: { name: '己' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    expect(await counts()).toEqual(before);
  });

  it('concurrent calls with the same key create one row and all answer with it', async () => {
    const idem = { scope: 'POST /items u-1', key: newId(), request: { name: '庚' } };
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 6 }, () => mutate(d.db, meta, createItem('庚', { slow: true }), idem)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await counts()).toEqual({ items: before.items + 1, audits: before.audits + 1, events: before.events + 1 });
  });
});
