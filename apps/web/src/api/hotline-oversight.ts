import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { optional } from './optional';
import { queryClient } from './query-client';

export interface ReplyTemplate {
  id: string;
  title: string;
  content: string;
  categoryPrefix: string | null;
}

export type CardColour = 'red' | 'yellow' | 'green';

export interface UnitCardView {
  unitId: string;
  unitName: string;
  card: CardColour;
  why: string;
  overdue: Array<{ orderId: string; orderNo: string; workingDaysLate: number; open: boolean }>;
}

export interface NotificationItem {
  id: string;
  orderId: string | null;
  orderNo: string | null;
  topic: string;
  title: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unreadCount: number;
}

/** The unit's reply templates; null where the server offers none (the picker is then hidden). */
export function useReplyTemplates(enabled: boolean) {
  return useQuery({
    queryKey: ['hotline-reply-templates'],
    queryFn: () => optional(api<ReplyTemplate[]>('/api/hotline/reply-templates')),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useUnitCards() {
  return useQuery({ queryKey: ['hotline-unit-cards'], queryFn: () => optional(api<UnitCardView[]>('/api/hotline/unit-cards')) });
}

const notificationsKey = ['hotline-notifications'] as const;
/** How often the bell asks for news: a 督办 notice may wait half a minute, not longer. */
export const NOTIFICATION_POLL_MS = 30_000;

export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => optional(api<NotificationPage>('/api/hotline/notifications', { query: { unread: true } })),
    enabled,
    // a server without the inbox answers 404 once; asking again every half minute would be noise
    refetchInterval: (q) => (q.state.data === null ? false : NOTIFICATION_POLL_MS),
  });
}

export function useMarkNotificationsRead() {
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) => api<unknown>('/api/hotline/notifications/read', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
