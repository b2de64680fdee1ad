import type { CreateOrderBody } from '@yiwang/contracts';
import { AppError, type Idempotency, type RequestMeta } from '@yiwang/platform';
import { checkEvidence } from '../domain/evidence.js';
import { checkAttributes } from '../open311/attributes.js';
import { parseFormBody, parseJsonBody, type RawSubmission } from '../open311/form.js';
import type { HotlineDeps } from '../deps.js';
import { iq } from '../repo/intake-tables.js';
import { linkOrderToSource } from '../repo/intake-orders.js';
import { findService, serviceAttributes } from '../repo/open311.js';
import { findOrder } from '../repo/orders.js';
import type { SourceRow } from '../repo/sources.js';
import { hot } from '../repo/tables.js';
import { authenticateSource } from './authenticate-source.js';
import { registerOrder } from './create-order.js';
import { toAttributeDef } from './open311-services.js';
import { storeEvidence } from './submit-event.js';

const coordinate = (s: string | undefined, limit: number, field: string) => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = /^\s*-?\d{1,3}(\.\d{1,15})?\s*$/.test(s) ? Number(s) : NaN;
  if (!(Math.abs(n) <= limit)) throw new AppError('OPEN311_BAD_PARAMETER', { parameter: field });
  return n;
};
const text = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** The request body as the spec sends it (form-encoded) or as JSON, checked field by field. */
export function readSubmission(body: unknown): RawSubmission {
  const parsed = typeof body === 'string' ? parseFormBody(body) : parseJsonBody(body ?? {});
  if (!parsed.ok) throw new AppError('OPEN311_BAD_PARAMETER', { errors: parsed.errors });
  return parsed.value;
}

/** The api_key must be a live key of an Open311 client source (any problem with it is a 403 in Open311's terms). */
export async function open311Client(deps: HotlineDeps, raw: RawSubmission): Promise<SourceRow> {
  const source = await authenticateSource(deps, raw.fields.api_key, 'api_key');
  if (source.kind !== 'open311_client') throw new AppError('SOURCE_KIND_MISMATCH');
  return source;
}

/**
 * POST requests (H7): a service request from an Open311 client enters the same pipeline as a call, with
 * its service's required attributes enforced and one of lat+long, address_string or address_id. The
 * caller's name and phone are kept like a caller's (encrypted, masked); e-mail, device and account ids
 * are not stored. Realtime: the answer carries the new service_request_id.
 */
export async function submitOpen311Request(
  deps: HotlineDeps,
  meta: RequestMeta,
  source: SourceRow,
  raw: RawSubmission,
  idemKey?: string,
): Promise<Array<Record<string, unknown>>> {
  const f = raw.fields;
  const code = text(f.service_code);
  if (!code) throw new AppError('OPEN311_SERVICE_CODE_REQUIRED');
  const service = await findService(iq(deps.db), code);
  if (!service) throw new AppError('OPEN311_SERVICE_NOT_FOUND', { service_code: code });
  const lat = coordinate(f.lat, 90, 'lat');
  const lng = coordinate(f.long, 180, 'long');
  if ((lat === undefined) !== (lng === undefined)) throw new AppError('OPEN311_BAD_PARAMETER', { parameter: 'lat/long' });
  const addressString = text(f.address_string);
  const addressId = text(f.address_id);
  if (lat === undefined && !addressString && !addressId) throw new AppError('OPEN311_LOCATION_REQUIRED');
  const attrs = checkAttributes((await serviceAttributes(iq(deps.db), code)).map(toAttributeDef), raw.attributes);
  if (!attrs.ok) throw new AppError(attrs.errors[0]!.code, { errors: attrs.errors });
  const media = f.media_url ? checkEvidence([{ url: f.media_url }]) : ({ ok: true, evidence: [] } as const);
  if (!media.ok) throw new AppError('OPEN311_BAD_PARAMETER', { parameter: 'media_url' });

  const description = text(f.description) ?? service.name;
  const name = `${text(f.last_name) ?? ''}${text(f.first_name) ?? ''}`;
  const input: CreateOrderBody = {
    channel: 'open311',
    type: 'help',
    title: service.name,
    body: attrs.lines.length ? `${description}\n\n${attrs.lines.join('\n')}` : description,
    categoryCode: code,
    ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}),
    ...(addressString || addressId ? { address: addressString ?? `地址编号 ${addressId}` } : {}),
    ...(source.default_division_code ? { divisionCode: source.default_division_code } : {}),
    ...(name ? { callerName: name.slice(0, 40) } : {}),
    ...(text(f.phone) ? { callerPhone: text(f.phone)! } : {}),
  };
  // the key is no part of the request a retry must repeat, and is never stored
  const { api_key: _key, ...fields } = f;
  const request = { ...fields, attribute: raw.attributes };
  const idem: Idempotency | undefined = idemKey
    ? { key: idemKey, scope: `intake_source:${source.id} POST open311 requests`, request }
    : undefined;
  const { id } = await registerOrder(
    deps,
    meta,
    input,
    {
      actorId: null,
      registrar: 'system',
      extra: async (tx, orderId) => {
        await linkOrderToSource(iq(tx), orderId, source.id, null, { open311: { attributes: attrs.values, addressId: addressId ?? null } });
        await storeEvidence(tx, orderId, media.evidence);
      },
    },
    idem,
  );
  const order = await findOrder(hot(deps.db), { kind: 'all' }, id);
  if (!order) throw new AppError('INTERNAL');
  return [{ service_request_id: order.order_no, service_notice: `已受理，工单号 ${order.order_no}`, account_id: null }];
}
