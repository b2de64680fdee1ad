import { useMutation, useQuery } from '@tanstack/react-query';
import type { MarkNotificationsReadBody, NotificationList, NotificationView, ReplyTemplateView, UnitCardView } from '@yiwang/contracts';
import { api } from './client';
import { optional } from './optional';
import { queryClient } from './query-client';

export type CardColour = UnitCardView['card'];
export type { NotificationView, ReplyTemplateView, UnitCardView };

/** The unit's reply templates; null where the server offers none (the picker is then hidden). */
export function useReplyTemplates(enabled: boolean) {
  return useQuery({
    queryKey: ['hotline-reply-templates'],
    queryFn: () => optional(api<ReplyTemplateView[]>('/api/hotline/reply-templates')),
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
    queryFn: () => optional(api<NotificationList>('/api/hotline/notifications', { query: { unread: true } })),
    enabled,
    // a server without the inbox answers 404 once; asking again every half minute would be noise
    refetchInterval: (q) => (q.state.data === null ? false : NOTIFICATION_POLL_MS),
  });
}

export function useMarkNotificationsRead() {
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) => api<unknown>('/api/hotline/notifications/read', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
