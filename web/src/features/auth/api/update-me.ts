import type { Me, UpdateMeBody } from '@guichet/contract/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { setMe } from '../../../lib/auth';

/** `PATCH /api/auth/me` — language and display name, remembered for the user. */
export function updateMe(body: UpdateMeBody): Promise<Me> {
  return apiRequest<Me>('/api/auth/me', { method: 'PATCH', body });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => setMe(queryClient, me),
  });
}
