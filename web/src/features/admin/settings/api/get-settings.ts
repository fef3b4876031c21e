import type { Settings } from '@guichet/contract/settings';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { settingsKeys } from './query-keys';

/** `GET /api/settings` (admin). */
export function getSettings(signal?: AbortSignal): Promise<Settings> {
  return apiRequest<Settings>('/api/settings', { signal });
}

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.all, queryFn: ({ signal }) => getSettings(signal) });
}
