import type { OrderSnapshot, TimelineEntry } from './domain/index.js';

/** The stored snapshot: the domain's OrderSnapshot minus the timeline (rows of order_event), dates as ISO strings. */
export type StoredSnapshot = Record<string, unknown>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const date = (s: unknown) => (typeof s === 'string' ? new Date(s) : null);

export function encodeSnapshot(o: OrderSnapshot): StoredSnapshot {
  const { timeline: _timeline, ...rest } = o;
  return {
    ...rest,
    registeredAt: iso(o.registeredAt),
    sla: o.sla && { startAt: iso(o.sla.startAt), warnAt: iso(o.sla.warnAt), dueAt: iso(o.sla.dueAt) },
    signedAt: iso(o.signedAt),
    pendingExtension: o.pendingExtension && { ...o.pendingExtension, requestedAt: iso(o.pendingExtension.requestedAt) },
    suspendedAt: iso(o.suspendedAt),
    reply: o.reply && { ...o.reply, at: iso(o.reply.at) },
    closedAt: iso(o.closedAt),
  };
}

/** The state machine never reads the timeline, so the revived snapshot carries an empty one. */
export function decodeSnapshot(s: StoredSnapshot): OrderSnapshot {
  const x = s as any;
  return {
    ...x,
    registeredAt: date(x.registeredAt)!,
    sla: x.sla ? { startAt: date(x.sla.startAt)!, warnAt: date(x.sla.warnAt)!, dueAt: date(x.sla.dueAt)! } : null,
    signedAt: date(x.signedAt),
    pendingExtension: x.pendingExtension ? { ...x.pendingExtension, requestedAt: date(x.pendingExtension.requestedAt)! } : null,
    suspendedAt: date(x.suspendedAt),
    reply: x.reply ? { ...x.reply, at: date(x.reply.at)! } : null,
    closedAt: date(x.closedAt),
    timeline: [] as TimelineEntry[],
  };
}
