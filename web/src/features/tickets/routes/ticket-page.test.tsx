import type { Me } from '@guichet/contract/auth';
import type { Message, Ticket } from '@guichet/contract/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderPage } from '../../../test/render';
import { agent, message, stubDocumentFonts, ticket, TICKET_ID } from '../ticket-fixtures';
import { TicketPage } from './ticket-page';

interface Api {
  ticket: Ticket;
  /** The ticket as a reply leaves it (a staff reply starts an open ticket). */
  afterReply?: Ticket;
  messages?: Message[];
  patch?: (body: unknown) => Response;
  /** Bodies of the POST and PUT calls, by path suffix (`messages`, `rating`). */
  sent?: Record<string, unknown[]>;
}

function serve({ ticket: first, afterReply, messages = [], patch, sent = {} }: Api) {
  let current = first;
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === `/api/tickets/${TICKET_ID}` && method === 'GET') return json(current);
    if (url.pathname === `/api/tickets/${TICKET_ID}` && method === 'PATCH') {
      return patch ? patch(JSON.parse(String(init?.body))) : json(current);
    }
    if (url.pathname === `/api/tickets/${TICKET_ID}/messages` && method === 'POST') {
      (sent.messages ??= []).push(JSON.parse(String(init?.body)));
      if (afterReply) current = afterReply;
      return json(message({ id: '00000000-0000-4000-8000-00000000b0ff' }), 201);
    }
    if (url.pathname === `/api/tickets/${TICKET_ID}/rating` && method === 'PUT') {
      (sent.rating ??= []).push(JSON.parse(String(init?.body)));
      return json({ stars: 4, comment: null, agent: null, createdAt: current.createdAt, updatedAt: current.createdAt });
    }
    if (url.pathname === `/api/tickets/${TICKET_ID}/messages`) return json({ items: messages });
    if (url.pathname === `/api/tickets/${TICKET_ID}/history`) return json({ items: [] });
    if (url.pathname === '/api/agents') return json({ items: [agent()] });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

const statusGroup = () => screen.getByRole('group', { name: 'Changer le statut' });

