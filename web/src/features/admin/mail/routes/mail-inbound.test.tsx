import type { InboundMail } from '@guichet/contract/mail';
import type { TicketSummary } from '@guichet/contract/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { inboundMail } from '../mail-fixtures';
import { MailPage } from './mail-page';

const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';
const TICKET_ID = '00000000-0000-4000-8000-00000000a001';

const summary: TicketSummary = {
  id: TICKET_ID,
  number: 1042,
  subject: 'Facture de mars',
  status: 'open',
  priority: 'normal',
  client: { id: CLIENT_ID, name: 'Acme SARL' },
  requester: null,
  assignee: null,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  lastActivityAt: '2025-03-01T09:00:00.000Z',
  waitingOn: 'support',
  version: 1,
};

function serve(items: InboundMail[] = [inboundMail()]) {
  const actions: unknown[] = [];
  const calls = mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/mail/inbound') return json({ items, nextCursor: null });
    const action = /^\/api\/mail\/inbound\/([^/]+)\/action$/.exec(url.pathname);
    if (action && method === 'POST') {
      actions.push(JSON.parse(String(init?.body)));
      return json({ ...inboundMail(), status: 'reply', ticket: { id: TICKET_ID, number: 1042 }, text: 'x', hasRaw: true });
    }
    if (url.pathname === `/api/mail/inbound/${inboundMail().id}`) return json({ ...inboundMail(), text: 'Bonjour,\nma facture.', hasRaw: true });
    if (url.pathname === '/api/clients') {
      return json({ items: [{ id: CLIENT_ID, name: 'Acme SARL' }], nextCursor: null });
    }
    if (url.pathname === '/api/tickets') {
      return json({
        items: [summary],
        nextCursor: null,
        counts: { open: 1, in_progress: 0, resolved: 0, closed: 0 },
      });
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return { calls, actions };
}

const handle = () => screen.findByRole('button', { name: 'Traiter le courriel de inconnu@example.test' });

describe('MailPage — « Reçus »', { timeout: 15_000 }, () => {
  it('lists the quarantine by default, with the reason in words', async () => {
    const { calls } = serve([
      inboundMail(),
      inboundMail({ id: '00000000-0000-4000-8000-0000000e0002', fromEmail: 'robot@example.test', reason: 'auto_reply' }),
      inboundMail({ id: '00000000-0000-4000-8000-0000000e0003', fromEmail: 'x@example.test', reason: 'strange_thing' }),
    ]);
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=inbound' });

    expect(await screen.findByText('Expéditeur inconnu')).toBeTruthy();
    expect(screen.getByText('Réponse automatique')).toBeTruthy();
    expect(screen.getByText('strange_thing')).toBeTruthy();
    expect(screen.getAllByText('Quarantaine').length).toBeGreaterThan(1);
    const listCall = calls.find((c) => c.url.pathname === '/api/mail/inbound')!;
    expect(listCall.url.searchParams.get('status')).toBe('quarantined');
    expect((screen.getByRole('radio', { name: 'Quarantaine' }) as HTMLInputElement).checked).toBe(true);
  });

  it('accepts the sender as a contact of the chosen client', async () => {
    const { actions } = serve();
    const user = userEvent.setup();
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=inbound' });

    await user.click(await handle());
    await user.click(await screen.findByRole('menuitem', { name: "Accepter comme contact d'un client", hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: "Accepter comme contact d'un client" });

    await user.click(within(dialog).getByRole('button', { name: 'Accepter' }));
    expect(await within(dialog).findByText('Choisissez le client.')).toBeTruthy();
    expect(actions).toEqual([]);

    await user.click(within(dialog).getByRole('combobox', { name: /Client/ }));
    await user.click(await screen.findByRole('option', { name: 'Acme SARL', hidden: true }));
    const name = within(dialog).getByRole('textbox', { name: 'Nom du contact' });
    expect((name as HTMLInputElement).value).toBe('Paul Inconnu');
    await user.clear(name);
    await user.type(name, 'Paul Martin');
    await user.click(within(dialog).getByRole('button', { name: 'Accepter' }));

    await waitFor(() => expect(actions).toEqual([{ action: 'accept_contact', clientId: CLIENT_ID, name: 'Paul Martin' }]));
  });

  it('attaches the mail to a ticket found by search', async () => {
    const { actions, calls } = serve();
    const user = userEvent.setup();
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=inbound' });

    await user.click(await handle());
    await user.click(await screen.findByRole('menuitem', { name: 'Rattacher à un ticket', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Rattacher à un ticket' });
    const picker = within(dialog).getByRole('combobox', { name: /Ticket/ });
    await user.click(picker);
    await user.type(picker, 'facture');
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/tickets' && c.url.searchParams.get('q') === 'facture')).toBe(true));
    await user.click(await screen.findByRole('option', { name: '#1042 — Facture de mars · Acme SARL', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Rattacher' }));

    await waitFor(() => expect(actions).toEqual([{ action: 'attach', ticketId: TICKET_ID }]));
    expect(await screen.findByText('Courriel rattaché au ticket #1042.')).toBeTruthy();
  });

  it('deletes a quarantined mail after confirmation', async () => {
    const { actions } = serve();
    const user = userEvent.setup();
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=inbound' });

    await user.click(await handle());
    await user.click(await screen.findByRole('menuitem', { name: 'Supprimer', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer ce courriel ?' });
    expect(actions).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(actions).toEqual([{ action: 'delete' }]));
  });

  it('opens the original as text', async () => {
    serve();
    renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=inbound' });

    fireEvent.click(await screen.findByRole('button', { name: 'Ma facture' }));
    const dialog = await screen.findByRole('dialog', { name: "Courriel d'origine" });
    expect((await within(dialog).findByLabelText('Texte intégral du courriel')).textContent).toBe('Bonjour,\nma facture.');
  });
});
