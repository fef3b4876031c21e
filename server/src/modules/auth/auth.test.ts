import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { sessions } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeUser, PASSWORD } from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '1000' });
});
afterAll(() => ctx.close());

const me = (cookie: string) => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('sign in and sessions', () => {
  it('signs in with e-mail and password, sets an HttpOnly SameSite=Lax cookie, and returns the user', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, role: 'agent', locale: 'fr', clientId: null });
    const cookie = res.cookies.find((c) => c.name === 'guichet_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect((await me(`guichet_session=${cookie.value}`)).json().email).toBe(user.email);
  });

  it('refuses a wrong password and an unknown e-mail with the same 401', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'not-the-password' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.test', password: 'whatever-it-is' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('answers 400 with field messages for a malformed login body', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('refuses a deactivated user, even with the right password', async () => {
    const user = await makeUser(ctx.app, 'agent', { active: false });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: PASSWORD } });
    expect(res.statusCode).toBe(401);
  });

  it('revokes the session at sign-out', async () => {
    const user = await makeUser(ctx.app, 'admin');
    const { cookie } = await login(ctx.app, user.email);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    const [row] = await ctx.app.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row!.revokedAt).not.toBeNull();
  });

  it('refuses an expired session', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const { cookie } = await login(ctx.app, user.email);
    await ctx.app.db.update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(sessions.userId, user.id));
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('keeps sessions in the database: a new server on the same database accepts them', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const { cookie } = await login(ctx.app, user.email);
    const restarted = await buildApp({ config: ctx.config, database: ctx.database, logger: false });
    const res = await restarted.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    await restarted.close();
  });

  it('remembers the language per user', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const { cookie } = await login(ctx.app, user.email);
    const res = await ctx.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie }, payload: { locale: 'en' } });
    expect(res.json().locale).toBe('en');
    const again = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: PASSWORD } });
    expect(again.json().locale).toBe('en');
  });
});

describe('rate limits on sign-in', () => {
  it('blocks an account after repeated failures, even with the right password, and does not reveal it exists', async () => {
    const user = await makeUser(ctx.app, 'agent');
    for (let i = 0; i < ctx.config.login.maxFailuresPerAccount; i++) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: `wrong-${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
  });

  it('counts parallel guesses too: at most the allowed number get a verdict, the rest 429', async () => {
    const user = await makeUser(ctx.app, 'agent');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: `guess-${i}` } }),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(ctx.config.login.maxFailuresPerAccount);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(12 - ctx.config.login.maxFailuresPerAccount);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `x${i}@example.test`, password: 'whatever-it-is' } });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('API tokens', () => {
  it('lets an admin create a token shown once, use it as Bearer, list it without the secret, and revoke it', async () => {
    const admin = await makeUser(ctx.app, 'admin');
    const { cookie } = await login(ctx.app, admin.email);
    const created = await ctx.app.inject({ method: 'POST', url: '/api/api-tokens', headers: { cookie }, payload: { name: 'CRM' } });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^gch_/);
    const authorization = `Bearer ${token}`;

    const clients = await ctx.app.inject({ method: 'GET', url: '/api/clients', headers: { authorization } });
    expect(clients.statusCode).toBe(200);

    const list = await ctx.app.inject({ method: 'GET', url: '/api/api-tokens', headers: { cookie } });
    expect(list.body).not.toContain(token);
    expect(list.json().items.find((t: { id: string }) => t.id === apiToken.id)).toMatchObject({ name: 'CRM', prefix: token.slice(0, 10) });

    // A token cannot mint tokens or accounts.
    const mint = await ctx.app.inject({ method: 'POST', url: '/api/api-tokens', headers: { authorization }, payload: { name: 'x' } });
    expect(mint.statusCode).toBe(404);

    const revoke = await ctx.app.inject({ method: 'DELETE', url: `/api/api-tokens/${apiToken.id}`, headers: { cookie } });
    expect(revoke.statusCode).toBe(204);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/clients', headers: { authorization } });
    expect(after.statusCode).toBe(401);
  });

  it('stops a token working when the admin who created it is deactivated', async () => {
    const creator = await makeUser(ctx.app, 'admin');
    const { cookie } = await login(ctx.app, creator.email);
    const { token } = (await ctx.app.inject({ method: 'POST', url: '/api/api-tokens', headers: { cookie }, payload: { name: 'x' } })).json();
    const other = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
    await ctx.app.inject({ method: 'PATCH', url: `/api/users/${creator.id}`, headers: { cookie: other.cookie }, payload: { active: false } });
    const res = await ctx.app.inject({ method: 'GET', url: '/api/clients', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses writes made with the session cookie from another site', async () => {
    const admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
    const post = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: '/api/clients', headers: { cookie: admin.cookie, ...headers }, payload: { name: 'CSRF' } });
    expect((await post({ 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    expect((await post({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
  });

  it('hides token management from agents', async () => {
    const agent = await makeUser(ctx.app, 'agent');
    const { cookie } = await login(ctx.app, agent.email);
    const res = await ctx.app.inject({ method: 'GET', url: '/api/api-tokens', headers: { cookie } });
    expect(res.statusCode).toBe(404);
  });
});