describe('TicketPage', () => {
  beforeAll(stubDocumentFonts);

  it('offers exactly the status moves of allowedTransitions', async () => {
    serve({ ticket: ticket({ status: 'in_progress', allowedTransitions: ['resolved', 'closed'] }) });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    expect(await screen.findByRole('heading', { level: 1, name: "L'export PDF plante" })).toBeTruthy();
    expect(screen.getByText('#1042')).toBeTruthy();
    const names = within(statusGroup())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Marquer comme résolu', 'Fermer le ticket']);
    expect(screen.queryByRole('button', { name: 'Démarrer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rouvrir' })).toBeNull();
  });

  it('labels each move by where the ticket comes from, and shows none when none is allowed', async () => {
    serve({ ticket: ticket({ status: 'open', assignee: null, allowedTransitions: ['in_progress', 'closed'] }) });
    const first = renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });
    await screen.findByRole('heading', { level: 1 });
    expect(within(statusGroup()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Démarrer', 'Fermer le ticket']);
    first.unmount();

    serve({ ticket: ticket({ status: 'closed', allowedTransitions: ['in_progress'] }) });
    const second = renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });
    await screen.findByRole('heading', { level: 1 });
    expect(within(statusGroup()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Rouvrir']);
    second.unmount();

    serve({
      ticket: ticket({
        status: 'in_progress',
        allowedTransitions: [],
        can: { reply: true, internalNote: false, assign: false, takeOver: false, changePriority: false, rate: false },
      }),
    });
    renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('group', { name: 'Changer le statut' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Historique' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Note interne (invisible pour le client)' })).toBeNull();
    expect(screen.getByRole('textbox', { name: /Votre réponse/ })).toBeTruthy();
  });

  it('sends the version it read, and on 409 stale_version says so and reloads the ticket', async () => {
    const bodies: unknown[] = [];
    const calls = serve({
      ticket: ticket({ version: 3 }),
      patch: (body) => {
        bodies.push(body);
        return json({ error: { code: 'stale_version', message: 'Changed.' } }, 409);
      },
    });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Marquer comme résolu' }));

    expect(await screen.findByText(/Ce ticket a été modifié entre-temps/)).toBeTruthy();
    expect(bodies).toEqual([{ version: 3, status: 'resolved' }]);
    await waitFor(() =>
      expect(calls.filter((c) => c.url.pathname === `/api/tickets/${TICKET_ID}` && c.init?.method === 'GET').length).toBe(2),
    );
  });

  it('marks an internal note, and shows system lines apart', async () => {
    serve({
      ticket: ticket(),
      messages: [
        message({ id: '00000000-0000-4000-8000-00000000b001', body: 'Réponse publique' }),
        message({ id: '00000000-0000-4000-8000-00000000b002', kind: 'internal', body: 'Le client a un vieux navigateur' }),
        message({ id: '00000000-0000-4000-8000-00000000b003', kind: 'system', body: 'auto_closed', author: null }),
      ],
    });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const discussion = await screen.findByRole('region', { name: 'Discussion' });
    await within(discussion).findByText('Le client a un vieux navigateur');
    const articles = within(discussion).getAllByRole('article');
    expect(articles).toHaveLength(2);
    const [publicReply, note] = articles;
    expect(within(note!).getByText('Note interne')).toBeTruthy();
    expect(note!.getAttribute('data-kind')).toBe('internal');
    expect(within(publicReply!).queryByText('Note interne')).toBeNull();
    expect(within(publicReply!).getByText('Agent')).toBeTruthy();
    expect(within(discussion).getByText(/Ticket fermé automatiquement/)).toBeTruthy();
  });

  it('renders HTML in a message body as text, never as elements', async () => {
    const body = 'Voici <script>alert(1)</script> et <img src=x onerror=alert(1)> et [lien](javascript:alert(1))';
    serve({ ticket: ticket(), messages: [message({ body })] });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const discussion = await screen.findByRole('region', { name: 'Discussion' });
    const article = await within(discussion).findByRole('article');
    expect(article.querySelector('script')).toBeNull();
    expect(article.querySelector('img')).toBeNull();
    expect(article.textContent).toContain('<script>alert(1)</script>');
    expect(article.textContent).toContain('<img src=x onerror=alert(1)>');
    for (const link of article.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect(document.querySelector('script')).toBeNull();
  });

  it('lets a contact rate a resolved ticket with stars and a comment', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({
      ticket: ticket({
        status: 'resolved',
        allowedTransitions: ['closed'],
        can: { reply: true, internalNote: false, assign: false, takeOver: false, changePriority: false, rate: true },
      }),
      sent,
    });
    renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });

    const section = await screen.findByRole('region', { name: 'Évaluation' });
    const group = within(section).getByRole('radiogroup', { name: 'Note' });
    fireEvent.click(within(group).getByRole('radio', { name: '4 étoiles' }));
    fireEvent.change(within(section).getByRole('textbox', { name: 'Commentaire' }), { target: { value: 'Rapide, merci' } });
    fireEvent.click(within(section).getByRole('button', { name: "Envoyer l'évaluation" }));

    await waitFor(() => expect(sent.rating).toEqual([{ stars: 4, comment: 'Rapide, merci' }]));
    // The contact may close the resolved ticket, nothing else.
    expect(within(statusGroup()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Fermer le ticket']);
  });

  it('shows staff the rating and the credited agent', async () => {
    serve({
      ticket: ticket({
        status: 'resolved',
        rating: {
          stars: 4,
          comment: 'Très bien',
          agent: { id: '00000000-0000-4000-8000-0000000000a7', name: 'Julien Moreau' },
          createdAt: '2025-03-11T09:00:00.000Z',
          updatedAt: '2025-03-11T09:00:00.000Z',
        },
      }),
    });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const section = await screen.findByRole('region', { name: 'Évaluation' });
    expect(within(section).getByRole('img', { name: '4 sur 5' })).toBeTruthy();
    expect(within(section).getByText('Très bien')).toBeTruthy();
    expect(within(section).getByText('Agent crédité : Julien Moreau')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: "Envoyer l'évaluation" })).toBeNull();
  });

  it('posts an internal note when staff switch « Note interne » on', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({ ticket: ticket(), sent });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const box = await screen.findByRole('textbox', { name: /Votre réponse/ });
    fireEvent.change(box, { target: { value: 'À voir avec la R&D' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Note interne (invisible pour le client)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));

    await waitFor(() => expect(sent.messages).toEqual([{ body: 'À voir avec la R&D', internal: true, attachmentIds: [] }]));
  });

  it('« Envoyer et marquer comme résolu »: posts the reply, then resolves the version the reply left', async () => {
    const sent: Record<string, unknown[]> = {};
    const bodies: unknown[] = [];
    const open = ticket({ status: 'open', version: 3, allowedTransitions: ['in_progress', 'closed'] });
    const started = ticket({ status: 'in_progress', version: 4, allowedTransitions: ['resolved', 'closed'] });
    serve({
      ticket: open,
      afterReply: started,
      sent,
      patch: (body) => {
        bodies.push(body);
        return json({ ...started, status: 'resolved', version: 5, allowedTransitions: ['in_progress', 'closed'] });
      },
    });
    renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    fireEvent.change(await screen.findByRole('textbox', { name: /Votre réponse/ }), { target: { value: 'Corrigé.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer et marquer comme résolu' }));

    await waitFor(() => expect(bodies).toEqual([{ version: 4, status: 'resolved' }]));
    expect(sent.messages).toEqual([{ body: 'Corrigé.', internal: false, attachmentIds: [] }]);
    expect(await screen.findByText('Réponse envoyée, ticket marqué comme résolu.')).toBeTruthy();
  });

  it('offers « Envoyer et marquer comme résolu » to staff only, and not for an internal note', async () => {
    serve({ ticket: ticket({ status: 'in_progress', allowedTransitions: ['resolved', 'closed'] }) });
    const staffView = renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });
    expect(await screen.findByRole('button', { name: 'Envoyer et marquer comme résolu' })).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Note interne (invisible pour le client)' }));
    expect(screen.queryByRole('button', { name: 'Envoyer et marquer comme résolu' })).toBeNull();
    expect(screen.getByText("Visible uniquement par l'équipe support")).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Votre réponse/ })).toBeTruthy();
    staffView.unmount();

    serve({
      ticket: ticket({
        status: 'open',
        allowedTransitions: [],
        can: { reply: true, internalNote: false, assign: false, takeOver: false, changePriority: false, rate: false },
      }),
    });
    renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });
    await screen.findByRole('textbox', { name: /Votre réponse/ });
    expect(screen.queryByRole('button', { name: 'Envoyer et marquer comme résolu' })).toBeNull();
  });

  it('puts « Prendre le ticket » first for an agent, the status moves as secondary buttons', async () => {
    const agentMe: Me = { ...adminMe, role: 'agent' };
    serve({
      ticket: ticket({
        status: 'open',
        assignee: null,
        allowedTransitions: ['in_progress', 'closed'],
        can: { reply: true, internalNote: true, assign: false, takeOver: true, changePriority: true, rate: false },
      }),
    });
    renderPage(<TicketPage />, { me: agentMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });

    const actions = await screen.findByRole('region', { name: 'Actions' });
    const buttons = within(actions).getAllByRole('button');
    expect(buttons[0]!.textContent).toBe('Prendre le ticket');
    const start = within(statusGroup()).getByRole('button', { name: 'Démarrer' });
    expect(start.getAttribute('data-variant')).toBe('default');
  });

  it('tells staff and the contact whose move it is', async () => {
    serve({ ticket: ticket({ waitingOn: 'client' }) });
    const staffView = renderPage(<TicketPage />, { me: adminMe, path: '/tickets/:ticketId', initialEntry: `/tickets/${TICKET_ID}` });
    expect(await screen.findByText('En attente du client')).toBeTruthy();
    staffView.unmount();

    const contactCan = { reply: true, internalNote: false, assign: false, takeOver: false, changePriority: false, rate: true };
    serve({ ticket: ticket({ status: 'resolved', waitingOn: 'client', allowedTransitions: ['closed'], can: contactCan }) });
    const resolved = renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });
    expect(await screen.findByText('À confirmer')).toBeTruthy();
    // Not rated yet: the rating comes first in the side column.
    const rating = screen.getByRole('region', { name: 'Évaluation' });
    const details = screen.getByRole('region', { name: 'Informations' });
    expect(rating.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    resolved.unmount();

    serve({ ticket: ticket({ status: 'closed', waitingOn: null, allowedTransitions: [], can: contactCan }) });
    const closed = renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });
    expect(await screen.findByText('Ce ticket est terminé. Êtes-vous satisfait de notre réponse ?')).toBeTruthy();
    closed.unmount();

    serve({ ticket: ticket({ waitingOn: 'support', allowedTransitions: [], can: { ...contactCan, rate: false } }) });
    renderPage(<TicketPage />, { me: contactMe, path: '/portal/tickets/:ticketId', initialEntry: `/portal/tickets/${TICKET_ID}` });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('À traiter')).toBeNull();
    expect(screen.queryByText('Réponse attendue de votre part')).toBeNull();
  });
});
