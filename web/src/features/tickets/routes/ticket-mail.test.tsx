import type { InboundMailDetail } from '@guichet/contract/mail';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderPage } from '../../../test/render';
import { message, stubDocumentFonts, ticket, TICKET_ID } from '../ticket-fixtures';
import { TicketPage } from './ticket-page';

const INBOUND_ID = '00000000-0000-4000-8000-0000000e0001';

const original: InboundMailDetail = {
  id: INBOUND_ID,
  messageId: '<abc@acme.test>',
  fromEmail: 'claire@acme.test',
  fromName: 'Claire Contact',
  subject: 'Re: [#1042] Export PDF',
  status: 'reply',
  reason: null,
  detail: null,
  ticket: { id: TICKET_ID, number: 1042 },
  sizeBytes: 2048,
  attachmentCount: 0,
  receivedAt: '2025-03-10T11:00:00.000Z',
  handledAt: '2025-03-10T11:00:01.000Z',
  text: 'Toujours rien.\n\n<script>alert(1)</script>\n> Le 10 mars, Julien a écrit :\n> Pouvez-vous préciser ?',
  hasRaw: true,
};

function serve(originalMailId: string | null = null) {
  const mailTicket = ticket({
    source: 'mail',
    originalMailId,
    cc: [{ id: '00000000-0000-4000-8000-0000000c0009', name: 'Marc Lefèvre', email: 'marc@acme.test' }],
  });
  const byMail = message({
    id: '00000000-0000-4000-8000-00000000b002',
    body: 'Toujours rien.',
    author: { id: '00000000-0000-4000-8000-000000000002', name: 'Claire Contact', role: 'contact' },
    inboundMailId: INBOUND_ID,
  });
  return mockFetch((url) => {
    if (url.pathname === `/api/tickets/${TICKET_ID}`) return json(mailTicket);
    if (url.pathname === `/api/tickets/${TICKET_ID}/messages`) return json({ items: [byMail] });
    if (url.pathname === `/api/tickets/${TICKET_ID}/history`) return json({ items: [] });
    if (url.pathname === `/api/mail/inbound/${INBOUND_ID}`) return json(original);
    if (url.pathname === '/api/agents') return json({ items: [] });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

describe('TicketPage — e-mail', () => {
  beforeAll(stubDocumentFonts);

  it('shows the requester, the people in copy and « Reçu par e-mail »', async () => {
    serve();
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    await screen.findByRole('heading', { level: 1, name: "L'export PDF plante" });
    expect(screen.getAllByText('Reçu par e-mail').length).toBeGreaterThan(0);
    const details = screen.getByRole('region', { name: 'Informations' });
    expect(within(details).getByText('Claire Contact')).toBeTruthy();
    expect(within(details).getByRole('link', { name: 'claire@acme.test' }).getAttribute('href')).toBe('mailto:claire@acme.test');
    expect(within(details).getByText('En copie')).toBeTruthy();
    expect(within(details).getByText('Marc Lefèvre')).toBeTruthy();
  });

  it("opens the original of a ticket opened by mail from its description (staff)", async () => {
    serve(INBOUND_ID);
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const description = await screen.findByRole('region', { name: 'Description' });
    fireEvent.click(within(description).getByRole('button', { name: "Voir l'original" }));
    await screen.findByRole('dialog', { name: "Courriel d'origine" });
  });

  it("opens a message's original as plain text, with the .eml to download (staff)", async () => {
    const calls = serve();
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    fireEvent.click(await screen.findByRole('button', { name: "Voir l'original" }));
    const dialog = await screen.findByRole('dialog', { name: "Courriel d'origine" });
    const text = await within(dialog).findByLabelText('Texte intégral du courriel');
    expect(text.textContent).toContain('> Pouvez-vous préciser ?');
    expect(text.textContent).toContain('<script>alert(1)</script>');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(within(dialog).getByRole('link', { name: 'Télécharger (.eml)' }).getAttribute('href')).toBe(
      `/api/mail/inbound/${INBOUND_ID}/raw`,
    );
    expect(calls.filter((c) => c.url.pathname === `/api/mail/inbound/${INBOUND_ID}`)).toHaveLength(1);
  });

  it('offers no original to the client contact', async () => {
    const calls = serve();
    renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });

    await screen.findByText('Toujours rien.');
    expect(screen.queryByRole('button', { name: "Voir l'original" })).toBeNull();
    expect(calls.some((c) => c.url.pathname.startsWith('/api/mail/'))).toBe(false);
  });
});
