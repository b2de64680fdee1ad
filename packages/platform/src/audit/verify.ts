import type { Kysely } from 'kysely';
import type { VerifyResult } from '@yiwang/contracts';
import { sm3Hex, sm2Verify } from '../crypto/index.js';
import { chainHash, GENESIS, recordHash, type AuditFields } from './record.js';
import { sealPayload } from './seal.js';

type Bad = NonNullable<VerifyResult['firstBad']>;
const PAGE = 5000;

/**
 * Recomputes every record hash and chain link in seq order, then checks the signed seals. Names the
 * first modified, inserted or deleted record. Read-only: safe to run while the platform serves.
 */
export async function verifyAudit(db: Kysely<any>, trustedPublicKey?: string): Promise<VerifyResult> {
  let prev = GENESIS;
  let expectSeq = 1;
  let checked = 0;
  const chainAt = new Map<number, string>();
  const seals = await db.selectFrom('platform.audit_seal').selectAll().orderBy('id').execute();
  const sealEnds = new Set(seals.map((s) => s.to_seq as number));
  let firstBad: Bad | null = null;

  outer: for (;;) {
    const rows = (await db
      .selectFrom('platform.audit_log')
      .selectAll()
      .where('seq', '>=', expectSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute()) as Array<AuditFields & { id: number; seq: number; record_hash: string; chain_hash: string }>;
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectSeq) {
        firstBad = { id: null, seq: expectSeq, reason: `record seq ${expectSeq} is missing (deleted)` };
        break outer;
      }
      if (recordHash(r) !== r.record_hash) {
        firstBad = { id: r.id, seq: r.seq, reason: 'record content does not match its hash (modified)' };
        break outer;
      }
      const link = chainHash(prev, r.record_hash);
      if (link !== r.chain_hash) {
        firstBad = { id: r.id, seq: r.seq, reason: 'chain link broken (record inserted, replaced or re-hashed)' };
        break outer;
      }
      if (sealEnds.has(r.seq)) chainAt.set(r.seq, link);
      prev = link;
      expectSeq += 1;
      checked += 1;
    }
  }
  const sealedThrough = checked > 0 ? expectSeq - 1 : null;
  if (!firstBad) firstBad = checkSeals(seals, chainAt, sealedThrough, trustedPublicKey);
  const unsealed = Number(
    (
      await db
        .selectFrom('platform.audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('seq', 'is', null)
        .executeTakeFirst()
    )?.n ?? 0,
  );
  return { ok: firstBad === null, checked, sealedThrough, unsealed, firstBad };
}

function checkSeals(seals: any[], chainAt: Map<number, string>, sealedThrough: number | null, trusted?: string): Bad | null {
  let prevSeal: string | null = null;
  let nextFrom = 1;
  for (const s of seals) {
    const payload = sealPayload(s);
    const at = { id: null, seq: s.to_seq as number };
    if (s.from_seq !== nextFrom) return { ...at, reason: `seal ${s.id} does not continue the previous seal` };
    if (s.prev_seal !== prevSeal || sm3Hex(payload) !== s.seal_hash) return { ...at, reason: `seal ${s.id} was altered` };
    if (trusted && s.public_key !== trusted) return { ...at, reason: `seal ${s.id} signed by an unknown key` };
    if (!sm2Verify(payload, s.signature, s.public_key)) return { ...at, reason: `seal ${s.id} signature is invalid` };
    if (sealedThrough === null || s.to_seq > sealedThrough) {
      // the chain ended early: name the first missing record, not the end of the seal
      const first = (sealedThrough ?? 0) + 1;
      return { id: null, seq: first, reason: `records seq ${first}..${s.to_seq} were sealed but are missing (deleted)` };
    }
    if (chainAt.get(s.to_seq) !== s.chain_hash) return { ...at, reason: `chain does not match seal ${s.id}` };
    prevSeal = s.seal_hash;
    nextFrom = s.to_seq + 1;
  }
  if (sealedThrough !== null && sealedThrough >= nextFrom) {
    return { id: null, seq: nextFrom, reason: `records from seq ${nextFrom} are chained but no seal covers them` };
  }
  return null;
}
