import type { OutboxMailDetail } from '@guichet/contract/mail';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys } from './query-keys';

/** `POST /api/mail/outbox/{id}/resend` (admin, a `failed` mail only) → the mail, queued again. */
export function resendOutboxMail(id: string): Promise<OutboxMailDetail> {
  return apiRequest<OutboxMailDetail>(`/api/mail/outbox/${encodeURIComponent(id)}/resend`, { method: 'POST' });
}

export function useResendOutboxMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendOutboxMail,
    onSuccess: (mail) => {
      queryClient.setQueryData(mailKeys.outboxDetail(mail.id), mail);
      return queryClient.invalidateQueries({ queryKey: [...mailKeys.outbox(), 'list'] });
    },
  });
}
