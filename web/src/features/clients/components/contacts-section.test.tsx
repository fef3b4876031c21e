import type { Contact } from '@guichet/contract/clients';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { ContactsSection } from './contacts-section';

const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';

function contact(n: number, name: string, main: boolean): Contact {
  return {
    id: `00000000-0000-4000-8000-0000000c000${n}`,
    clientId: CLIENT_ID,
    name,
    email: `contact${n}@acme.test`,
    phone: null,
    jobTitle: null,
    main,
    locale: 'fr',
    portalAccess: 'none',
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

function serve() {
  let contacts = [contact(1, 'Bruno Martin', true), contact(2, 'Chloé Petit', false)];
  const patches: { path: string; body: unknown }[] = [];
  mockFetch((url, init) => {
    if (init?.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as { main?: true; locale?: 'fr' | 'en' };
      patches.push({ path: url.pathname, body });
      const id = url.pathname.split('/').at(-1);
      contacts = contacts.map((c) =>
        body.main ? { ...c, main: c.id === id } : c.id === id ? { ...c, ...body } : c,
      );
      return json(contacts.find((c) => c.id === id));
    }
    if (url.pathname === `/api/clients/${CLIENT_ID}/contacts`) return json({ items: contacts });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return patches;
}

describe('ContactsSection — main contact', { timeout: 15_000 }, () => {
  it('marks the main contact and lets an admin choose another', async () => {
    const patches = serve();
    const user = userEvent.setup();
    renderPage(<ContactsSection clientId={CLIENT_ID} canManage />, { me: adminMe });

    const bruno = (await screen.findByText('Bruno Martin')).closest('tr')!;
    expect(within(bruno).getByText('Principal')).toBeTruthy();
    const chloe = screen.getByText('Chloé Petit').closest('tr')!;
    expect(within(chloe).queryByText('Principal')).toBeNull();

    await user.click(within(chloe).getByRole('button', { name: 'Actions pour Chloé Petit' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Définir comme contact principal', hidden: true }));

    await waitFor(() =>
      expect(patches).toEqual([{ path: `/api/clients/${CLIENT_ID}/contacts/${contact(2, '', false).id}`, body: { main: true } }]),
    );
    await waitFor(() => expect(within(screen.getByText('Chloé Petit').closest('tr')!).getByText('Principal')).toBeTruthy());
    expect(within(screen.getByText('Bruno Martin').closest('tr')!).queryByText('Principal')).toBeNull();
  });

  it('changes the language of the mails a contact receives', async () => {
    const patches = serve();
    const user = userEvent.setup();
    renderPage(<ContactsSection clientId={CLIENT_ID} canManage />, { me: adminMe });

    await user.click(await screen.findByRole('button', { name: 'Actions pour Chloé Petit' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Modifier', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le contact' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Langue des courriels/ }), 'en');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]!.body).toMatchObject({ name: 'Chloé Petit', locale: 'en' });
  });
});
