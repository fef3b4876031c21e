import type { MailConnectionTest } from '@guichet/contract/mail';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';

export type MailServer = 'smtp' | 'imap';

/** `POST /api/mail/settings/test` (admin): tries the server in effect (the saved settings) → {ok, message}. */
export function testMailConnection(server: MailServer): Promise<MailConnectionTest> {
  return apiRequest<MailConnectionTest>('/api/mail/settings/test', { method: 'POST', body: { server } });
}

export function useTestMailConnection() {
  return useMutation({ mutationFn: testMailConnection });
}
