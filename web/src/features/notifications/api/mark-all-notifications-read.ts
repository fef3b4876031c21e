import type { NotificationList } from '@guichet/contract/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { notificationKeys } from './query-keys';

/** `POST /api/notifications/read-all` → 204. */
export function markAllNotificationsRead(): Promise<void> {
  return apiRequest<void>('/api/notifications/read-all', { method: 'POST' });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.list() });
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationList>(notificationKeys.list(), (list) =>
        list ? { items: list.items.map((n) => (n.readAt ? n : { ...n, readAt })), unreadCount: 0 } : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
