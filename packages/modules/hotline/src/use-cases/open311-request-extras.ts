import type { Locale } from '@yiwang/contracts';
import { AppError } from '@yiwang/platform';
import { CLOSED_STATES } from '../domain/event-status.js';
import { presentNote } from '../open311/present.js';
import type { HotlineDeps } from '../deps.js';
import { iq } from '../repo/intake-tables.js';
import { publicAttachment, publicRequests, publicSteps } from '../repo/open311.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER_NO = /^[0-9A-Za-z-]{1,40}$/;

/** GET tokens/{token}: a request's token is its internal id (given under extensions=true); it maps to the service_request_id. */
export async function open311Token(deps: HotlineDeps, token: string) {
  const rows = UUID.test(token) ? await publicRequests(iq(deps.db), { ids: [token], limit: 1, offset: 0 }, CLOSED_STATES) : [];
  if (!rows[0]) throw new AppError('OPEN311_REQUEST_NOT_FOUND', { token });
  return [{ service_request_id: rows[0].order_no, token }];
}

/** Update-history extension: requests/{id}/updates, the public steps of the timeline (no internal lines, no free text). */
export async function open311Updates(deps: HotlineDeps, orderNo: string, locale: Locale) {
  const rows = ORDER_NO.test(orderNo) ? await publicRequests(iq(deps.db), { orderNos: [orderNo], limit: 1, offset: 0 }, CLOSED_STATES) : [];
  if (!rows[0]) throw new AppError('OPEN311_REQUEST_NOT_FOUND', { service_request_id: orderNo });
  const steps = await publicSteps(iq(deps.db), rows[0].id);
  return steps.map((s) => presentNote(orderNo, { at: new Date(s.at), action: s.action, toState: s.to_state }, locale));
}

/** Media extension: an inline evidence image of a public request, at the media_url the requests list gives. */
export async function open311Media(deps: HotlineDeps, id: string) {
  const a = UUID.test(id) ? await publicAttachment(iq(deps.db), id) : undefined;
  if (!a || !a.data || !a.content_type || !a.sm3) throw new AppError('NOT_FOUND');
  return { contentType: a.content_type, bytes: Buffer.from(a.data), sm3: a.sm3 };
}
