import { sql, type Kysely } from 'kysely';
import { sm3Hex, sm2Sign } from '../crypto/index.js';
import { chainHash, GENESIS } from './record.js';

export interface SealKeys {
  privateKey: string;
  publicKey: string;
}

const SEAL_LOCK = 7_310_002;

export const sealPayload = (s: { from_seq: number; to_seq: number; chain_hash: string; prev_seal: string | null }) =>
  `${s.from_seq}:${s.to_seq}:${s.chain_hash}:${s.prev_seal ?? ''}`;

/**
 * Links unsealed audit records into the SM3 chain in batches (like X-Road's log archiver): writers
 * never wait on each other, only this background step is serialized. Returns how many it sealed.
 */
export async function sealAudit(db: Kysely<any>, keys: SealKeys, batch = 2000): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`.execute(tx);
    const rows = await tx
      .selectFrom('platform.audit_log')
      .select(['id', 'record_hash'])
      .where('seq', 'is', null)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return 0;
    const last = await tx
      .selectFrom('platform.audit_log')
      .select(['seq', 'chain_hash'])
      .where('seq', 'is not', null)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let seq = (last?.seq as number | undefined) ?? 0;
    let prev = (last?.chain_hash as string | undefined) ?? GENESIS;
    const fromSeq = seq + 1;
    const links: Array<{ id: number; seq: number; chain: string }> = [];
    for (const r of rows) {
      seq += 1;
      prev = chainHash(prev, r.record_hash);
      links.push({ id: r.id, seq, chain: prev });
    }
    const ids = links.map((l) => l.id);
    const seqs = links.map((l) => l.seq);
    const chains = links.map((l) => l.chain);
    await sql`UPDATE platform.audit_log a SET seq = v.seq, chain_hash = v.chain
      FROM unnest(${ids}::bigint[], ${seqs}::bigint[], ${chains}::text[]) AS v(id, seq, chain)
      WHERE a.id = v.id`.execute(tx);
    const prevSeal = await tx.selectFrom('platform.audit_seal').select('seal_hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
    const seal = { from_seq: fromSeq, to_seq: seq, chain_hash: prev, prev_seal: (prevSeal?.seal_hash as string | undefined) ?? null };
    const payload = sealPayload(seal);
    await tx
      .insertInto('platform.audit_seal')
      .values({ ...seal, seal_hash: sm3Hex(payload), signature: sm2Sign(payload, keys.privateKey), public_key: keys.publicKey })
      .execute();
    return rows.length;
  });
}

/** Seals until nothing is left (CLI, tests, shutdown). */
export async function sealAll(db: Kysely<any>, keys: SealKeys): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealAudit(db, keys);
    total += n;
    if (n === 0) return total;
  }
}
