import type { LinkedMailPreferences, UpdateMailPreferencesBody } from '@guichet/contract/mail';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/** `PUT /api/public/mail-preferences/{token}`: only the categories given change → LinkedMailPreferences. */
export function updateLinkedMailPreferences(token: string, body: UpdateMailPreferencesBody): Promise<LinkedMailPreferences> {
  return apiRequest<LinkedMailPreferences>(`/api/public/mail-preferences/${encodeURIComponent(token)}`, {
    method: 'PUT',
    body,
    signOutOnUnauthorized: false,
  });
}

export function useUpdateLinkedMailPreferences(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMailPreferencesBody) => updateLinkedMailPreferences(token, body),
    onSuccess: (saved) => queryClient.setQueryData(mailLinkKeys.linkedPreferences(token), saved),
  });
}
