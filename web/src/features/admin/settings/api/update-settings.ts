import type { Settings } from '@guichet/contract/settings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { settingsKeys } from './query-keys';

/** `PATCH /api/settings` (admin): only the fields sent change → the whole Settings. */
export function updateSettings(body: Partial<Settings>): Promise<Settings> {
  return apiRequest<Settings>('/api/settings', { method: 'PATCH', body });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.all, settings),
  });
}
