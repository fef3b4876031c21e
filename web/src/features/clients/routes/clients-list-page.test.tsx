import type { Client, ClientList } from '@guichet/contract/clients';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { ClientsListPage } from './clients-list-page';

function client(overrides: Partial<Client>): Client {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    name: 'Acme SARL',
    externalRef: 'CRM-001',
    companyId: '73282932000074',
    email: 'contact@acme.test',
    phone: '01 23 45 67 89',
    address: { line1: '1 rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'France' },
    notes: null,
    active: true,
    contactCount: 2,
    createdAt: '2025-01-15T09:30:00.000Z',
    updatedAt: '2025-01-15T09:30:00.000Z',
    ...overrides,
  };
}

const acme = client({});
const dupont = client({
  id: '00000000-0000-4000-8000-0000000000c2',
  name: 'Dupont & Fils',
  externalRef: 'CRM-002',
  address: { line1: null, line2: null, postalCode: '69001', city: 'Lyon', country: null },
  active: false,
  contactCount: 0,
});

describe('ClientsListPage', () => {
  it('renders one row per client, linked to its fiche', async () => {
    mockFetch(() => json({ items: [acme, dupont], nextCursor: null, total: 2 } satisfies ClientList));
    renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });

    const link = await screen.findByRole('link', { name: 'Acme SARL' });
    expect(link.getAttribute('href')).toBe(`/clients/${acme.id}`);

    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const second = within(rows[1]!);
    expect(second.getByText('CRM-002')).toBeTruthy();
    expect(second.getByText('Lyon')).toBeTruthy();
    expect(second.getByText('Inactif')).toBeTruthy();
    expect(screen.getByText('2 clients')).toBeTruthy();
    // Admins may create clients.
    expect(screen.getByRole('button', { name: 'Nouveau client' })).toBeTruthy();
  });

  it('shows admins the current period\'s budget use; agents get no such column', async () => {
    const usage = (percentUsed: number, status: 'ok' | 'warning' | 'projected_over' | 'over') => ({
      budgetId: '00000000-0000-4000-8000-0000000000f1',
      periodKind: 'month' as const,
      periodStart: '2026-11-01',
      amountCents: 100_000,
      actualCents: percentUsed * 1000,
      percentUsed,
      projectedCents: 150_000,
      status,
    });
    const martin = client({ id: '00000000-0000-4000-8000-0000000000c3', name: 'Martin SA', budget: usage(112.5, 'over') });
    const items = [client({ budget: usage(42.5, 'projected_over') }), martin, client({ ...dupont, budget: null })];
    mockFetch(() => json({ items, nextCursor: null, total: 3 } satisfies ClientList));
    const view = renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });

    await screen.findByRole('link', { name: 'Acme SARL' });
    expect(screen.getByRole('columnheader', { name: 'Budget en cours' })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    const norm = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(norm(rows[0]!.textContent)).toContain('42,5 %');
    expect(within(rows[0]!).getByText('Dépassement prévu')).toBeTruthy();
    expect(within(rows[0]!).getByRole('progressbar', { name: /Budget utilisé\s: 42,5/ })).toBeTruthy();
    expect(norm(rows[1]!.textContent)).toContain('112,5 %');
    expect(within(rows[1]!).getByText('Dépassé')).toBeTruthy();
    expect(within(rows[2]!).queryByRole('progressbar')).toBeNull();
    view.unmount();

    // An agent's list has no budget field at all: no column either.
    mockFetch(() => json({ items: [acme], nextCursor: null, total: 1 } satisfies ClientList));
    renderPage(<ClientsListPage />, { me: { ...adminMe, role: 'agent' }, path: '/clients' });
    await screen.findByRole('link', { name: 'Acme SARL' });
    expect(screen.queryByRole('columnheader', { name: 'Budget en cours' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('searches through the API with `q` once the user stops typing', async () => {
    const calls = mockFetch((url) =>
      json({ items: url.searchParams.get('q') ? [dupont] : [acme, dupont], nextCursor: null, total: 1 }),
    );
    renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });
    await screen.findByRole('link', { name: 'Acme SARL' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Rechercher un client' }), { target: { value: 'dupont' } });

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Acme SARL' })).toBeNull());
    const searches = calls.filter((c) => c.url.pathname === '/api/clients' && c.url.searchParams.has('q'));
    expect(searches.map((c) => c.url.searchParams.get('q'))).toEqual(['dupont']);
    expect(searches[0]?.url.searchParams.get('sort')).toBe('name');
    expect(screen.getByRole('link', { name: 'Dupont & Fils' })).toBeTruthy();
  });

  it('goes to the next page with the cursor the server gave, and back', async () => {
    const calls = mockFetch((url) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json({ items: [dupont], nextCursor: null, total: 2 })
        : json({ items: [acme], nextCursor: 'page-2', total: 2 }),
    );
    renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });
    await screen.findByRole('link', { name: 'Acme SARL' });

    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('link', { name: 'Dupont & Fils' });
    expect(calls.at(-1)?.url.searchParams.get('cursor')).toBe('page-2');

    fireEvent.click(screen.getByRole('button', { name: 'Précédent' }));
    await screen.findByRole('link', { name: 'Acme SARL' });
  });

  it('sorts by a column when its header is clicked', async () => {
    const calls = mockFetch(() => json({ items: [acme], nextCursor: null, total: 1 }));
    renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });
    await screen.findByRole('link', { name: 'Acme SARL' });

    fireEvent.click(screen.getByRole('button', { name: 'Nom' }));
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.get('sort')).toBe('-name'));
    expect(screen.getByRole('columnheader', { name: 'Nom' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('offers the same sorts in a select, for screens too narrow for the « Créé le » column', async () => {
    const calls = mockFetch(() => json({ items: [acme], nextCursor: null, total: 1 }));
    renderPage(<ClientsListPage />, { me: adminMe, path: '/clients' });
    await screen.findByRole('link', { name: 'Acme SARL' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Trier par' }), { target: { value: '-createdAt' } });
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.get('sort')).toBe('-createdAt'));
    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveProperty('value', '-createdAt');
  });
});
