import type { MarkNotificationsReadBody, MarkNotificationsReadResult, NotificationList, NotificationListQuery } from '@yiwang/contracts';
import { AppError, mutate, type Actor, type RequestMeta } from '@yiwang/platform';
import { OVERSIGHT_EVENTS } from '../events.js';
import { presentNotification } from '../presenters-oversight.js';
import * as repo from '../repo/notifications.js';
import { ov } from '../repo/oversight-tables.js';
import type { HotlineDeps } from '../deps.js';

/** The caller's own inbox, newest first; nobody ever reads another person's notices. */
export async function listNotifications(
  deps: HotlineDeps,
  actor: Actor,
  query: NotificationListQuery,
  locale: 'zh-CN' | 'en',
): Promise<NotificationList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const [{ rows, total }, unreadCount] = await Promise.all([
    repo.listNotifications(ov(deps.db), actor.id, { unread: query.unread ?? false, page, pageSize }),
    repo.unreadCount(ov(deps.db), actor.id),
  ]);
  return { items: rows.map((r) => presentNotification(r, locale)), total, unreadCount, page, pageSize };
}

/** Marks the listed notices (or all) read; ids of other people's notices simply match nothing. */
export async function markNotificationsRead(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  body: MarkNotificationsReadBody,
): Promise<MarkNotificationsReadResult> {
  if ((body.ids === undefined) === (body.all === undefined)) {
    throw new AppError('VALIDATION_FAILED', { field: 'ids/all', reason: 'give either ids or all: true' });
  }
  return mutate(deps.db, meta, async (tx) => {
    const ids = await repo.markRead(ov(tx), actor.id, body.ids ?? null);
    return {
      result: { updated: ids.length, unreadCount: await repo.unreadCount(ov(tx), actor.id) },
      audit: { action: 'hotline.notification.read', resourceType: 'notification', details: { count: ids.length, all: body.all ?? false } },
      events: [{ topic: OVERSIGHT_EVENTS.notificationsRead, key: actor.id, payload: { recipientId: actor.id, ids } }],
    };
  });
}
