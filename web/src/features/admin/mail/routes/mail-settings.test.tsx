import type { MailSettings } from '@guichet/contract/mail';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { mailSettingsBody, mailSettingsValues } from '../components/mail-settings-values';
import { mailSettings } from '../mail-fixtures';
import { MailPage } from './mail-page';

function serve(settings: MailSettings, test = { ok: true, message: '250 smtp.guichet.test ready' }) {
  const patches: unknown[] = [];
  const tests: unknown[] = [];
  mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/mail/settings' && method === 'PATCH') {
      patches.push(JSON.parse(String(init?.body)));
      return json(settings);
    }
    if (url.pathname === '/api/mail/settings') return json(settings);
    if (url.pathname === '/api/mail/settings/test') {
      tests.push(JSON.parse(String(init?.body)));
      return json(test);
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return { patches, tests };
}

const open = () => renderPage(<MailPage />, { me: adminMe, path: '/admin/mail', initialEntry: '/admin/mail?tab=settings' });
const smtp = () => screen.getByRole('group', { name: 'Envoi (SMTP)' });

describe('mail settings body', () => {
  it('sends a password only when typed, null to remove it, and nothing the environment sets', () => {
    const settings = mailSettings();
    const values = mailSettingsValues(settings);
    expect(mailSettingsBody(values, settings.fromEnvironment).smtp).not.toHaveProperty('password');
    expect(mailSettingsBody({ ...values, smtp: { ...values.smtp, password: 's3cret' } }, settings.fromEnvironment).smtp?.password).toBe('s3cret');
    expect(mailSettingsBody({ ...values, smtp: { ...values.smtp, removePassword: true } }, settings.fromEnvironment).smtp?.password).toBeNull();
    const fromEnv = mailSettingsBody(values, { smtp: true, imap: false, from: true });
    expect(fromEnv).not.toHaveProperty('smtp');
    expect(fromEnv).not.toHaveProperty('fromAddress');
    expect(fromEnv.imap).toMatchObject({ enabled: false, folder: 'INBOX', host: null, port: null });
  });
});

describe('MailPage — « Réglages »', { timeout: 15_000 }, () => {
  it('shows a stored password as « enregistré » and sends one only when typed', async () => {
    const { patches } = serve(mailSettings());
    const user = userEvent.setup();
    open();

    const password = (await within(await screen.findByRole('group', { name: 'Envoi (SMTP)' })).findByLabelText('Mot de passe')) as HTMLInputElement;
    expect(password.value).toBe('');
    expect(password.placeholder).toBe('enregistré');
    expect(within(smtp()).getByText('Un mot de passe est enregistré. Laissez vide pour le garder.')).toBeTruthy();

    await user.clear(within(smtp()).getByRole('textbox', { name: 'Serveur' }));
    await user.type(within(smtp()).getByRole('textbox', { name: 'Serveur' }), 'mail.acme.test');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toMatchObject({ smtp: { host: 'mail.acme.test', port: 587, security: 'starttls', user: 'support' } });
    expect((patches[0] as { smtp: object }).smtp).not.toHaveProperty('password');

    await user.type(within(smtp()).getByLabelText('Mot de passe'), 'n0uveau-secret');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect((patches[1] as { smtp: { password: string } }).smtp.password).toBe('n0uveau-secret');
  });

  it('shows the parts the environment sets read-only, and explains MAIL_SECRET_KEY', async () => {
    const { patches } = serve(
      mailSettings({
        fromEnvironment: { smtp: true, imap: false, from: false },
        canStorePasswords: false,
        smtp: { host: 'smtp.env.test', port: 465, security: 'tls', user: null, passwordSet: false },
      }),
    );
    const user = userEvent.setup();
    open();

    expect(await screen.findByText(/variable d'environnement SMTP_URL/)).toBeTruthy();
    expect((within(smtp()).getByRole('textbox', { name: 'Serveur' }) as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText(/définissez la variable d'environnement MAIL_SECRET_KEY/)).toBeTruthy();
    expect((within(screen.getByRole('group', { name: 'Réception (IMAP)' })).getByLabelText('Mot de passe') as HTMLInputElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).not.toHaveProperty('smtp');
    expect(patches[0]).toHaveProperty('imap');
  });

  it('tests a connection and shows the answer, green or red', async () => {
    const { tests } = serve(mailSettings(), { ok: false, message: 'connect ECONNREFUSED 127.0.0.1:993' });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Tester la connexion IMAP' }));
    expect(await screen.findByText('Échec de la connexion')).toBeTruthy();
    expect(screen.getByText('connect ECONNREFUSED 127.0.0.1:993')).toBeTruthy();
    expect(tests).toEqual([{ server: 'imap' }]);
  });
});
