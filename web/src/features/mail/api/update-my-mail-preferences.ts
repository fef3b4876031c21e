import type { MailPreferences, UpdateMailPreferencesBody } from '@guichet/contract/mail';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/** `PATCH /api/me/mail-preferences`: only the categories given change → MailPreferences. */
export function updateMyMailPreferences(body: UpdateMailPreferencesBody): Promise<MailPreferences> {
  return apiRequest<MailPreferences>('/api/me/mail-preferences', { method: 'PATCH', body });
}

export function useUpdateMyMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyMailPreferences,
    onSuccess: (saved) => queryClient.setQueryData(mailLinkKeys.myPreferences, saved),
  });
}
