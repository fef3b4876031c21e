import type { CreatedApiToken } from '@guichet/contract/tokens';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { tokenKeys } from './query-keys';

/** `POST /api/api-tokens` (admin) → the secret token (shown once) and its record. */
export function createToken(body: { name: string }): Promise<CreatedApiToken> {
  return apiRequest<CreatedApiToken>('/api/api-tokens', { method: 'POST', body });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
