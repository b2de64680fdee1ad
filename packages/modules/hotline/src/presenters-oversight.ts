import type { NotificationView, ReplyTemplateView } from '@yiwang/contracts';
import { noticeTitle } from './domain/notices.js';
import type { StoredNotification } from './repo/notifications.js';
import type { TemplateRow } from './repo/reply-templates.js';

// API shapes of the oversight area, built here and never straight from rows.
const iso = (d: Date | string) => new Date(d).toISOString();

export const presentNotification = (n: StoredNotification, locale: 'zh-CN' | 'en'): NotificationView => ({
  id: n.id,
  orderId: n.order_id,
  orderNo: n.order_no,
  topic: n.topic,
  title: noticeTitle(n.topic, locale),
  createdAt: iso(n.created_at),
  readAt: n.read_at === null ? null : iso(n.read_at),
});

export const presentTemplate = (t: TemplateRow): ReplyTemplateView => ({
  id: t.id,
  title: t.title,
  content: t.content,
  categoryPrefix: t.category_prefix,
  ownerUnitId: t.owner_unit_id,
  version: t.version,
});
