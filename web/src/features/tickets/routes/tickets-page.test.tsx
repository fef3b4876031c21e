import type { TicketList } from '@guichet/contract/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { agent, CLIENT_ID, ticket } from '../ticket-fixtures';
import { TicketsPage } from './tickets-page';

const counts = { open: 4, in_progress: 2, resolved: 1, closed: 7 };
const first = ticket({ status: 'open', priority: 'high', assignee: null });
const second = ticket({ id: '00000000-0000-4000-8000-00000000a002', number: 1043, subject: 'Mot de passe oublié' });

function serve() {
  return mockFetch((url) => {
    if (url.pathname === '/api/tickets') {
      const page: TicketList =
        url.searchParams.get('cursor') === 'page-2'
          ? { items: [second], nextCursor: null, counts }
          : { items: [first], nextCursor: 'page-2', counts };
      return json(page);
    }
    if (url.pathname === '/api/agents') return json({ items: [agent()] });
    if (url.pathname === `/api/clients/${CLIENT_ID}`) return json({ id: CLIENT_ID, name: 'Acme SARL' });
    if (url.pathname === '/api/clients') return json({ items: [], nextCursor: null });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

const ticketCalls = (calls: ReturnType<typeof serve>) => calls.filter((c) => c.url.pathname === '/api/tickets');

describe('TicketsPage', () => {
  it('reads its filters from the URL and sends them to the API', async () => {
    const calls = serve();
    renderPage(<TicketsPage />, {
      me: adminMe,
      path: '/tickets',
      initialEntry: `/tickets?clientId=${CLIENT_ID}&status=open,in_progress&assigneeId=none&from=2025-03-01&to=2025-03-31&sort=-priority`,
    });

    const link = await screen.findByRole('link', { name: "L'export PDF plante" });
    expect(link.getAttribute('href')).toBe(`/tickets/${first.id}`);
    const query = ticketCalls(calls)[0]!.url.searchParams;
    expect(Object.fromEntries(query)).toEqual({
      clientId: CLIENT_ID,
      status: 'open,in_progress',
      assigneeId: 'none',
      from: '2025-03-01',
      to: '2025-03-31',
      sort: '-priority',
      limit: '25',
    });
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('#1042')).toBeTruthy();
    expect(within(row).getByText('Non assigné')).toBeTruthy();
    expect(within(row).getByText('Haute')).toBeTruthy();
    expect(within(row).getByText('Ouvert')).toBeTruthy();
    // Status chips carry the per-status counts; the selected ones are checked.
    expect((screen.getByRole('checkbox', { name: 'Ouvert (4)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Fermé (7)' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Non assignés' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('puts a filter in the URL and asks again from the first page', async () => {
    const calls = serve();
    const { router } = renderPage(<TicketsPage />, { me: adminMe, path: '/tickets' });
    await screen.findByRole('link', { name: "L'export PDF plante" });

    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('link', { name: 'Mot de passe oublié' });
    expect(ticketCalls(calls).at(-1)!.url.searchParams.get('cursor')).toBe('page-2');

    fireEvent.click(screen.getByRole('button', { name: 'Non assignés' }));
    await waitFor(() => expect(router.state.location.search).toBe('?assigneeId=none'));
    await screen.findByRole('link', { name: "L'export PDF plante" });
    const last = ticketCalls(calls).at(-1)!.url.searchParams;
    expect(last.get('assigneeId')).toBe('none');
    expect(last.get('cursor')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Résolu (1)' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('status')).toBe('resolved'));
  });

  it('shows the unassigned queue oldest first unless another order is chosen, and whose move it is', async () => {
    const calls = serve();
    const { router } = renderPage(<TicketsPage />, { me: adminMe, path: '/tickets', initialEntry: '/tickets?assigneeId=none' });
    await screen.findByRole('link', { name: "L'export PDF plante" });
    expect(ticketCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('createdAt');
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByText('À traiter')).toBeTruthy();

    // Leaving the queue goes back to newest first; the link stays short.
    fireEvent.click(screen.getByRole('button', { name: 'Non assignés' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(ticketCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('-createdAt'));
  });

  it('keeps an order chosen in the unassigned queue', async () => {
    const calls = serve();
    renderPage(<TicketsPage />, { me: adminMe, path: '/tickets', initialEntry: '/tickets?assigneeId=none&sort=-createdAt' });
    await screen.findByRole('link', { name: "L'export PDF plante" });
    expect(ticketCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('-createdAt');
  });
});
