import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyring } from '../crypto/keys.js';
import { sm2Sign, sm3Hex } from '../crypto/index.js';
import { migrate } from '../db/migrate.js';
import { PLATFORM_MIGRATIONS } from '../index.js';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/index.js';
import type { RequestMeta } from '../tx/context.js';
import { mutate, type Tx } from '../tx/mutate.js';
import { chainHash, recordHash, type AuditFields } from './record.js';
import { sealAll, sealAudit, sealPayload } from './seal.js';
import { verifyAudit } from './verify.js';
import { writeAudit } from './write.js';

const meta: RequestMeta = { actor: { id: 'clerk-7', name: '窗口甲', kind: 'staff' }, requestId: 'req-a', ip: '10.1.2.3' };
const ring = generateKeyring();
const keys = { privateKey: ring.sm2PrivateKey, publicKey: ring.sm2PublicKey };
const N = 40;
const BATCH = 16; // seals cover seq 1–16, 17–32 and 33–40
const K = 20; // a record in the middle of the second seal

interface Row {
  id: number;
  seq: number;
  record_hash: string;
  chain_hash: string;
  details: Record<string, unknown>;
}

describe.each(testEngines())('audit chain on %s', (engine) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase(engine);
    await migrate(d, [{ module: 'platform', dir: PLATFORM_MIGRATIONS }]);
  });
  afterAll(() => d?.drop());

  /** as a DBA would: the append-only guard is switched off for this one transaction */
  const asDba = (fn: (tx: Tx) => Promise<unknown>) =>
    d.db.transaction().execute(async (tx) => {
      await sql`ALTER TABLE platform.audit_log DISABLE TRIGGER USER`.execute(tx);
      await sql`ALTER TABLE platform.audit_seal DISABLE TRIGGER USER`.execute(tx);
      await fn(tx);
      await sql`ALTER TABLE platform.audit_log ENABLE TRIGGER USER`.execute(tx);
      await sql`ALTER TABLE platform.audit_seal ENABLE TRIGGER USER`.execute(tx);
    });

  const writeMany = (n: number, from = 0) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        mutate(d.db, meta, async () => ({
          result: null,
          audit: { action: 'test.case.update', resourceType: 'case', resourceId: `c-${from + i}`, details: { n: from + i, note: '受理' } },
        })),
      ),
    );

  const rows = async (): Promise<Row[]> =>
    (await d.db.selectFrom('platform.audit_log').selectAll().where('seq', 'is not', null).orderBy('seq').execute()) as Row[];

  /** an empty log, then N concurrent writers, then the sealer in batches */
  async function freshChain(): Promise<Row[]> {
    await asDba((tx) => sql`TRUNCATE platform.audit_log, platform.audit_seal RESTART IDENTITY`.execute(tx));
    await writeMany(N);
    while ((await sealAudit(d.db, keys, BATCH)) > 0);
    return rows();
  }

  it('N concurrent writes are unsealed at first; the sealer links them; verify checks all N', async () => {
    await asDba((tx) => sql`TRUNCATE platform.audit_log, platform.audit_seal RESTART IDENTITY`.execute(tx));
    await writeMany(N);
    const unsealed = await d.db.selectFrom('platform.audit_log').select(['seq', 'chain_hash']).execute();
    expect(unsealed).toHaveLength(N);
    expect(unsealed.every((r) => r.seq === null && r.chain_hash === null)).toBe(true);
    expect(await verifyAudit(d.db, keys.publicKey)).toMatchObject({ ok: true, checked: 0, unsealed: N, firstBad: null });

    expect(await sealAudit(d.db, keys, BATCH)).toBe(BATCH);
    expect(await sealAll(d.db, keys)).toBe(N - BATCH);
    expect(await verifyAudit(d.db, keys.publicKey)).toEqual({ ok: true, checked: N, sealedThrough: N, unsealed: 0, firstBad: null });
    expect((await rows()).map((r) => r.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
  });

  it.runIf(engine === 'postgres')('writers wait neither for each other nor for the sealer', async () => {
    await asDba((tx) => sql`TRUNCATE platform.audit_log, platform.audit_seal RESTART IDENTITY`.execute(tx));
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    let wrote!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    // a long transaction that has written its audit record but not committed yet
    const slow = d.db.transaction().execute(async (tx) => {
      await writeAudit(tx, meta, { action: 'test.slow', resourceType: 'case' });
      wrote();
      await hold;
    });
    try {
      await written;
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('a writer or the sealer was blocked')), 5000));
      await Promise.race([writeMany(3), timeout]);
      expect(await Promise.race([sealAll(d.db, keys), timeout])).toBe(3);
    } finally {
      release();
    }
    await slow;
    expect(await sealAll(d.db, keys)).toBe(1);
    const chain = await rows();
    expect(chain.map((r) => [r.id, r.seq])).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
      [1, 4],
    ]); // sealed in commit order
    expect(await verifyAudit(d.db, keys.publicKey)).toMatchObject({ ok: true, checked: 4 });
  });

  it('the append-only trigger refuses UPDATE and DELETE from the application', async () => {
    const chain = await freshChain();
    await writeMany(1, 100);
    const unsealedId = (await d.db.selectFrom('platform.audit_log').select('id').where('seq', 'is', null).executeTakeFirstOrThrow()).id;
    const attempts = [
      sql`UPDATE platform.audit_log SET details = '{"n":-1}' WHERE seq = ${K}`,
      sql`UPDATE platform.audit_log SET seq = 999, chain_hash = 'x' WHERE seq = ${K}`,
      sql`UPDATE platform.audit_log SET details = '{"n":-1}', seq = 998, chain_hash = 'x' WHERE id = ${unsealedId}`,
      sql`DELETE FROM platform.audit_log WHERE seq = ${K}`,
      sql`DELETE FROM platform.audit_log WHERE id = ${unsealedId}`,
    ];
    for (const q of attempts) await expect(q.execute(d.db)).rejects.toThrow(/audit_log (is append-only|rows can only be sealed)/);
    expect(await rows()).toEqual(chain);
    expect(await verifyAudit(d.db, keys.publicKey)).toMatchObject({ ok: true, checked: N, unsealed: 1 });
  });

  it('(a) names a record whose details were modified', async () => {
    const chain = await freshChain();
    await asDba((tx) => sql`UPDATE platform.audit_log SET details = details || '{"note":"未受理"}' WHERE seq = ${K}`.execute(tx));
    const r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: K - 1, firstBad: { id: chain[K - 1]!.id, seq: K } });
    expect(r.firstBad!.reason).toMatch(/modified/);
  });

  it('(b) names a record deleted from the middle of the chain', async () => {
    await freshChain();
    await asDba((tx) => sql`DELETE FROM platform.audit_log WHERE seq = ${K}`.execute(tx));
    const r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: K - 1, firstBad: { id: null, seq: K } });
    expect(r.firstBad!.reason).toMatch(/missing \(deleted\)/);
  });

  it('(c) names the first of the sealed tail records that were deleted, or of a truncated log', async () => {
    await freshChain();
    await asDba((tx) => sql`DELETE FROM platform.audit_log WHERE seq >= ${N - 2}`.execute(tx));
    let r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: N - 3, firstBad: { id: null, seq: N - 2 } });
    expect(r.firstBad!.reason).toMatch(/sealed but are missing \(deleted\)/);

    await expect(sql`TRUNCATE platform.audit_log`.execute(d.db)).rejects.toThrow(/append-only/);
    await asDba((tx) => sql`TRUNCATE platform.audit_log`.execute(tx));
    r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: 0, firstBad: { id: null, seq: 1 } });
  });

  it('(d) names a forged record inserted mid-chain, and a re-hashed record whose link is stale', async () => {
    let chain = await freshChain();
    const forged = {
      at: new Date(Date.now() - 60_000),
      actor_id: 'clerk-7',
      actor_name: '窗口甲',
      actor_kind: 'staff',
      action: 'test.case.update',
      resource_type: 'case',
      resource_id: 'c-forged',
      division_code: null,
      department_id: null,
      request_id: null,
      ip: null,
      details: { n: -1 },
    };
    await asDba(async (tx) => {
      // make room at seq K, then slip the forgery in with a correct record hash and a copied link
      await sql`UPDATE platform.audit_log SET seq = -seq WHERE seq >= ${K}`.execute(tx);
      await sql`UPDATE platform.audit_log SET seq = 1 - seq WHERE seq < 0`.execute(tx);
      await tx
        .insertInto('platform.audit_log')
        .values({
          ...forged,
          details: JSON.stringify(forged.details),
          record_hash: recordHash(forged),
          seq: K,
          chain_hash: chain[K - 1]!.chain_hash,
        })
        .execute();
    });
    const forgedId = (
      await d.db.selectFrom('platform.audit_log').select('id').where('resource_id', '=', 'c-forged').executeTakeFirstOrThrow()
    ).id;
    let r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: K - 1, firstBad: { id: forgedId, seq: K } });
    expect(r.firstBad!.reason).toMatch(/chain link broken/);

    chain = await freshChain();
    const victim = chain[K - 1]!;
    await asDba(async (tx) => {
      await sql`UPDATE platform.audit_log SET details = '{"n":-1}' WHERE seq = ${K}`.execute(tx);
      const row = await tx.selectFrom('platform.audit_log').selectAll().where('seq', '=', K).executeTakeFirstOrThrow();
      await sql`UPDATE platform.audit_log SET record_hash = ${recordHash(row as AuditFields)} WHERE seq = ${K}`.execute(tx);
    });
    r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: K - 1, firstBad: { id: victim.id, seq: K } });
    expect(r.firstBad!.reason).toMatch(/chain link broken/);
  });

  it('(d) a forger who re-links the whole chain is caught by the signed seal', async () => {
    const chain = await freshChain();
    await asDba(async (tx) => {
      let prev = chain[K - 2]!.chain_hash;
      for (const row of chain.slice(K - 1)) {
        const record = row.seq === K ? sm3Hex('forged content') : row.record_hash;
        prev = chainHash(prev, record);
        await sql`UPDATE platform.audit_log SET record_hash = ${record}, chain_hash = ${prev} WHERE seq = ${row.seq}`.execute(tx);
      }
    });
    // the record hash no longer matches its content; with the content rewritten too, only the seal is left
    expect((await verifyAudit(d.db, keys.publicKey)).firstBad).toMatchObject({ id: chain[K - 1]!.id, seq: K });
    await asDba(async (tx) => {
      await sql`UPDATE platform.audit_log SET details = '{"n":-1}' WHERE seq = ${K}`.execute(tx);
      let prev = chain[K - 2]!.chain_hash;
      for (const row of await tx.selectFrom('platform.audit_log').selectAll().where('seq', '>=', K).orderBy('seq').execute()) {
        const record = recordHash(row as AuditFields);
        prev = chainHash(prev, record);
        await sql`UPDATE platform.audit_log SET record_hash = ${record}, chain_hash = ${prev} WHERE seq = ${row.seq}`.execute(tx);
      }
    });
    const r = await verifyAudit(d.db, keys.publicKey);
    expect(r).toMatchObject({ ok: false, checked: N, firstBad: { id: null, seq: 2 * BATCH } });
    expect(r.firstBad!.reason).toMatch(/chain does not match seal 2/);
  });

  it('(e) catches an altered seal row, a bad signature, a foreign key and a removed seal', async () => {
    const seals = async () => d.db.selectFrom('platform.audit_seal').selectAll().orderBy('id').execute();
    const expectBad = async (reason: RegExp, seq: number) => {
      const r = await verifyAudit(d.db, keys.publicKey);
      expect(r).toMatchObject({ ok: false, firstBad: { seq } });
      expect(r.firstBad!.reason).toMatch(reason);
    };

    await freshChain();
    await asDba((tx) => sql`UPDATE platform.audit_seal SET to_seq = 31 WHERE id = 2`.execute(tx));
    await expectBad(/seal 2 was altered/, 31);

    await freshChain();
    const [s1] = await seals();
    await asDba((tx) => sql`UPDATE platform.audit_seal SET signature = ${s1!.signature} WHERE id = 2`.execute(tx));
    await expectBad(/seal 2 signature is invalid/, 2 * BATCH);

    // re-signed with the forger's own key: self-consistent, but not the node's key
    await freshChain();
    const forger = generateKeyring();
    const forged = sm2Sign(sealPayload((await seals())[1] as Parameters<typeof sealPayload>[0]), forger.sm2PrivateKey);
    await asDba((tx) =>
      sql`UPDATE platform.audit_seal SET signature = ${forged}, public_key = ${forger.sm2PublicKey} WHERE id = 2`.execute(tx),
    );
    await expectBad(/seal 2 signed by an unknown key/, 2 * BATCH);
    expect((await verifyAudit(d.db)).ok).toBe(true);

    await freshChain();
    await asDba((tx) => sql`DELETE FROM platform.audit_seal WHERE id = 3`.execute(tx));
    await expectBad(/from seq 33 are chained but no seal covers them/, 2 * BATCH + 1);
  });
});
