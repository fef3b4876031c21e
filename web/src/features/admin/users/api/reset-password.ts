import type { ResetPasswordBody } from '@guichet/contract/users';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';

/** `POST /api/users/{id}/password` (admin) → 204: sets a new password for someone else. */
export function resetPassword(id: string, body: ResetPasswordBody): Promise<void> {
  return apiRequest<void>(`/api/users/${encodeURIComponent(id)}/password`, { method: 'POST', body });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ResetPasswordBody }) => resetPassword(id, body),
  });
}
