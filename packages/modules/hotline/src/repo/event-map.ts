import { sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import type { ScopeFilter } from '@yiwang/platform';
import type { IntakeDb, IQ } from './intake-tables.js';
import { orderInScope } from './orders.js';

export interface MapFilter {
  status: 'open' | 'overdue' | 'closed' | 'all';
  state?: string | undefined;
  categoryCode?: string | undefined;
  channel?: string | undefined;
  sourceId?: string | undefined;
}

type EB = ExpressionBuilder<IntakeDb, 'hotline.work_order'>;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');
const closedStates = (closed: readonly string[]) => sql.join(closed.map((s) => sql.lit(s)));

/** Status, state, category (with its sub-categories), channel and source, plus the caller's data scope. */
function matches(eb: EB, scope: ScopeFilter, f: MapFilter, closed: readonly string[]): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [orderInScope(eb as never, scope)];
  const isClosed = sql<boolean>`hotline.work_order.state IN (${closedStates(closed)})`;
  if (f.status === 'open') c.push(sql<boolean>`NOT ${isClosed}`);
  if (f.status === 'closed') c.push(isClosed);
  if (f.status === 'overdue') c.push(sql<boolean>`NOT ${isClosed} AND hotline.work_order.due_at < now()`);
  if (f.state) c.push(eb('hotline.work_order.state', '=', f.state));
  if (f.channel) c.push(eb('hotline.work_order.channel', '=', f.channel));
  if (f.sourceId) c.push(eb('hotline.work_order.source_id', '=', f.sourceId));
  if (f.categoryCode)
    c.push(
      eb.or([
        eb('hotline.work_order.category_code', '=', f.categoryCode),
        eb('hotline.work_order.category_code', 'like', `${escapeLike(f.categoryCode)}.%`),
      ]),
    );
  return eb.and(c);
}

/** The newest `limit` orders with coordinates that match, and how many match in all. */
export async function mapPoints(q: IQ, scope: ScopeFilter, f: MapFilter, closed: readonly string[], limit: number) {
  const base = q
    .selectFrom('hotline.work_order')
    .where('hotline.work_order.lat', 'is not', null)
    .where('hotline.work_order.lng', 'is not', null)
    .where((eb) => matches(eb, scope, f, closed));
  const [rows, count] = await Promise.all([
    base
      .leftJoin('hotline.intake_source', 'hotline.intake_source.id', 'hotline.work_order.source_id')
      .select([
        'hotline.work_order.id',
        'hotline.work_order.order_no',
        'hotline.work_order.title',
        'hotline.work_order.lat',
        'hotline.work_order.lng',
        'hotline.work_order.state',
        'hotline.work_order.category_code',
        'hotline.work_order.channel',
        'hotline.work_order.source_id',
        'hotline.intake_source.name as source_name',
        'hotline.work_order.division_code',
        'hotline.work_order.unit_id',
        'hotline.work_order.address',
        'hotline.work_order.created_at',
        'hotline.work_order.due_at',
        sql<boolean>`hotline.work_order.due_at IS NOT NULL AND hotline.work_order.due_at < now()`.as('past_due'),
      ])
      .orderBy('hotline.work_order.created_at', 'desc')
      .orderBy('hotline.work_order.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Open and overdue counts, today's intake by channel, and open/today per source: all inside the caller's scope. */
export async function eventCounters(q: IQ, scope: ScopeFilter, closed: readonly string[], todayStart: Date) {
  const open = sql<boolean>`hotline.work_order.state NOT IN (${closedStates(closed)})`;
  const today = sql<boolean>`hotline.work_order.created_at >= ${todayStart}`;
  const scoped = q.selectFrom('hotline.work_order').where((eb) => orderInScope(eb as never, scope));
  const [totals, channels, perSource, allSources] = await Promise.all([
    scoped
      .select([
        sql<number>`count(*) FILTER (WHERE ${open})`.as('open'),
        sql<number>`count(*) FILTER (WHERE ${open} AND hotline.work_order.due_at < now())`.as('overdue'),
        sql<number>`count(*) FILTER (WHERE ${today})`.as('today'),
      ])
      .executeTakeFirstOrThrow(),
    scoped
      .where(today)
      .select(['hotline.work_order.channel', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('hotline.work_order.channel')
      .orderBy('hotline.work_order.channel')
      .execute(),
    scoped
      .where('hotline.work_order.source_id', 'is not', null)
      .select([
        'hotline.work_order.source_id',
        sql<number>`count(*) FILTER (WHERE ${open})`.as('open'),
        sql<number>`count(*) FILTER (WHERE ${today})`.as('today'),
      ])
      .groupBy('hotline.work_order.source_id')
      .execute(),
    q.selectFrom('hotline.intake_source').select(['id', 'name', 'kind', 'active']).orderBy('name').execute(),
  ]);
  return { totals, channels, perSource, allSources };
}
