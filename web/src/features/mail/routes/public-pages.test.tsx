import type { LinkedMailPreferences, LinkedRating } from '@guichet/contract/mail';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { json, mockFetch, renderRoutes } from '../../../test/render';

const TOKEN = 'AQEAAAAAaGVsbG8td29ybGQ.c2lnbmF0dXJl';
const LAZY_PAGE = { timeout: 5_000 };

const linkedPreferences: LinkedMailPreferences = {
  name: 'Claire Contact',
  email: 'claire@acme.test',
  locale: 'fr',
  categories: [
    { category: 'ticket_opened', enabled: true },
    { category: 'agent_reply', enabled: true },
    { category: 'resolution', enabled: true },
    { category: 'closing', enabled: true },
  ],
};

const linkedRating: LinkedRating = {
  ticket: { number: 1042, subject: "L'export PDF plante" },
  stars: null,
  comment: null,
  canRate: true,
  locale: 'fr',
};

/** A tiny server for the two public APIs; anything else (a session probe) is a 401. */
function serve({ rating = linkedRating, preferences = linkedPreferences, put }: { rating?: LinkedRating | null; preferences?: LinkedMailPreferences | null; put?: () => Response } = {}) {
  const puts: { path: string; body: unknown }[] = [];
  const calls = mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'PUT') {
      puts.push({ path: url.pathname, body: JSON.parse(String(init?.body)) });
      if (put) return put();
      if (url.pathname.startsWith('/api/public/rating/')) {
        const body = JSON.parse(String(init?.body)) as { stars: number; comment: string | null };
        return json({ ...body, agent: null, createdAt: '2025-03-10T10:00:00.000Z', updatedAt: '2025-03-10T10:00:00.000Z' });
      }
      return json({ ...preferences, ...(JSON.parse(String(init?.body)) as object) });
    }
    if (url.pathname === `/api/public/rating/${TOKEN}`) {
      return rating ? json(rating) : json({ error: { code: 'not_found', message: 'No such link.' } }, 404);
    }
    if (url.pathname === `/api/public/mail-preferences/${TOKEN}`) {
      return preferences ? json(preferences) : json({ error: { code: 'not_found', message: 'No such link.' } }, 404);
    }
    return json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401);
  });
  return { calls, puts };
}

describe('/rate/:token (signed out)', { timeout: 15_000 }, () => {
  it('sends nothing on opening, preselects ?stars, and PUTs the chosen stars', async () => {
    const { calls, puts } = serve();
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, { initialEntry: `/rate/${TOKEN}?stars=4` });

    expect(await screen.findByRole('heading', { level: 1, name: "Évaluer le ticket #1042 — L'export PDF plante" }, LAZY_PAGE)).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/rate/${TOKEN}`);
    // Opening the link only read it (mail scanners open links): no rating sent, no session asked.
    expect(calls.every((c) => (c.init?.method ?? 'GET') === 'GET')).toBe(true);
    expect(calls.some((c) => c.url.pathname === '/api/auth/me')).toBe(false);
    expect((screen.getByRole('radio', { name: '4 étoiles' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('radio', { name: '5 étoiles' }));
    await user.type(screen.getByRole('textbox', { name: 'Commentaire (facultatif)' }), 'Très réactif');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));

    await waitFor(() => expect(puts).toEqual([{ path: `/api/public/rating/${TOKEN}`, body: { stars: 5, comment: 'Très réactif' } }]));
    expect(await screen.findByText('Merci pour votre évaluation !')).toBeTruthy();
    expect(screen.getByRole('img', { name: '5 sur 5' })).toBeTruthy();
    // The rating can be changed.
    await user.click(screen.getByRole('button', { name: 'Modifier mon évaluation' }));
    expect((screen.getByRole('radio', { name: '5 étoiles' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for a star before sending', async () => {
    const { puts } = serve();
    const user = userEvent.setup();
    renderRoutes(routes, { initialEntry: `/rate/${TOKEN}` });

    await user.click(await screen.findByRole('button', { name: 'Envoyer' }, LAZY_PAGE));
    expect(await screen.findByText('Choisissez une note de 1 à 5 étoiles.')).toBeTruthy();
    expect(puts).toEqual([]);
  });

  it('explains a reopened ticket, from the link or from a 409', async () => {
    serve({ rating: { ...linkedRating, canRate: false } });
    const first = renderRoutes(routes, { initialEntry: `/rate/${TOKEN}` });
    expect(await screen.findByText('Ce ticket a été rouvert', {}, LAZY_PAGE)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer' })).toBeNull();
    first.unmount();

    serve({ put: () => json({ error: { code: 'not_rateable', message: 'Reopened.' } }, 409) });
    const user = userEvent.setup();
    renderRoutes(routes, { initialEntry: `/rate/${TOKEN}?stars=2` });
    await user.click(await screen.findByRole('button', { name: 'Envoyer' }, LAZY_PAGE));
    expect(await screen.findByText('Ce ticket a été rouvert')).toBeTruthy();
  });

  it('says so for a bad or expired link', async () => {
    serve({ rating: null });
    renderRoutes(routes, { initialEntry: `/rate/${TOKEN}` });
    expect(await screen.findByText('Lien invalide ou expiré', {}, LAZY_PAGE)).toBeTruthy();
    expect(screen.getByText(/Ce lien d'évaluation n'est pas valide ou a expiré/)).toBeTruthy();
  });
});

describe('/mail-preferences/:token (signed out)', { timeout: 15_000 }, () => {
  it('shows whose preferences they are, turns ?unsubscribe off, and PUTs the switches', async () => {
    const { calls, puts } = serve();
    const user = userEvent.setup();
    renderRoutes(routes, { initialEntry: `/mail-preferences/${TOKEN}?unsubscribe=agent_reply` });

    expect(await screen.findByText('Pour Claire Contact (claire@acme.test)', {}, LAZY_PAGE)).toBeTruthy();
    expect(calls.some((c) => c.url.pathname === '/api/auth/me')).toBe(false);
    expect((screen.getByRole('switch', { name: 'Réponse du support' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('switch', { name: 'Ticket fermé' }) as HTMLInputElement).checked).toBe(true);
    expect(puts).toEqual([]);

    await user.click(screen.getByRole('switch', { name: 'Ticket fermé' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(puts).toEqual([
        {
          path: `/api/public/mail-preferences/${TOKEN}`,
          body: {
            locale: 'fr',
            categories: [
              { category: 'ticket_opened', enabled: true },
              { category: 'agent_reply', enabled: false },
              { category: 'resolution', enabled: true },
              { category: 'closing', enabled: false },
            ],
          },
        },
      ]),
    );
    expect(await screen.findByText('Vos préférences de courriel sont enregistrées.')).toBeTruthy();
  });

  it('says so for a bad or expired link', async () => {
    serve({ preferences: null });
    renderRoutes(routes, { initialEntry: `/mail-preferences/${TOKEN}` });
    expect(await screen.findByText('Lien invalide ou expiré', {}, LAZY_PAGE)).toBeTruthy();
    expect(screen.getByText(/Ce lien de préférences n'est pas valide ou a expiré/)).toBeTruthy();
  });
});
