import type { UserList } from '@guichet/contract/users';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { userKeys, type UserListParams } from './query-keys';

/** `GET /api/users` (admin) — staff accounts, keyset page. */
export function listUsers(params: UserListParams, signal?: AbortSignal): Promise<UserList> {
  return apiRequest<UserList>('/api/users', { query: { ...params }, signal });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
