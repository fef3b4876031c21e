import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderRoutes } from '../../../test/render';
import { CLIENT_ID, stubDocumentFonts, ticket } from '../ticket-fixtures';
import { NewTicketPage } from './new-ticket-page';

const SHOT_ID = '00000000-0000-4000-8000-00000000f001';

function serve() {
  const created: unknown[] = [];
  const uploads: string[][] = [];
  const calls = mockFetch(async (url, init) => {
    if (url.pathname === `/api/clients/${CLIENT_ID}`) return json({ id: CLIENT_ID, name: 'Acme SARL' });
    if (url.pathname === '/api/attachments' && init?.method === 'POST') {
      const form = init.body as FormData;
      const files = form.getAll('files') as File[];
      uploads.push(files.map((f) => f.name));
      return json(
        {
          items: files.map((f, i) => ({
            id: i === 0 ? SHOT_ID : `00000000-0000-4000-8000-00000000f00${i + 1}`,
            fileName: f.name,
            contentType: f.type,
            sizeBytes: f.size,
            createdAt: '2025-03-10T09:00:00.000Z',
          })),
        },
        201,
      );
    }
    if (url.pathname === '/api/tickets' && init?.method === 'POST') {
      created.push(JSON.parse(String(init.body)));
      return json(ticket(), 201);
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return { created, uploads, calls };
}

const routes = [
  { path: '/clients/:clientId/tickets/new', element: <NewTicketPage /> },
  { path: '/portal/tickets/new', element: <NewTicketPage /> },
  { path: '/tickets/:ticketId', element: <h1>Page du ticket</h1> },
  { path: '/portal/tickets/:ticketId', element: <h1>Page du ticket (portail)</h1> },
];

describe('NewTicketPage', () => {
  beforeAll(stubDocumentFonts);

  it('creates a ticket for the fiche client with subject, description, priority and files', async () => {
    const { created, uploads } = serve();
    const { router } = renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}/tickets/new` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau ticket pour Acme SARL' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Sujet/ }), { target: { value: "  L'export PDF plante  " } });
    fireEvent.change(screen.getByRole('textbox', { name: /Description détaillée/ }), {
      target: { value: 'Rien ne se passe au clic.' },
    });
    expect((screen.getByRole('radio', { name: 'Normale' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Haute' }));

    const shot = new File([new Uint8Array([137, 80, 78, 71])], 'capture.png', { type: 'image/png' });
    const log = new File(['erreur'], 'journal.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Pièces jointes'), { target: { files: [shot, log] } });
    expect(await screen.findByText(/capture\.png/)).toBeTruthy();
    expect(uploads).toEqual([['capture.png', 'journal.txt']]);
    // A file can be taken off before sending.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer journal.txt' }));
    await waitFor(() => expect(screen.queryByText(/journal\.txt/)).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/tickets/${ticket().id}`));
    expect(created).toEqual([
      {
        clientId: CLIENT_ID,
        subject: "L'export PDF plante",
        description: 'Rien ne se passe au clic.',
        priority: 'high',
        attachmentIds: [SHOT_ID],
      },
    ]);
  });

  it('sends no clientId from the portal, and the default priority', async () => {
    const { created } = serve();
    const { router } = renderRoutes(routes, { me: contactMe, initialEntry: '/portal/tickets/new' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nouveau ticket' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(created).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /Sujet/ }), { target: { value: 'Facture en double' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Description détaillée/ }), { target: { value: 'Voir mars.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le ticket' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/portal/tickets/${ticket().id}`));
    expect(created).toEqual([{ subject: 'Facture en double', description: 'Voir mars.', priority: 'normal', attachmentIds: [] }]);
  });

  it('explains in French a file type the server refuses (415)', async () => {
    serve();
    mockFetch((url) =>
      url.pathname === '/api/attachments'
        ? json({ error: { code: 'unsupported_file_type', message: 'No.', details: { fileName: 'virus.exe' } } }, 415)
        : json({ id: CLIENT_ID, name: 'Acme SARL' }),
    );
    renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}/tickets/new` });
    await screen.findByRole('heading', { level: 1 });

    const file = new File(['MZ'], 'virus.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Pièces jointes'), { target: { files: [file] } });
    expect(await screen.findByText(/« virus\.exe » n'a pas été joint : ce type de fichier n'est pas accepté\./)).toBeTruthy();
  });
});
