import type { MailPreferences } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/** `GET /api/me/mail-preferences` (staff or a portal contact): one switch per kind of mail, and their language. */
export function getMyMailPreferences(signal?: AbortSignal): Promise<MailPreferences> {
  return apiRequest<MailPreferences>('/api/me/mail-preferences', { signal });
}

/** Read fresh each time the modal opens: a mail's link may have changed them meanwhile. */
export function useMyMailPreferences(enabled: boolean) {
  return useQuery({
    queryKey: mailLinkKeys.myPreferences,
    queryFn: ({ signal }) => getMyMailPreferences(signal),
    enabled,
    staleTime: 0,
  });
}
