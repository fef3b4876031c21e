import type { Settings } from '@guichet/contract/settings';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { bytesToMb, mbToBytes } from '../components/file-size';
import { SettingsPage } from './settings-page';

const settings: Settings = {
  autoCloseDays: 5,
  autoAssign: true,
  maxFileBytes: 10 * 1024 * 1024,
  allowedFileTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
  currency: 'EUR',
  timeZone: 'Europe/Paris',
};

describe('file sizes', () => {
  it('converts megabytes to bytes and back (1 MB = 1 048 576 bytes)', () => {
    expect(mbToBytes(10)).toBe(10_485_760);
    expect(mbToBytes(2.5)).toBe(2_621_440);
    expect(bytesToMb(10_485_760)).toBe(10);
    expect(bytesToMb(1_000_000)).toBe(0.95);
  });
});

describe('SettingsPage', { timeout: 15_000 }, () => {
  it('shows the settings in MB and saves the size in bytes', async () => {
    const user = userEvent.setup();
    const calls = mockFetch((url, init) => {
      if (init?.method === 'PATCH') return json({ ...settings, ...(JSON.parse(String(init.body)) as Partial<Settings>) });
      return json(settings);
    });
    renderPage(<SettingsPage />, { me: adminMe, path: '/admin/settings' });

    const size = (await screen.findByLabelText("Taille maximale d'un fichier (Mo)")) as HTMLInputElement;
    expect(size.value).toBe('10');
    expect((screen.getByLabelText('Fermeture automatique après (jours)') as HTMLInputElement).value).toBe('5');
    expect((screen.getByRole('switch', { name: 'Assignation automatique des nouveaux tickets' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Devise') as HTMLInputElement).value).toBe('EUR');

    await user.clear(size);
    await user.type(size, '2,5');
    const days = screen.getByLabelText('Fermeture automatique après (jours)');
    await user.clear(days);
    await user.type(days, '0');
    expect(screen.getByText('La fermeture automatique est désactivée.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'GIF' }));
    await user.click(screen.getByRole('switch', { name: 'Assignation automatique des nouveaux tickets' }));
    const timeZone = screen.getByRole('combobox', { name: "Fuseau horaire de l'entreprise" }) as HTMLInputElement;
    expect(timeZone.value).toBe('Europe/Paris');
    await user.clear(timeZone);
    await user.type(timeZone, 'Brussels');
    await user.keyboard('{ArrowDown}{Enter}'); // the zone is chosen with the keyboard, as in the list it filters
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));

    await waitFor(() => expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.init?.method === 'PATCH')!;
    expect(patch.url.pathname).toBe('/api/settings');
    expect(JSON.parse(String(patch.init?.body))).toEqual({
      autoCloseDays: 0,
      autoAssign: false,
      maxFileBytes: 2_621_440,
      allowedFileTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain'],
      timeZone: 'Europe/Brussels',
    });
    expect(await screen.findByText('Paramètres enregistrés.')).toBeTruthy();
  });

  it('needs at least one allowed file type', async () => {
    const user = userEvent.setup();
    const calls = mockFetch(() => json({ ...settings, allowedFileTypes: ['application/pdf'] }));
    renderPage(<SettingsPage />, { me: adminMe, path: '/admin/settings' });

    await user.click(await screen.findByRole('checkbox', { name: 'PDF' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));

    expect(await screen.findByText('Autorisez au moins un type de fichier.')).toBeTruthy();
    expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(false);
  });
});
