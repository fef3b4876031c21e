import type { MailSettings, UpdateMailSettingsBody } from '@guichet/contract/mail';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys } from './query-keys';

/**
 * `PATCH /api/mail/settings` (admin) → MailSettings. A password is sent only when typed (`null`
 * removes it); 400 `secret_key_missing` when the server cannot store one.
 */
export function updateMailSettings(body: UpdateMailSettingsBody): Promise<MailSettings> {
  return apiRequest<MailSettings>('/api/mail/settings', { method: 'PATCH', body });
}

export function useUpdateMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(mailKeys.settings(), settings);
      // Whether SMTP is set shows on the outbox.
      return queryClient.invalidateQueries({ queryKey: mailKeys.outbox() });
    },
  });
}
