import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderRoutes } from '../test/render';
import { routes } from './router';

describe('app routes', () => {
  it('sends a visitor of a CRM deep link to /login and remembers where to come back', async () => {
    mockFetch(() => json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401));
    const { router } = renderRoutes(routes, { initialEntry: '/crm/clients/CRM-001' });

    await screen.findByRole('button', { name: 'Se connecter' });
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/crm/clients/CRM-001');
  });

  it('shows a client contact "not found" on staff pages, without staff navigation', async () => {
    const calls = mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoutes(routes, { me: contactMe, initialEntry: '/clients' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Clients' })).toBeNull();
    expect(calls.some((c) => c.url.pathname.startsWith('/api/clients'))).toBe(false);
  });

  it('gives a client contact the portal, with their client name', async () => {
    mockFetch(() => json({}));
    renderRoutes(routes, { me: contactMe, initialEntry: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes tickets' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Acme SARL')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Menu utilisateur/ })).toBeTruthy();
  });

  it('gives staff the navigation, and admins the Administration entry', async () => {
    mockFetch(() => json({ items: [], nextCursor: null, total: 0 }));
    renderRoutes(routes, { me: adminMe, initialEntry: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(nav.textContent).toContain('Administration');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Clients' })).toBeTruthy());
  });

  it('hides the admin pages from agents', async () => {
    mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoutes(routes, { me: { ...adminMe, role: 'agent' }, initialEntry: '/admin/users' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' }).textContent).not.toContain('Administration');
  });

  it('gives admins Administration → Courriels, lazily loaded, next to the other sections', async () => {
    mockFetch((url) =>
      url.pathname === '/api/mail/outbox'
        ? json({ items: [], nextCursor: null, counts: { queued: 0, sending: 0, sent: 0, failed: 0 }, smtpConfigured: true })
        : json({ items: [], nextCursor: null, unreadCount: 0 }),
    );
    renderRoutes(routes, { me: adminMe, initialEntry: '/admin/mail' });

    expect(await screen.findByRole('heading', { level: 2, name: 'Courriels' }, { timeout: 5000 })).toBeTruthy();
    const sections = screen.getByRole('tablist', { name: "Sections de l'administration" });
    expect(screen.getByRole('tab', { name: 'Courriels', selected: true })).toBeTruthy();
    expect(sections.textContent).toContain('Paramètres');
    expect(await screen.findByText('Aucun courriel envoyé pour l\'instant.')).toBeTruthy();
  });
});
