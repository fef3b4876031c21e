import type { ImportReport } from '@guichet/contract/clients';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { ImportPage } from './import-page';

const report: ImportReport = {
  created: 1,
  updated: 0,
  unchanged: 0,
  rejected: 3,
  rows: [
    { line: 2, externalRef: 'CRM-1', result: 'created', clientId: '00000000-0000-4000-8000-0000000000c1', errors: [] },
    {
      line: 3,
      externalRef: 'CRM-2',
      result: 'rejected',
      clientId: null,
      errors: [{ field: 'name', code: 'missing_name', message: 'The name is missing.' }],
    },
    {
      line: 4,
      externalRef: 'CRM-3',
      result: 'rejected',
      clientId: null,
      errors: [
        { field: 'phone', code: 'invalid_phone', message: 'Too big: expected string to have <=40 characters' },
        { field: 'email', code: 'invalid_email', message: 'Invalid email address' },
      ],
    },
    {
      line: 5,
      externalRef: 'CRM-4',
      result: 'rejected',
      clientId: null,
      // A code this version of the interface doesn't know: the server's sentence is all we have.
      errors: [{ field: 'row', code: 'some_future_code', message: 'Something new went wrong.' }],
    },
  ],
};

/** Text as read, with French non-breaking spaces (before « : ») as plain spaces. */
const text = (element: Element | undefined) => (element?.textContent ?? '').replaceAll('\u00a0', ' ');

async function upload(content: string) {
  const input = await screen.findByLabelText('Fichier CSV');
  const file = new File([content], 'clients.csv', { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Importer le fichier' }));
}

describe('ImportPage', () => {
  it('explains each rejected row in French, from its error code', async () => {
    mockFetch(() => json(report));
    renderPage(<ImportPage />, { me: adminMe, path: '/admin/import' });

    await upload('externalRef;name\nCRM-1;Acme');

    const table = await screen.findByRole('table', { name: 'Résultat ligne par ligne' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Rejected rows only, by default.
    expect(rows).toHaveLength(3);
    expect(text(rows[0])).toContain('Nom : le nom est manquant.');
    expect(text(rows[1])).toContain('Téléphone : valeur invalide.');
    expect(text(rows[1])).toContain("E-mail : l'adresse e-mail n'est pas valide.");
    expect(text(rows[2])).toContain('Ligne : Something new went wrong.');
    expect(text(table)).not.toContain('The name is missing.');
    expect(text(table)).not.toContain('Too big');
  });

  it('explains a whole-file error in French, naming the unknown columns', async () => {
    mockFetch(() =>
      json(
        {
          error: {
            code: 'unknown_columns',
            message: 'Unknown columns: ref, nom. Expected: externalRef, name.',
            details: { unknown: ['ref', 'nom'], expected: ['externalRef', 'name'] },
          },
        },
        400,
      ),
    );
    renderPage(<ImportPage />, { me: adminMe, path: '/admin/import' });

    await upload('ref;nom\nA;B');

    const alert = await screen.findByRole('alert', { name: "Le fichier n'a pas été importé" });
    expect(text(alert)).toContain("Colonnes inconnues dans l'en-tête : « ref », « nom ».");
    expect(text(alert)).not.toContain('Unknown columns');
    expect(screen.queryByRole('heading', { name: "Rapport d'import" })).toBeNull();
  });

  it('says in French that the file is too large (413)', async () => {
    mockFetch(() => json({ error: { code: 'payload_too_large', message: 'The request or file is too large.' } }, 413));
    renderPage(<ImportPage />, { me: adminMe, path: '/admin/import' });

    await upload('externalRef;name\nA;B');

    const alert = await screen.findByRole('alert', { name: "Le fichier n'a pas été importé" });
    expect(text(alert)).toContain('Le fichier est trop volumineux : 5 Mo au plus.');
  });
});
