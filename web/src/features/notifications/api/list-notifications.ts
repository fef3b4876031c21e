import type { NotificationList } from '@guichet/contract/notifications';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { notificationKeys } from './query-keys';

/** How often the bell asks for news: often enough to feel live, without a socket. */
export const NOTIFICATIONS_POLL_MS = 15_000;
const LIMIT = 20;

/** `GET /api/notifications?limit=20` → the latest notifications (read or not) and the unread count. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiRequest<NotificationList>('/api/notifications', { query: { limit: LIMIT }, signal });
}

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    staleTime: 0,
  });
}
