import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderRoutes } from '../../test/render';
import { routes } from '../router';

/** The router loads the page's chunk before it renders anything: give it time on a busy machine. */
const LAZY_PAGE = { timeout: 5_000 };

/** Every page gets an empty list; the bell has 2 unread; /api/agents/me answers for agents only. */
function serve(role: 'admin' | 'agent' | 'contact') {
  return mockFetch((url) => {
    if (url.pathname === '/api/notifications') return json({ items: [], unreadCount: 2 });
    if (url.pathname === '/api/agents/me') {
      if (role !== 'agent') return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
      return json({ id: adminMe.id, name: 'Bob Agent', role: 'agent', available: true, availableNow: true });
    }
    return json({ items: [], nextCursor: null, total: 0, counts: { open: 0, in_progress: 0, resolved: 0, closed: 0 } });
  });
}

describe('header', () => {
  it('gives agents the bell and their « Disponible » switch', async () => {
    serve('agent');
    renderRoutes(routes, { me: { ...adminMe, role: 'agent' }, initialEntry: '/clients' });

    expect(await screen.findByRole('button', { name: 'Notifications (2 non lues)' }, LAZY_PAGE)).toBeTruthy();
    expect(((await screen.findByRole('switch', { name: 'Disponible' })) as HTMLInputElement).checked).toBe(true);
  });

  it('gives admins the bell, without the availability switch', async () => {
    const calls = serve('admin');
    renderRoutes(routes, { me: adminMe, initialEntry: '/clients' });

    expect(await screen.findByRole('button', { name: 'Notifications (2 non lues)' }, LAZY_PAGE)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'Disponible' })).toBeNull();
    expect(calls.some((c) => c.url.pathname === '/api/agents/me')).toBe(false);
  });

  it('gives client contacts the bell in the portal', async () => {
    const calls = serve('contact');
    renderRoutes(routes, { me: contactMe, initialEntry: '/portal' });

    expect(await screen.findByRole('button', { name: 'Notifications (2 non lues)' }, LAZY_PAGE)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'Disponible' })).toBeNull();
    expect(calls.some((c) => c.url.pathname === '/api/agents/me')).toBe(false);
  });
});
