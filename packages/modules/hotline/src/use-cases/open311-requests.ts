import { activeUnitNames } from '@yiwang/identity';
import type { Locale, Open311RequestsQuery } from '@yiwang/contracts';
import { AppError } from '@yiwang/platform';
import { CLOSED_STATES } from '../domain/event-status.js';
import { parseW3cDateTime } from '../open311/dates.js';
import { presentRequest, type PublicRequest } from '../open311/present.js';
import type { HotlineDeps } from '../deps.js';
import { listAttachments, type AttachmentMeta } from '../repo/attachments.js';
import { iq } from '../repo/intake-tables.js';
import { publicRequests, type RequestFilter } from '../repo/open311.js';

const DAY_MS = 86_400_000;
const MAX_SPAN_MS = 90 * DAY_MS;
const list = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.split(',').map((x) => x.trim()));
const bad = (parameter: string) => new AppError('OPEN311_BAD_PARAMETER', { parameter });

/** The date window: the spec's default is the most recent 90 days, and a range may span no more than that. */
function window(start?: string, end?: string): { start: Date; end: Date } {
  const s = start ? parseW3cDateTime(start) : undefined;
  const e = end ? parseW3cDateTime(end) : undefined;
  if (s === null || e === null) throw new AppError('OPEN311_BAD_DATE', { parameter: s === null ? 'start_date' : 'end_date' });
  const to = e ?? (s ? new Date(s.getTime() + MAX_SPAN_MS) : new Date());
  const from = s ?? new Date(to.getTime() - MAX_SPAN_MS);
  if (from > to || to.getTime() - from.getTime() > MAX_SPAN_MS)
    throw new AppError('OPEN311_BAD_DATE', { parameter: 'start_date/end_date' });
  return { start: from, end: to };
}

/** `bbox=minLng,minLat,maxLng,maxLat` (extension), WGS84 degrees. */
function bbox(s: string | undefined): RequestFilter['bbox'] {
  if (s === undefined) return undefined;
  const n = s.split(',').map((x) => (/^-?\d{1,3}(\.\d{1,12})?$/.test(x.trim()) ? Number(x) : NaN));
  const [minLng, minLat, maxLng, maxLat] = n;
  const okRange = n.length === 4 && n.every(Number.isFinite) && Math.abs(minLat!) <= 90 && Math.abs(maxLat!) <= 90;
  if (!okRange || Math.abs(minLng!) > 180 || Math.abs(maxLng!) > 180 || minLng! > maxLng! || minLat! > maxLat!) throw bad('bbox');
  return [minLng!, minLat!, maxLng!, maxLat!];
}

function filterOf(q: Open311RequestsQuery): RequestFilter {
  const pageSize = q.page_size ?? 1000;
  const paging = { limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize };
  const ids = list(q.service_request_id);
  // a list of ids overrides every other argument, as the spec says
  if (ids) {
    if (ids.length > 200 || ids.some((id) => !/^[0-9A-Za-z-]{1,40}$/.test(id))) throw bad('service_request_id');
    return { orderNos: ids, ...paging };
  }
  const codes = list(q.service_code);
  if (codes?.some((c) => !/^[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(c))) throw bad('service_code');
  const statuses = list(q.status);
  if (statuses?.some((st) => st !== 'open' && st !== 'closed')) throw bad('status');
  const status = statuses && new Set(statuses).size === 1 ? (statuses[0] as 'open' | 'closed') : undefined;
  return { ...window(q.start_date, q.end_date), serviceCodes: codes, status, bbox: bbox(q.bbox), ...paging };
}

export const mediaUrl = (base: string, a: AttachmentMeta) =>
  a.external_url ?? `${base}/media/${a.id}.${a.content_type === 'image/jpeg' ? 'jpg' : (a.content_type ?? 'bin').split('/')[1]}`;

/** Rows as the spec's requests, with the handling unit's name and the evidence as media URLs. */
export async function presentRequests(
  deps: HotlineDeps,
  rows: Awaited<ReturnType<typeof publicRequests>>,
  locale: Locale,
  extensions: boolean,
  base: string,
): Promise<Array<Record<string, unknown>>> {
  const units = await activeUnitNames(deps.db, [...new Set(rows.map((r) => r.unit_id).filter((u): u is string => !!u))]);
  const media = new Map<string, string[]>();
  for (const a of await listAttachments(
    iq(deps.db),
    rows.map((r) => r.id),
  ))
    media.set(a.order_id, [...(media.get(a.order_id) ?? []), mediaUrl(base, a)]);
  return rows.map((r) => {
    const intake = (r.intake ?? {}) as { open311?: { addressId?: string } };
    const req: PublicRequest = {
      id: r.id,
      orderNo: r.order_no,
      state: r.state,
      channel: r.channel,
      categoryCode: r.category_code,
      categoryName: r.category_name,
      body: r.body,
      unitName: r.unit_id ? (units.get(r.unit_id) ?? null) : null,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      dueAt: r.due_at ? new Date(r.due_at) : null,
      address: r.address,
      addressId: intake.open311?.addressId ?? null,
      lat: r.lat === null ? null : Number(r.lat),
      lng: r.lng === null ? null : Number(r.lng),
      media: media.get(r.id) ?? [],
    };
    return presentRequest(req, locale, extensions);
  });
}

/** GET requests: filters of the spec (ids, service codes, dates, status) and the documented extensions (paging, bbox). */
export async function open311Requests(deps: HotlineDeps, q: Open311RequestsQuery, locale: Locale, base: string) {
  const rows = await publicRequests(iq(deps.db), filterOf(q), CLOSED_STATES);
  return presentRequests(deps, rows, locale, q.extensions ?? false, base);
}

/** GET requests/{service_request_id}: a list of one, as the spec shapes it. */
export async function open311Request(deps: HotlineDeps, orderNo: string, locale: Locale, extensions: boolean, base: string) {
  const rows = /^[0-9A-Za-z-]{1,40}$/.test(orderNo)
    ? await publicRequests(iq(deps.db), { orderNos: [orderNo], limit: 1, offset: 0 }, CLOSED_STATES)
    : [];
  if (rows.length === 0) throw new AppError('OPEN311_REQUEST_NOT_FOUND', { service_request_id: orderNo });
  return presentRequests(deps, rows, locale, extensions, base);
}
