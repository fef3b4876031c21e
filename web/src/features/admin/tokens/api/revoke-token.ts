import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { tokenKeys } from './query-keys';

/** `DELETE /api/api-tokens/{id}` (admin) → 204: the token stops working at once. */
export function revokeToken(id: string): Promise<void> {
  return apiRequest<void>(`/api/api-tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
