import type { LinkedMailPreferences } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/** `GET /api/public/mail-preferences/{token}` (no sign-in: the signed link is the key); 404 for a bad or expired link. */
export function getLinkedMailPreferences(token: string, signal?: AbortSignal): Promise<LinkedMailPreferences> {
  return apiRequest<LinkedMailPreferences>(`/api/public/mail-preferences/${encodeURIComponent(token)}`, {
    signal,
    signOutOnUnauthorized: false,
  });
}

export function useLinkedMailPreferences(token: string) {
  return useQuery({
    queryKey: mailLinkKeys.linkedPreferences(token),
    queryFn: ({ signal }) => getLinkedMailPreferences(token, signal),
    retry: false,
  });
}
