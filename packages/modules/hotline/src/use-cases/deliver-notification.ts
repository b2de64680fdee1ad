import { activeAccountKind, activeStaffWithRole } from '@yiwang/identity';
import { newId, publish, SYSTEM_META, writeAudit, type OutboxEvent, type Tx } from '@yiwang/platform';
import type { Recipient } from '../domain/index.js';
import { scopeCoversOrder } from '../domain/notices.js';
import { OVERSIGHT_EVENTS } from '../events.js';
import * as orders from '../repo/orders.js';
import { insertNotifications } from '../repo/notifications.js';
import { ov } from '../repo/oversight-tables.js';
import { hot } from '../repo/tables.js';

interface NotifyPayload {
  orderId: string;
  recipient: Recipient;
  topic: string;
}

const isPayload = (p: Record<string, unknown>): p is Record<string, unknown> & NotifyPayload =>
  typeof p.orderId === 'string' &&
  typeof p.topic === 'string' &&
  /^[a-z_]{1,40}$/.test(p.topic) &&
  typeof (p.recipient as { kind?: unknown } | null)?.kind === 'string';

/**
 * The accounts a notice reaches: a unit's handling staff; hotline agents or supervisors whose data
 * scope covers the order; the caller only when they filed it from a portal account (a phone caller
 * has no inbox — SMS would be a channel of its own).
 */
async function resolveRecipients(tx: Tx, order: orders.OrderRow, to: Recipient): Promise<string[]> {
  if (to.kind === 'unit') return (await activeStaffWithRole(tx, 'handling_unit', to.unitId)).map((s) => s.id);
  if (to.kind === 'role') {
    const place = { unitId: order.unit_id, coUnitIds: order.co_units, divisionCode: order.division_code };
    return (await activeStaffWithRole(tx, to.role)).filter((s) => scopeCoversOrder(s, place)).map((s) => s.id);
  }
  if (order.created_by === null) return [];
  const kind = await activeAccountKind(tx, order.created_by);
  return kind === 'citizen' || kind === 'enterprise' ? [order.created_by] : [];
}

/**
 * Subscriber of hotline.order.notify: stores one notice per recipient, with its audit record and a
 * delivery event, in the transaction that also marks the event processed (see subscribers.ts).
 * Returns how many notices were new.
 */
export async function deliverNotification(tx: Tx, event: OutboxEvent): Promise<number> {
  const p = event.payload;
  if (!isPayload(p)) return 0;
  const order = await orders.findOrder(hot(tx), { kind: 'all' }, p.orderId);
  if (!order) return 0;
  const recipients = [...new Set(await resolveRecipients(tx, order, p.recipient))];
  const stored = await insertNotifications(
    ov(tx),
    recipients.map((recipientId) => ({
      id: newId(),
      event_id: event.id,
      recipient_id: recipientId,
      order_id: order.id,
      order_no: order.order_no,
      topic: p.topic,
    })),
  );
  if (stored === 0) return 0;
  await writeAudit(tx, SYSTEM_META, {
    action: 'hotline.notification.deliver',
    resourceType: 'work_order',
    resourceId: order.id,
    divisionCode: order.division_code,
    departmentId: order.unit_id,
    details: { orderNo: order.order_no, topic: p.topic, recipient: p.recipient, accounts: stored, eventId: event.id },
  });
  await publish(tx, SYSTEM_META, {
    topic: OVERSIGHT_EVENTS.notificationsDelivered,
    key: order.id,
    payload: { orderId: order.id, topic: p.topic, recipientIds: recipients },
  });
  return stored;
}
