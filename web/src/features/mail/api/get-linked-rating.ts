import type { LinkedRating } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/**
 * `GET /api/public/rating/{token}`: the ticket a resolution mail's « Évaluer » link rates. Only a
 * read: mail scanners open links, so nothing is ever rated by opening the page.
 */
export function getLinkedRating(token: string, signal?: AbortSignal): Promise<LinkedRating> {
  return apiRequest<LinkedRating>(`/api/public/rating/${encodeURIComponent(token)}`, { signal, signOutOnUnauthorized: false });
}

export function useLinkedRating(token: string) {
  return useQuery({
    queryKey: mailLinkKeys.linkedRating(token),
    queryFn: ({ signal }) => getLinkedRating(token, signal),
    retry: false,
  });
}
