import { createHash } from 'node:crypto';
import type { IntakeEventBody, IntakeEventResult, IntakeSourceKind } from '@yiwang/contracts';
import { AppError, newId, sm3Hex, type RequestMeta, type Tx } from '@yiwang/platform';
import { checkEvidence, type Evidence } from '../domain/evidence.js';
import { CHANNEL_OF_SOURCE_KIND } from '../domain/event-status.js';
import type { HotlineDeps } from '../deps.js';
import { countAttachments, insertAttachment } from '../repo/attachments.js';
import { iq } from '../repo/intake-tables.js';
import { findBySourceExternal, linkOrderToSource } from '../repo/intake-orders.js';
import type { SourceRow } from '../repo/sources.js';
import { registerOrder } from './create-order.js';

// a sensor clock a little ahead of ours is no reason to lose its event
const CLOCK_SKEW_MS = 5 * 60_000;

/** Writes the evidence rows in the order's transaction: bytes with their SM3 and SHA-256, or the reference. */
export async function storeEvidence(tx: Tx, orderId: string, evidence: readonly Evidence[]) {
  for (const [seq, e] of evidence.entries()) {
    const common = { id: newId(), order_id: orderId, seq: seq + 1 };
    if (e.kind === 'link') {
      await insertAttachment(iq(tx), {
        ...common,
        content_type: null,
        size_bytes: null,
        data: null,
        sm3: null,
        sha256: null,
        external_url: e.url,
      });
    } else {
      await insertAttachment(iq(tx), {
        ...common,
        content_type: e.contentType,
        size_bytes: e.bytes.length,
        data: e.bytes,
        sm3: sm3Hex(e.bytes),
        sha256: createHash('sha256').update(e.bytes).digest('hex'),
        external_url: null,
      });
    }
  }
}

export const isSourceExternalClash = (err: unknown) =>
  (err as { code?: string }).code === '23505' &&
  /work_order_source_external/.test(`${(err as Error).message} ${(err as { constraint?: string }).constraint}`);

/** Checks evidence up front: a bad image refuses the whole event before anything is written. */
export function evidenceOf(items: IntakeEventBody['evidence']): Evidence[] {
  const checked = checkEvidence(items ?? []);
  if (!checked.ok) throw new AppError(checked.code, { field: `evidence/${checked.index}`, reason: checked.reason });
  return checked.evidence;
}

/**
 * H5: an event from a grid officer's app, video AI, a drone or a sensor enters the same pipeline as a call
 * (classify or triage, route, SLA, rows + audit + outbox in one transaction), with its source, evidence
 * and coordinates. The sender's externalId makes it idempotent: a retry answers with the first order.
 */
export async function submitEvent(
  deps: HotlineDeps,
  meta: RequestMeta,
  source: SourceRow,
  body: IntakeEventBody,
): Promise<IntakeEventResult> {
  const again = await findBySourceExternal(iq(deps.db), source.id, body.externalId);
  if (again) return { ...summary(again), attachments: await countAttachments(iq(deps.db), again.id), retried: true };
  const evidence = evidenceOf(body.evidence);
  if (body.occurredAt !== undefined && Date.parse(body.occurredAt) > Date.now() + CLOCK_SKEW_MS) throw new AppError('OCCURRED_IN_FUTURE');
  const title = body.title?.trim() || body.eventType.trim();
  const divisionCode = body.divisionCode ?? source.default_division_code ?? undefined;
  let id: string;
  try {
    ({ id } = await registerOrder(
      deps,
      meta,
      {
        channel: CHANNEL_OF_SOURCE_KIND[source.kind as IntakeSourceKind],
        type: body.orderType ?? 'report',
        urgency: body.urgency ?? 'normal',
        title,
        body: body.description,
        lat: body.lat,
        lng: body.lng,
        ...(body.categoryCode !== undefined ? { categoryCode: body.categoryCode } : {}),
        ...(divisionCode !== undefined ? { divisionCode } : {}),
        ...(body.address !== undefined ? { address: body.address } : {}),
      },
      {
        actorId: null,
        registrar: 'system',
        extra: async (tx, orderId) => {
          const intake = { eventType: body.eventType.trim(), occurredAt: body.occurredAt ?? null };
          await linkOrderToSource(iq(tx), orderId, source.id, body.externalId, intake);
          await storeEvidence(tx, orderId, evidence);
        },
      },
    ));
  } catch (err) {
    // the same event sent twice at once: the second commit hits the unique index, and answers with the first
    if (!isSourceExternalClash(err)) throw err;
    const first = await findBySourceExternal(iq(deps.db), source.id, body.externalId);
    if (!first) throw err;
    return { ...summary(first), attachments: await countAttachments(iq(deps.db), first.id), retried: true };
  }
  const created = await findBySourceExternal(iq(deps.db), source.id, body.externalId);
  if (!created || created.id !== id) throw new AppError('INTERNAL');
  return { ...summary(created), attachments: evidence.length, retried: false };
}

const summary = (o: { id: string; order_no: string; state: string; category_code: string | null; triage: boolean }) => ({
  orderId: o.id,
  orderNo: o.order_no,
  state: o.state,
  categoryCode: o.category_code,
  triage: o.triage,
});
