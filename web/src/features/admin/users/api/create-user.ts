import type { CreateUserBody, User } from '@guichet/contract/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { userKeys } from './query-keys';

/** `POST /api/users` (admin) → 201 User; 409 `email_taken`. */
export function createUser(body: CreateUserBody): Promise<User> {
  return apiRequest<User>('/api/users', { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
