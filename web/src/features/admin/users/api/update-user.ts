import type { UpdateUserBody, User } from '@guichet/contract/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { userKeys } from './query-keys';

/** `PATCH /api/users/{id}` (admin): name, role, deactivate/reactivate; 409 `cannot_deactivate_self`. */
export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
