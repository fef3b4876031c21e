import type { Contact } from '@guichet/contract/clients';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderRoutes } from '../../../test/render';
import { CLIENT_ID, stubDocumentFonts, ticket } from '../ticket-fixtures';
import { NewTicketPage } from './new-ticket-page';

function contact(id: string, name: string, main = false): Contact {
  return {
    id: `00000000-0000-4000-8000-0000000c000${id}`,
    clientId: CLIENT_ID,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@acme.test`,
    phone: null,
    jobTitle: null,
    main,
    locale: 'fr',
    portalAccess: 'none',
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

const alice = contact('1', 'Alice Durand');
const bruno = contact('2', 'Bruno Martin', true);
const chloe = contact('3', 'Chloé Petit');

function serve(contacts: Contact[]) {
  const created: Record<string, unknown>[] = [];
  mockFetch((url, init) => {
    if (url.pathname === `/api/clients/${CLIENT_ID}`) return json({ id: CLIENT_ID, name: 'Acme SARL' });
    if (url.pathname === `/api/clients/${CLIENT_ID}/contacts`) return json({ items: contacts });
    if (url.pathname === '/api/tickets' && init?.method === 'POST') {
      created.push(JSON.parse(String(init.body)) as Record<string, unknown>);
      return json(ticket(), 201);
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return created;
}

const routes = [
  { path: '/clients/:clientId/tickets/new', element: <NewTicketPage /> },
  { path: '/clients/:clientId', element: <h1>Fiche client</h1> },
  { path: '/tickets/:ticketId', element: <h1>Page du ticket</h1> },
];

/** The options of one select (Mantine keeps every select's list in the page). */
const optionsOf = (name: string) => within(screen.getByRole('listbox', { name, hidden: true }));

function fillSubjectAndDescription() {
  fireEvent.change(screen.getByRole('textbox', { name: /Sujet/ }), { target: { value: 'Imprimante hors ligne' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Description détaillée/ }), { target: { value: 'Depuis ce matin.' } });
}

describe('NewTicketPage — requester and people in copy', () => {
  beforeAll(stubDocumentFonts);

  it('defaults the requester to the main contact and sends requesterContactId and ccContactIds', async () => {
    const created = serve([alice, bruno, chloe]);
    const { router } = renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}/tickets/new` });

    const requester = (await screen.findByRole('combobox', { name: /Demandeur/ })) as HTMLInputElement;
    // Bruno is the main contact, though not the first of the list.
    await waitFor(() => expect(requester.value).toBe('Bruno Martin (bruno@acme.test)'));

    // « En copie » offers the other contacts, not the requester.
    const cc = screen.getByRole('combobox', { name: /En copie/ });
    fireEvent.click(cc);
    await waitFor(() => expect(optionsOf('En copie').getByRole('option', { name: /Chloé Petit/, hidden: true })).toBeTruthy());
    expect(optionsOf('En copie').queryByRole('option', { name: /Bruno Martin/, hidden: true })).toBeNull();
    fireEvent.click(optionsOf('En copie').getByRole('option', { name: /Chloé Petit/, hidden: true }));
    fireEvent.click(optionsOf('En copie').getByRole('option', { name: /Alice Durand/, hidden: true }));

    fillSubjectAndDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/tickets/${ticket().id}`));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ clientId: CLIENT_ID, requesterContactId: bruno.id });
    expect(new Set(created[0]!.ccContactIds as string[])).toEqual(new Set([chloe.id, alice.id]));
  });

  it('takes a new requester out of the people in copy', async () => {
    const created = serve([alice, bruno, chloe]);
    renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}/tickets/new` });

    const requester = (await screen.findByRole('combobox', { name: /Demandeur/ })) as HTMLInputElement;
    await waitFor(() => expect(requester.value).toContain('Bruno'));
    fireEvent.click(screen.getByRole('combobox', { name: /En copie/ }));
    await waitFor(() => fireEvent.click(optionsOf('En copie').getByRole('option', { name: /Chloé Petit/, hidden: true })));

    fireEvent.click(requester);
    await waitFor(() => fireEvent.click(optionsOf('Demandeur').getByRole('option', { name: /Chloé Petit/, hidden: true })));
    await waitFor(() => expect(requester.value).toBe('Chloé Petit (chloé@acme.test)'));

    fillSubjectAndDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ requesterContactId: chloe.id, ccContactIds: [] });
  });

  it('says when the client has no contact, and creates the ticket without a requester', async () => {
    const created = serve([]);
    const { router } = renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}/tickets/new` });

    expect(await screen.findByText("Ce client n'a aucun contact")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ajouter un contact sur la fiche client' }).getAttribute('href')).toBe(`/clients/${CLIENT_ID}`);
    expect(screen.queryByRole('combobox', { name: /Demandeur/ })).toBeNull();

    fillSubjectAndDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tickets/${ticket().id}`));
    expect(created[0]).not.toHaveProperty('requesterContactId');
    expect(created[0]).not.toHaveProperty('ccContactIds');
  });
});
