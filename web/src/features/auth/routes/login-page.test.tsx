import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderPage } from '../../../test/render';
import { LoginPage } from './login-page';

async function fillAndSubmit(email: string, password: string) {
  // The page first asks who is signed in (nobody), then shows the form.
  fireEvent.change(await screen.findByLabelText(/^Adresse e-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('LoginPage', () => {
  it('shows the French error when the server answers 401 invalid_credentials', async () => {
    const calls = mockFetch((url) => {
      if (url.pathname === '/api/auth/login') {
        return json({ error: { code: 'invalid_credentials', message: 'Invalid e-mail or password.' } }, 401);
      }
      return json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401);
    });
    renderPage(<LoginPage />, { path: '/login' });

    await fillAndSubmit('alice@example.test', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Adresse e-mail ou mot de passe incorrect.');
    const login = calls.find((c) => c.url.pathname === '/api/auth/login');
    expect(JSON.parse(String(login?.init?.body))).toEqual({ email: 'alice@example.test', password: 'wrong password' });
  });

  it('explains a 429 in French', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/login'
        ? json({ error: { code: 'too_many_requests', message: 'Too many requests.' } }, 429)
        : json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401),
    );
    renderPage(<LoginPage />, { path: '/login' });

    await fillAndSubmit('alice@example.test', 'secret-secret');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
    );
  });

  it('does not call the server when the e-mail is not valid', async () => {
    const calls = mockFetch(() => json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401));
    renderPage(<LoginPage />, { path: '/login' });

    await fillAndSubmit('not-an-email', 'secret');

    expect(await screen.findByText('Adresse e-mail invalide.')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/auth/login')).toBe(false));
  });
});
