import type { NotificationList } from '@guichet/contract/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { notificationKeys } from './query-keys';

/** `POST /api/notifications/{id}/read` → 204. */
export function markNotificationRead(id: string): Promise<void> {
  return apiRequest<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

/** Marks one notification read, at once in the bell (the server confirms on the next poll). */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.list() });
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationList>(notificationKeys.list(), (list) => {
        if (!list) return list;
        const wasUnread = list.items.some((n) => n.id === id && !n.readAt);
        return {
          items: list.items.map((n) => (n.id === id && !n.readAt ? { ...n, readAt } : n)),
          unreadCount: Math.max(0, list.unreadCount - (wasUnread ? 1 : 0)),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
