import type { ApiToken } from '@guichet/contract/tokens';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { tokenKeys } from './query-keys';

/** `GET /api/api-tokens` (admin). */
export async function listTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  const { items } = await apiRequest<{ items: ApiToken[] }>('/api/api-tokens', { signal });
  return items;
}

export function useTokens() {
  return useQuery({ queryKey: tokenKeys.all, queryFn: ({ signal }) => listTokens(signal) });
}
