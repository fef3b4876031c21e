import { afterAll, beforeAll, expect, it } from 'vitest';
import { mailSettings } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeUser } from '../../../test/factories.ts';
import { describeWithMail } from '../../../test/mail-servers.ts';
import { mailServers, newAddress } from '../../../test/mailbox.ts';
import { decryptSecret } from './mail-config.ts';

/** Administration → Courriels → Réglages against the real servers: stored encrypted, tested for real. */
describeWithMail('mail settings typed by an admin', () => {
  let ctx: TestContext;
  let admin: { cookie: string };
  const key = 'a-long-enough-secret-key-for-tests';
  const api = (method: string, url: string, payload?: unknown) =>
    ctx.app.inject({ method: method as 'GET', url, headers: { cookie: admin.cookie }, payload: payload as object });

  beforeAll(async () => {
    ctx = await createTestApp({ MAIL_SECRET_KEY: key });
    admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  });
  afterAll(() => ctx?.close());

  it('stores the mailbox password encrypted, never returns it, and signs in with it', async () => {
    const { password } = mailServers()!;
    const user = newAddress('support');
    const saved = await api('PATCH', '/api/mail/settings', {
      fromAddress: user,
      smtp: { host: '127.0.0.1', port: 25, security: 'none' },
      imap: { enabled: true, host: '127.0.0.1', port: 143, tls: false, user, password, folder: 'INBOX' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ canStorePasswords: true, imap: { enabled: true, user, passwordSet: true }, fromEnvironment: { smtp: false, imap: false } });
    expect(saved.body).not.toContain(password);
    const [row] = await ctx.app.db.select().from(mailSettings);
    expect(row!.imapPasswordEnc).not.toContain(password);
    expect(decryptSecret(key, row!.imapPasswordEnc)).toBe(password);
    expect(decryptSecret('another-key-of-sixteen-chars', row!.imapPasswordEnc)).toBeNull();

    expect((await api('POST', '/api/mail/settings/test', { server: 'imap' })).json()).toMatchObject({ ok: true, message: expect.stringContaining('INBOX') });
    expect((await api('POST', '/api/mail/settings/test', { server: 'smtp' })).json()).toMatchObject({ ok: true });

    await api('PATCH', '/api/mail/settings', { imap: { password: 'wrong-password' }, smtp: { port: 1 } });
    const imap = (await api('POST', '/api/mail/settings/test', { server: 'imap' })).json();
    expect(imap.ok).toBe(false);
    expect(imap.message.length).toBeGreaterThan(3);
    expect((await api('POST', '/api/mail/settings/test', { server: 'smtp' })).json()).toMatchObject({ ok: false, message: expect.stringMatching(/ECONNREFUSED|connect/i) });
    const removed = (await api('PATCH', '/api/mail/settings', { imap: { password: null, enabled: false } })).json();
    expect(removed.imap).toMatchObject({ passwordSet: false, enabled: false });
    // a password stays with the server it was typed for: moving the server without it forgets it
    await api('PATCH', '/api/mail/settings', { imap: { password } });
    expect((await api('PATCH', '/api/mail/settings', { imap: { host: '127.0.0.1', user } })).json().imap.passwordSet).toBe(true);
    expect((await api('PATCH', '/api/mail/settings', { imap: { host: 'imap.elsewhere.test' } })).json().imap.passwordSet).toBe(false);
  });
});
