import type { MailPreferences } from '@guichet/contract/mail';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderPage } from '../../test/render';
import { UserMenu } from './user-menu';

function serve(preferences: MailPreferences) {
  const patches: unknown[] = [];
  mockFetch((url, init) => {
    if (url.pathname === '/api/me/mail-preferences' && init?.method === 'PATCH') {
      patches.push(JSON.parse(String(init.body)));
      return json(preferences);
    }
    if (url.pathname === '/api/me/mail-preferences') return json(preferences);
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return patches;
}

async function openPreferences(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Menu utilisateur/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Préférences de courriel', hidden: true }));
  return screen.findByRole('dialog', { name: 'Préférences de courriel' });
}

describe('UserMenu — « Préférences de courriel »', { timeout: 15_000 }, () => {
  it("gives staff a switch per kind of mail and the mail language, and PATCHes what they chose", async () => {
    const patches = serve({
      locale: 'fr',
      categories: [
        { category: 'client_reply', enabled: true },
        { category: 'assignment', enabled: true },
        { category: 'status_change', enabled: false },
        { category: 'budget_alert', enabled: true },
      ],
    });
    const user = userEvent.setup();
    renderPage(<UserMenu />, { me: adminMe });

    const dialog = await openPreferences(user);
    const reply = (await within(dialog).findByRole('switch', { name: "Réponse d'un client" })) as HTMLInputElement;
    expect(reply.checked).toBe(true);
    expect((within(dialog).getByRole('switch', { name: 'Changement de statut de mes tickets' }) as HTMLInputElement).checked).toBe(false);
    expect(within(dialog).getByRole('switch', { name: 'Alertes de budget' })).toBeTruthy();
    expect((within(dialog).getByRole('radio', { name: 'Français' }) as HTMLInputElement).checked).toBe(true);

    await user.click(reply);
    await user.click(within(dialog).getByRole('switch', { name: 'Changement de statut de mes tickets' }));
    await user.click(within(dialog).getByRole('radio', { name: 'English' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() =>
      expect(patches).toEqual([
        {
          locale: 'en',
          categories: [
            { category: 'client_reply', enabled: false },
            { category: 'assignment', enabled: true },
            { category: 'status_change', enabled: true },
            { category: 'budget_alert', enabled: true },
          ],
        },
      ]),
    );
    expect(await screen.findByText('Vos préférences de courriel sont enregistrées.')).toBeTruthy();
  });

  it("gives a contact the contacts' kinds", async () => {
    serve({
      locale: 'fr',
      categories: [
        { category: 'ticket_opened', enabled: true },
        { category: 'agent_reply', enabled: true },
        { category: 'resolution', enabled: true },
        { category: 'closing', enabled: false },
      ],
    });
    const user = userEvent.setup();
    renderPage(<UserMenu />, { me: contactMe });

    const dialog = await openPreferences(user);
    expect(await within(dialog).findByRole('switch', { name: 'Ticket ouvert pour moi' })).toBeTruthy();
    expect(within(dialog).getByRole('switch', { name: 'Réponse du support' })).toBeTruthy();
    expect(within(dialog).getByRole('switch', { name: "Ticket résolu (avec l'évaluation)" })).toBeTruthy();
    expect((within(dialog).getByRole('switch', { name: 'Ticket fermé' }) as HTMLInputElement).checked).toBe(false);
  });
});
