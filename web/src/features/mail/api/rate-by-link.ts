import type { LinkedRating } from '@guichet/contract/mail';
import type { RateBody, Rating } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { mailLinkKeys } from './query-keys';

/** `PUT /api/public/rating/{token}` {stars, comment} → Rating (changeable); 409 `not_rateable` once reopened. */
export function rateByLink(token: string, body: RateBody): Promise<Rating> {
  return apiRequest<Rating>(`/api/public/rating/${encodeURIComponent(token)}`, { method: 'PUT', body, signOutOnUnauthorized: false });
}

export function useRateByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RateBody) => rateByLink(token, body),
    onSuccess: (rating) =>
      queryClient.setQueryData<LinkedRating>(mailLinkKeys.linkedRating(token), (linked) =>
        linked ? { ...linked, stars: rating.stars, comment: rating.comment } : linked,
      ),
  });
}
