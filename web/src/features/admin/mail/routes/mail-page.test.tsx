import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { outboxDetail, outboxList, outboxMail } from '../mail-fixtures';
import { MailPage } from './mail-page';

const failed = outboxMail({
  id: '00000000-0000-4000-8000-0000000d0002',
  subject: '[#1042] Ticket résolu',
  kind: 'ticket_resolved',
  status: 'failed',
  attempts: 5,
  lastError: '550 5.1.1 Mailbox unknown',
});

function serveOutbox(smtpConfigured: boolean) {
  const posts: string[] = [];
  const calls = mockFetch((url, init) => {
    if (url.pathname === '/api/mail/outbox') return json(outboxList([outboxMail(), failed], { smtpConfigured }));
    if (url.pathname === `/api/mail/outbox/${outboxMail().id}`) return json(outboxDetail());
    if (url.pathname === `/api/mail/outbox/${failed.id}`) return json(outboxDetail({ ...failed }));
    if (url.pathname === `/api/mail/outbox/${failed.id}/resend` && init?.method === 'POST') {
      posts.push(url.pathname);
      return json(outboxDetail({ ...failed, status: 'queued' }));
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return { calls, posts };
}

describe('MailPage — « Envoyés »', () => {
  it('says mails wait while no SMTP server is set, with the counts per status', async () => {
    const { calls } = serveOutbox(false);
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail' });

    expect(await screen.findByText('Aucun serveur SMTP : les courriels attendent ici')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tous (16)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'En attente (3)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Échec (1)' })).toBeTruthy();
    expect(screen.getByText('550 5.1.1 Mailbox unknown')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Échec (1)' }));
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get('status')).toBe('failed'));
  });

  it('shows no alert once SMTP is set', async () => {
    serveOutbox(true);
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail' });
    await screen.findByText('[#1042] Nouvelle réponse');
    expect(screen.queryByText('Aucun serveur SMTP : les courriels attendent ici')).toBeNull();
  });

  it('previews the HTML only inside a sandboxed frame: a <script> of the mail never becomes part of the page', async () => {
    serveOutbox(true);
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail' });

    fireEvent.click(await screen.findByRole('button', { name: '[#1042] Nouvelle réponse' }));
    const drawer = await screen.findByRole('dialog', { name: 'Détail du courriel' });
    const frame = (await within(drawer).findByTitle('Aperçu de la version HTML du courriel')) as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<script>window.__pwned = true;</script>');
    // Nothing of the mail's HTML is in the page itself.
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(drawer.querySelector('b')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();

    fireEvent.click(within(drawer).getByRole('tab', { name: 'Texte' }));
    expect((await within(drawer).findByText(/Julien a répondu\./)).textContent).toContain('Bonjour Claire,');
    fireEvent.click(within(drawer).getByRole('tab', { name: 'En-têtes' }));
    expect(await within(drawer).findByText('Support <support@guichet.test>')).toBeTruthy();
    expect(within(drawer).queryByRole('button', { name: 'Renvoyer' })).toBeNull();
  });

  it('sends a failed mail again with « Renvoyer »', async () => {
    const { posts } = serveOutbox(true);
    const user = userEvent.setup();
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail' });

    await user.click(await screen.findByRole('button', { name: '[#1042] Ticket résolu' }));
    const drawer = await screen.findByRole('dialog', { name: 'Détail du courriel' });
    await user.click(await within(drawer).findByRole('button', { name: 'Renvoyer' }));
    await waitFor(() => expect(posts).toEqual([`/api/mail/outbox/${failed.id}/resend`]));
    expect(await screen.findByText('Courriel remis dans la file d\'envoi.')).toBeTruthy();
  });
});
