import type { MailSettings } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys } from './query-keys';

/** `GET /api/mail/settings` (admin): servers and sender; passwords only as « set » or not. */
export function getMailSettings(signal?: AbortSignal): Promise<MailSettings> {
  return apiRequest<MailSettings>('/api/mail/settings', { signal });
}

export function useMailSettings() {
  return useQuery({ queryKey: mailKeys.settings(), queryFn: ({ signal }) => getMailSettings(signal) });
}
