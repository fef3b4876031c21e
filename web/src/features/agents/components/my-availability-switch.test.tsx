import type { Agent } from '@guichet/contract/agents';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { MyAvailabilitySwitch } from './my-availability-switch';

const me: Agent = {
  id: '00000000-0000-4000-8000-0000000000d1',
  name: 'Bob Agent',
  email: 'bob@guichet.test',
  role: 'agent',
  active: true,
  available: true,
  timezone: 'Europe/Paris',
  workingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  capacity: null,
  leaves: [],
  activeTickets: 0,
  availableNow: false,
  lastAssignedAt: null,
};

describe('MyAvailabilitySwitch', () => {
  it('shows the agent availability and switches it with PATCH /api/agents/{id}', async () => {
    const user = userEvent.setup();
    let available = true;
    const calls = mockFetch((url, init) => {
      if (init?.method === 'PATCH') {
        available = (JSON.parse(String(init.body)) as { available: boolean }).available;
      }
      return json({ ...me, available });
    });
    renderPage(<MyAvailabilitySwitch />, { me: { ...adminMe, id: me.id, role: 'agent' } });

    const toggle = (await screen.findByRole('switch', { name: 'Disponible' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(calls[0]?.url.pathname).toBe('/api/agents/me');

    await user.click(toggle);

    await waitFor(() => expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.init?.method === 'PATCH')!;
    expect(patch.url.pathname).toBe(`/api/agents/${me.id}`);
    expect(JSON.parse(String(patch.init?.body))).toEqual({ available: false });
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Disponible' }) as HTMLInputElement).checked).toBe(false));
  });

  it('tells next to the switch what the server says now, with the reason when unavailable', async () => {
    mockFetch(() => json({ ...me, available: true, availableNow: false, capacity: 2, activeTickets: 2 }));
    const first = renderPage(<MyAvailabilitySwitch />, { me: { ...adminMe, id: me.id, role: 'agent' } });
    const toggle = await screen.findByRole('switch', { name: 'Disponible' });
    expect(screen.getByText('Capacité atteinte').id).toBe(toggle.getAttribute('aria-describedby'));
    first.unmount();

    mockFetch(() => json({ ...me, availableNow: true }));
    renderPage(<MyAvailabilitySwitch />, { me: { ...adminMe, id: me.id, role: 'agent' } });
    expect(await screen.findByText('Disponible maintenant')).toBeTruthy();
  });
});
