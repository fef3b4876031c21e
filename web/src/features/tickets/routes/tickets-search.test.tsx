import type { TicketList } from '@guichet/contract/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderPage } from '../../../test/render';
import { agent, ticket } from '../ticket-fixtures';
import { TicketListView } from '../components/ticket-list-view';
import { TicketsPage } from './tickets-page';

const counts = { open: 1, in_progress: 1, resolved: 0, closed: 0 };
const inMessage = ticket({
  subject: 'Problème de connexion',
  match: {
    field: 'message',
    excerpt: [
      { text: 'Avez-vous redémarré l’', hit: false },
      { text: 'imprimante', hit: true },
      { text: ' du bureau ?', hit: false },
    ],
  },
});
const inSubject = ticket({
  id: '00000000-0000-4000-8000-00000000a002',
  number: 1043,
  status: 'open',
  subject: 'Imprimante hors ligne',
  match: { field: 'subject', excerpt: [{ text: 'Imprimante', hit: true }, { text: ' hors ligne', hit: false }] },
});

/** Finds the two tickets for any search but « zorglubine ». */
function serve() {
  return mockFetch((url) => {
    if (url.pathname === '/api/tickets') {
      const found = url.searchParams.get('q') !== 'zorglubine';
      const page: TicketList = found
        ? { items: [inSubject, inMessage], nextCursor: null, counts }
        : { items: [], nextCursor: null, counts: { open: 0, in_progress: 0, resolved: 0, closed: 0 } };
      return json(page);
    }
    if (url.pathname === '/api/agents') return json({ items: [agent()] });
    if (url.pathname === '/api/clients') return json({ items: [], nextCursor: null });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

const ticketCalls = (calls: ReturnType<typeof serve>) => calls.filter((c) => c.url.pathname === '/api/tickets');
const searchBox = () => screen.getByRole('textbox', { name: 'Rechercher' }) as HTMLInputElement;
const sortSelect = () => screen.getByRole('combobox', { name: 'Trier par' }) as HTMLInputElement;

describe('searching the ticket list', () => {
  it('sends the words of the URL, sorted by relevance, and shows where each ticket matched', async () => {
    const calls = serve();
    renderPage(<TicketsPage />, { me: adminMe, path: '/tickets', initialEntry: '/tickets?q=imprimante&status=open,in_progress' });

    const messageLink = await screen.findByRole('link', { name: 'Problème de connexion' });
    expect(Object.fromEntries(ticketCalls(calls)[0]!.url.searchParams)).toEqual({
      q: 'imprimante',
      status: 'open,in_progress',
      sort: 'relevance',
      limit: '25',
    });
    expect(searchBox().value).toBe('imprimante');
    expect(sortSelect().value).toBe('Pertinence');

    // A match in the discussion: the passage under the subject, its word marked, and where it was found.
    const messageCell = messageLink.closest('td')!;
    expect(within(messageCell).getByText('Dans la discussion')).toBeTruthy();
    expect(messageCell.textContent).toContain('Avez-vous redémarré l’imprimante du bureau ?');
    expect([...messageCell.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['imprimante']);

    // A match in the subject: the subject itself carries the mark, no passage repeats it.
    const subjectLink = screen.getByRole('link', { name: 'Imprimante hors ligne' });
    expect(subjectLink.querySelector('mark')!.textContent).toBe('Imprimante');
    expect(within(subjectLink.closest('td')!).queryByText('Dans le sujet')).toBeNull();

    // The counts per status are the search's.
    expect(screen.getByRole('checkbox', { name: 'Ouvert (1)' })).toBeTruthy();
  });

  it('puts what is typed in the URL after a pause, and lets another order be chosen', async () => {
    const calls = serve();
    const { router } = renderPage(<TicketsPage />, { me: adminMe, path: '/tickets', initialEntry: '/tickets?status=open' });
    await screen.findByRole('link', { name: 'Problème de connexion' });
    expect(ticketCalls(calls)[0]!.url.searchParams.get('q')).toBeNull();
    expect(sortSelect().value).toBe("Création (plus récents d'abord)");

    await userEvent.type(searchBox(), 'imprimante ');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('imprimante'));
    // The space being typed stays in the box.
    expect(searchBox().value).toBe('imprimante ');
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('open');
    await waitFor(() => expect(ticketCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('relevance'));
    const typedCalls = ticketCalls(calls).filter((c) => c.url.searchParams.get('q'));
    expect(typedCalls.map((c) => c.url.searchParams.get('q'))).toEqual(['imprimante']);

    fireEvent.click(sortSelect());
    fireEvent.click(await screen.findByRole('option', { name: "Création (plus anciens d'abord)", hidden: true }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('createdAt'));
    expect(ticketCalls(calls).at(-1)!.url.searchParams.get('q')).toBe('imprimante');
  });

  it('says when nothing matches, and clears the search but keeps the other filters', async () => {
    const calls = serve();
    const { router } = renderPage(<TicketsPage />, { me: adminMe, path: '/tickets', initialEntry: '/tickets?q=zorglubine&priority=high' });

    const heading = await screen.findByRole('heading', { name: /^Aucun ticket ne correspond à «\szorglubine\s» avec ces filtres$/ });
    fireEvent.click(within(heading.parentElement!).getByRole('button', { name: 'Effacer la recherche' }));

    await waitFor(() => expect(router.state.location.search).toBe('?priority=high'));
    await screen.findByRole('link', { name: 'Problème de connexion' });
    expect(searchBox().value).toBe('');
    const last = ticketCalls(calls).at(-1)!.url.searchParams;
    expect(last.get('q')).toBeNull();
    expect(last.get('sort')).toBe('-createdAt');
  });

  it('gives a client contact the same search on their portal list', async () => {
    const calls = serve();
    renderPage(<TicketListView portal />, { me: contactMe, path: '/portal', initialEntry: '/portal?q=imprimante' });

    const link = await screen.findByRole('link', { name: 'Problème de connexion' });
    expect(link.getAttribute('href')).toBe(`/portal/tickets/${inMessage.id}`);
    expect(ticketCalls(calls)[0]!.url.searchParams.get('q')).toBe('imprimante');
    expect(within(link.closest('td')!).getByText('Dans la discussion')).toBeTruthy();
  });
});
