import { sql } from 'kysely';
import type { IQ } from './intake-tables.js';

/** Active categories as Open311 services, with their parent's name (the group) and whether they ask extra questions. */
export function listServices(q: IQ) {
  return q
    .selectFrom('hotline.category as c')
    .leftJoin('hotline.category as p', 'p.code', 'c.parent_code')
    .select([
      'c.code',
      'c.name',
      'p.name as parent_name',
      sql<boolean>`EXISTS (SELECT 1 FROM hotline.service_attribute a WHERE a.category_code = c.code)`.as('has_attributes'),
    ])
    .where('c.active', '=', true)
    .orderBy('c.code')
    .execute();
}

export function findService(q: IQ, code: string) {
  return q.selectFrom('hotline.category').select(['code', 'name']).where('code', '=', code).where('active', '=', true).executeTakeFirst();
}

export function serviceAttributes(q: IQ, code: string) {
  return q.selectFrom('hotline.service_attribute').selectAll().where('category_code', '=', code).orderBy('position').execute();
}

/** When the service definitions last changed (discovery's changeset). */
export async function attributesChangedAt(q: IQ): Promise<Date | null> {
  const r = await q
    .selectFrom('hotline.service_attribute')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .executeTakeFirst();
  return r?.at ? new Date(r.at as Date) : null;
}

export interface RequestFilter {
  orderNos?: string[] | undefined;
  ids?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  status?: 'open' | 'closed' | undefined;
  bbox?: [number, number, number, number] | undefined;
  limit: number;
  offset: number;
}

/**
 * Requests Open311 may show: orders that came in through an intake source (Open311 clients, the event
 * centre's sources, partners), never calls or portal messages, and never a 保密 one.
 */
export function publicRequests(q: IQ, f: RequestFilter, closed: readonly string[]) {
  let query = q
    .selectFrom('hotline.work_order as w')
    .leftJoin('hotline.category as c', 'c.code', 'w.category_code')
    .where('w.source_id', 'is not', null)
    .where('w.confidential', '=', false);
  if (f.orderNos) query = query.where('w.order_no', 'in', f.orderNos.length ? f.orderNos : ['']);
  if (f.ids) query = query.where('w.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.serviceCodes) query = query.where('w.category_code', 'in', f.serviceCodes);
  if (f.start) query = query.where('w.created_at', '>=', f.start);
  if (f.end) query = query.where('w.created_at', '<=', f.end);
  if (f.status === 'closed') query = query.where('w.state', 'in', [...closed]);
  if (f.status === 'open') query = query.where('w.state', 'not in', [...closed]);
  if (f.bbox) {
    const [minLng, minLat, maxLng, maxLat] = f.bbox;
    query = query.where('w.lng', '>=', minLng).where('w.lng', '<=', maxLng).where('w.lat', '>=', minLat).where('w.lat', '<=', maxLat);
  }
  return query
    .select([
      'w.id',
      'w.order_no',
      'w.state',
      'w.channel',
      'w.category_code',
      'c.name as category_name',
      'w.body',
      'w.unit_id',
      'w.created_at',
      'w.updated_at',
      'w.due_at',
      'w.address',
      'w.lat',
      'w.lng',
      'w.intake',
    ])
    .orderBy('w.created_at', 'desc')
    .orderBy('w.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

/** The steps of an order anyone may see (internal lines, such as returns and urging, stay out). */
export function publicSteps(q: IQ, orderId: string) {
  return q
    .selectFrom('hotline.order_event')
    .select(['at', 'action', 'to_state'])
    .where('order_id', '=', orderId)
    .where('internal', '=', false)
    .orderBy('seq')
    .execute();
}

/** An inline evidence image of a public request. */
export function publicAttachment(q: IQ, id: string) {
  return q
    .selectFrom('hotline.attachment as a')
    .innerJoin('hotline.work_order as w', 'w.id', 'a.order_id')
    .select(['a.id', 'a.content_type', 'a.data', 'a.sm3'])
    .where('a.id', '=', id)
    .where('a.data', 'is not', null)
    .where('w.source_id', 'is not', null)
    .where('w.confidential', '=', false)
    .executeTakeFirst();
}
