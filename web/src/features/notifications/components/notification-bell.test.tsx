import type { Notification, NotificationList } from '@guichet/contract/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { adminMe, json, mockFetch, renderRoutes } from '../../../test/render';
import { NotificationBell } from './notification-bell';

const TICKET_ID = '00000000-0000-4000-8000-0000000000a1';

function notification(overrides: Partial<Notification>): Notification {
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    kind: 'client_replied',
    ticket: { id: TICKET_ID, number: 1042, subject: "L'imprimante ne répond plus" },
    actor: { id: '00000000-0000-4000-8000-0000000000b1', name: 'Claire Contact' },
    budget: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}

/** A tiny notifications server: the list, and the two ways of marking read. */
function serveNotifications(initial: Notification[]) {
  let items = initial;
  const list = (): NotificationList => ({ items, unreadCount: items.filter((n) => !n.readAt).length });
  const calls = mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/api/notifications') return json(list());
    const one = /^\/api\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (method === 'POST' && one) {
      items = items.map((n) => (n.id === one[1] ? { ...n, readAt: new Date().toISOString() } : n));
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && url.pathname === '/api/notifications/read-all') {
      items = items.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() }));
      return new Response(null, { status: 204 });
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return calls;
}

function renderBell() {
  return renderRoutes(
    [
      {
        // Like the header: the bell stays while the page below changes.
        path: '/',
        element: (
          <>
            <NotificationBell ticketHref={(id) => `/tickets/${id}`} />
            <Outlet />
          </>
        ),
        children: [
          { path: 'tickets/:id', element: <p>Page du ticket</p> },
          { path: 'clients/:id', element: <p>Fiche client</p> },
        ],
      },
    ],
    { me: adminMe },
  );
}

describe('NotificationBell', () => {
  it('shows the unread count, lists the notifications, and marks one read when it is opened', async () => {
    const user = userEvent.setup();
    const calls = serveNotifications([
      notification({}),
      notification({
        id: '00000000-0000-4000-8000-0000000000e2',
        kind: 'ticket_assigned',
        ticket: { id: '00000000-0000-4000-8000-0000000000a2', number: 1043, subject: 'Facture en double' },
        actor: null,
      }),
      notification({
        id: '00000000-0000-4000-8000-0000000000e3',
        kind: 'ticket_closed',
        ticket: { id: '00000000-0000-4000-8000-0000000000a3', number: 1001, subject: 'Ancien ticket' },
        readAt: new Date().toISOString(),
      }),
    ]);
    const { router } = renderBell();

    const bell = await screen.findByRole('button', { name: 'Notifications (2 non lues)' });
    await user.click(bell);

    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const links = within(dialog).getAllByRole('link');
    expect(links).toHaveLength(3);
    expect(links[0]!.textContent).toContain('Claire Contact a répondu au ticket #1042');
    expect(links[0]!.textContent).toContain("L'imprimante ne répond plus");
    expect(links[0]!.textContent).toContain('il y a 5 minutes');
    expect(links[0]!.textContent).toContain('Non lue');
    expect(links[1]!.textContent).toContain('Le ticket #1043 vous a été assigné');
    expect(links[2]!.textContent).toContain('Le ticket #1001 a été fermé');
    expect(links[2]!.textContent).not.toContain('Non lue');
    expect(links[0]!.getAttribute('href')).toBe(`/tickets/${TICKET_ID}`);

    await user.click(links[0]!);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/tickets/${TICKET_ID}`));
    expect(await screen.findByText('Page du ticket')).toBeTruthy();
    const read = calls.find((c) => c.init?.method === 'POST');
    expect(read?.url.pathname).toBe('/api/notifications/00000000-0000-4000-8000-0000000000e1/read');
    expect(await screen.findByRole('button', { name: 'Notifications (1 non lue)' })).toBeTruthy();
  });

  it('words the budget alerts and opens the fiche client', async () => {
    const user = userEvent.setup();
    const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';
    const budget = (periodKind: 'month' | 'quarter', periodStart: string, thresholdPercent: number | null) => ({
      id: '00000000-0000-4000-8000-0000000000f1',
      client: { id: CLIENT_ID, name: 'Acme SARL' },
      periodKind,
      periodStart,
      thresholdPercent,
    });
    serveNotifications([
      notification({ kind: 'budget_threshold', ticket: null, actor: null, budget: budget('month', '2026-11-01', 80) }),
      notification({
        id: '00000000-0000-4000-8000-0000000000e2',
        kind: 'budget_projection',
        ticket: null,
        actor: null,
        budget: budget('quarter', '2026-10-01', null),
      }),
    ]);
    const { router } = renderBell();

    await user.click(await screen.findByRole('button', { name: 'Notifications (2 non lues)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const links = within(dialog).getAllByRole('link');
    expect(links[0]!.textContent).toContain('Budget Acme SARL (novembre 2026)\u202f: seuil de 80\u202f% atteint');
    expect(links[1]!.textContent).toContain('Budget Acme SARL (T4 2026)\u202f: dépassement prévu au rythme actuel');
    expect(links[0]!.getAttribute('href')).toBe(`/clients/${CLIENT_ID}`);

    await user.click(links[1]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/clients/${CLIENT_ID}`));
    expect(await screen.findByText('Fiche client')).toBeTruthy();
  });

  it('marks everything read with « Tout marquer comme lu »', async () => {
    const user = userEvent.setup();
    const calls = serveNotifications([notification({})]);
    renderBell();

    await user.click(await screen.findByRole('button', { name: 'Notifications (1 non lue)' }));
    await user.click(await screen.findByRole('button', { name: 'Tout marquer comme lu' }));

    expect(await screen.findByRole('button', { name: 'Notifications (0 non lue)' })).toBeTruthy();
    expect(calls.some((c) => c.init?.method === 'POST' && c.url.pathname === '/api/notifications/read-all')).toBe(true);
    expect(screen.getByRole('button', { name: 'Tout marquer comme lu' }).hasAttribute('disabled')).toBe(true);
  });

  it('words a ticket opened for the contact and a status changed by someone else, in French and English', async () => {
    const user = userEvent.setup();
    serveNotifications([
      notification({ kind: 'ticket_opened', actor: null }),
      notification({
        id: '00000000-0000-4000-8000-0000000000e2',
        kind: 'ticket_status_changed',
        actor: { id: '00000000-0000-4000-8000-0000000000b2', name: 'Alice Admin' },
      }),
    ]);
    renderBell();

    await user.click(await screen.findByRole('button', { name: 'Notifications (2 non lues)' }));
    const links = within(await screen.findByRole('dialog', { name: 'Notifications' })).getAllByRole('link');
    expect(links[0]!.textContent).toContain('Le ticket #1042 a été ouvert pour vous');
    expect(links[1]!.textContent).toContain('Alice Admin a changé le statut du ticket #1042');

    await act(() => i18n.changeLanguage('en'));
    expect(links[0]!.textContent).toContain('Ticket #1042 was opened for you');
    expect(links[1]!.textContent).toContain('Alice Admin changed the status of ticket #1042');
  });

  it('says so when there is nothing', async () => {
    const user = userEvent.setup();
    serveNotifications([]);
    renderBell();

    await user.click(await screen.findByRole('button', { name: 'Notifications (0 non lue)' }));
    expect(await screen.findByText('Aucune notification')).toBeTruthy();
  });
});
