import type { Agent } from '@guichet/contract/agents';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { AgentsPage } from './agents-page';

const nineToFive = [{ start: '09:00', end: '17:00' }];

const bob: Agent = {
  id: '00000000-0000-4000-8000-0000000000d1',
  name: 'Bob Agent',
  email: 'bob@guichet.test',
  role: 'agent',
  active: true,
  available: true,
  timezone: 'Europe/Paris',
  workingHours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
  capacity: 5,
  leaves: [],
  activeTickets: 3,
  availableNow: true,
  lastAssignedAt: null,
};

function serveAgents(agents: Agent[]) {
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/api/agents') return json({ items: agents });
    if (method === 'PATCH' && url.pathname === `/api/agents/${bob.id}`) {
      return json({ ...bob, ...(JSON.parse(String(init?.body)) as Partial<Agent>) });
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

// The drawer holds a whole week of inputs: rendering it in happy-dom takes a few seconds.
describe('AgentsPage', { timeout: 20_000 }, () => {
  it('lists agents with their availability, load and capacity', async () => {
    serveAgents([bob, { ...bob, id: '00000000-0000-4000-8000-0000000000d2', name: 'Zoé', available: false, availableNow: false, capacity: null, activeTickets: 1 }]);
    renderPage(<AgentsPage />, { me: adminMe, path: '/admin/agents' });

    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByText('Disponible maintenant')).toBeTruthy();
    expect(first.getByText('3 tickets actifs')).toBeTruthy();
    expect(first.getByText('/ 5 max')).toBeTruthy();
    expect((first.getByRole('switch', { name: 'Disponibilité de Bob Agent' }) as HTMLInputElement).checked).toBe(true);
    const second = within(rows[1]!);
    expect(second.getByText('Indisponible')).toBeTruthy();
    expect(second.getByText('Disponibilité désactivée')).toBeTruthy();
    expect(second.getByText('1 ticket actif')).toBeTruthy();
  });

  it('saves a day with two ranges as { tue: [{ start, end }, { start, end }] }', async () => {
    const user = userEvent.setup();
    const calls = serveAgents([bob]);
    renderPage(<AgentsPage />, { me: adminMe, path: '/admin/agents' });

    await user.click(await screen.findByRole('button', { name: 'Modifier les horaires de Bob Agent' }));
    const drawer = await screen.findByRole('dialog', { name: 'Horaires de Bob Agent' });
    const tuesday = within(within(drawer).getByRole('group', { name: 'Mardi' }));

    fireEvent.change(tuesday.getByLabelText('Fin de la plage 1'), { target: { value: '12:00' } });
    await user.click(tuesday.getByRole('button', { name: 'Ajouter une plage' }));
    fireEvent.change(tuesday.getByLabelText('Début de la plage 2'), { target: { value: '13:30' } });
    fireEvent.change(tuesday.getByLabelText('Fin de la plage 2'), { target: { value: '17:30' } });
    // Saturday becomes a working day (09:00–17:00 by default); Sunday stays off.
    await user.click(within(within(drawer).getByRole('group', { name: 'Samedi' })).getByRole('switch', { name: 'Travaillé' }));
    // Capacity emptied = no limit.
    await user.clear(within(drawer).getByLabelText('Capacité (tickets actifs max)'));

    await user.click(within(drawer).getByRole('button', { name: 'Enregistrer les horaires' }));

    await waitFor(() => expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.init?.method === 'PATCH')!;
    expect(patch.url.pathname).toBe(`/api/agents/${bob.id}`);
    expect(JSON.parse(String(patch.init?.body))).toEqual({
      timezone: 'Europe/Paris',
      capacity: null,
      workingHours: {
        mon: nineToFive,
        tue: [
          { start: '09:00', end: '12:00' },
          { start: '13:30', end: '17:30' },
        ],
        wed: nineToFive,
        thu: nineToFive,
        fri: nineToFive,
        sat: nineToFive,
        sun: [],
      },
    });
  });

  it('refuses a range that ends before it starts, without calling the API', async () => {
    const user = userEvent.setup();
    const calls = serveAgents([bob]);
    renderPage(<AgentsPage />, { me: adminMe, path: '/admin/agents' });

    await user.click(await screen.findByRole('button', { name: 'Modifier les horaires de Bob Agent' }));
    const drawer = await screen.findByRole('dialog', { name: 'Horaires de Bob Agent' });
    const monday = within(within(drawer).getByRole('group', { name: 'Lundi' }));
    fireEvent.change(monday.getByLabelText('Fin de la plage 1'), { target: { value: '08:00' } });
    await user.click(within(drawer).getByRole('button', { name: 'Enregistrer les horaires' }));

    expect(await monday.findByText('La fin doit être après le début.')).toBeTruthy();
    expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(false);
  });

  it('shows the validation errors of the API under the right range', async () => {
    const user = userEvent.setup();
    mockFetch((url, init) => {
      if ((init?.method ?? 'GET') === 'GET') return json({ items: [bob] });
      return json(
        {
          error: {
            code: 'validation_failed',
            message: 'Some fields are invalid.',
            details: [{ field: 'body.workingHours.thu.0.end', code: 'invalid', message: 'start must be before end' }],
          },
        },
        400,
      );
    });
    renderPage(<AgentsPage />, { me: adminMe, path: '/admin/agents' });

    await user.click(await screen.findByRole('button', { name: 'Modifier les horaires de Bob Agent' }));
    const drawer = await screen.findByRole('dialog', { name: 'Horaires de Bob Agent' });
    await user.click(within(drawer).getByRole('button', { name: 'Enregistrer les horaires' }));

    const thursday = within(within(drawer).getByRole('group', { name: 'Jeudi' }));
    expect(await thursday.findByText('La fin doit être après le début.')).toBeTruthy();
    expect(within(drawer).getByRole('alert').textContent).toContain('Certains champs sont invalides');
  });
});
