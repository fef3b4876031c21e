import type { InboundMailDetail, QuarantineActionBody } from '@guichet/contract/mail';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { inboundMailQueryKey } from '../../../../lib/get-inbound-mail';
import { mailKeys } from './query-keys';

/**
 * `POST /api/mail/inbound/{id}/action` (admin), on a quarantined mail: accept the sender as a
 * client's contact, attach the mail to a ticket, or delete it → the mail as it now stands.
 */
export function actOnInbound(id: string, body: QuarantineActionBody): Promise<InboundMailDetail> {
  return apiRequest<InboundMailDetail>(`/api/mail/inbound/${encodeURIComponent(id)}/action`, { method: 'POST', body });
}

export function useActOnInbound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: QuarantineActionBody }) => actOnInbound(id, body),
    onSuccess: (mail) => {
      queryClient.setQueryData(inboundMailQueryKey(mail.id), mail);
      // A new ticket or message, or a new contact, may have come of it.
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
      return queryClient.invalidateQueries({ queryKey: [...mailKeys.inbound(), 'list'] });
    },
  });
}
