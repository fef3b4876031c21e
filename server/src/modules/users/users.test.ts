import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeUser } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { cookie: string };
let adminId: string;
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '1000' });
  const user = await makeUser(ctx.app, 'admin');
  adminId = user.id;
  admin = await login(ctx.app, user.email);
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

describe('Administration → Users', () => {
  it('creates an agent who can sign in, and lists staff without password hashes', async () => {
    const res = await api(admin, 'POST', '/api/users', { email: 'New.Agent@Example.test', name: 'Nouvel Agent', role: 'agent', password: 'agent-password-1' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'new.agent@example.test', role: 'agent', active: true });
    await expect(login(ctx.app, 'new.agent@example.test', 'agent-password-1')).resolves.toBeTruthy();
    const list = await api(admin, 'GET', '/api/users?q=nouvel');
    expect(list.json().items.map((u: { email: string }) => u.email)).toEqual(['new.agent@example.test']);
    expect(list.body).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a duplicate e-mail (409) and a short password (400)', async () => {
    const existing = await makeUser(ctx.app, 'agent');
    expect((await api(admin, 'POST', '/api/users', { email: existing.email, name: 'X', role: 'agent', password: 'long-enough-1' })).statusCode).toBe(409);
    const short = await api(admin, 'POST', '/api/users', { email: 'short@example.test', name: 'X', role: 'agent', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('body.password');
  });

  it('deactivates a user: their sessions end, they cannot sign in, and their account stays', async () => {
    const agent = await makeUser(ctx.app, 'agent');
    const session = await login(ctx.app, agent.email);
    const res = await api(admin, 'PATCH', `/api/users/${agent.id}`, { active: false });
    expect(res.json().active).toBe(false);
    expect((await api(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(login(ctx.app, agent.email)).rejects.toThrow(/401/);
    const list = await api(admin, 'GET', `/api/users?q=${encodeURIComponent(agent.email)}`);
    expect(list.json().items[0]).toMatchObject({ id: agent.id, active: false });
    await api(admin, 'PATCH', `/api/users/${agent.id}`, { active: true });
    await expect(login(ctx.app, agent.email)).resolves.toBeTruthy();
  });

  it('resets a password and signs the user out everywhere', async () => {
    const agent = await makeUser(ctx.app, 'agent');
    const session = await login(ctx.app, agent.email);
    expect((await api(admin, 'POST', `/api/users/${agent.id}/password`, { password: 'brand-new-password' })).statusCode).toBe(204);
    expect((await api(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(login(ctx.app, agent.email, 'brand-new-password')).resolves.toBeTruthy();
  });

  it('does not let an admin deactivate or demote themselves', async () => {
    expect((await api(admin, 'PATCH', `/api/users/${adminId}`, { active: false })).statusCode).toBe(409);
    expect((await api(admin, 'PATCH', `/api/users/${adminId}`, { role: 'agent' })).statusCode).toBe(409);
  });

  it('is hidden from agents (404) and from API tokens', async () => {
    const agent = await login(ctx.app, (await makeUser(ctx.app, 'agent')).email);
    expect((await api(agent, 'GET', '/api/users')).statusCode).toBe(404);
    expect((await api(agent, 'POST', '/api/users', { email: 'x@example.test', name: 'X', role: 'admin', password: 'long-enough-1' })).statusCode).toBe(404);
    const token = (await api(admin, 'POST', '/api/api-tokens', { name: 't' })).json().token;
    const res = await ctx.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(404);
  });
});

describe('validation errors', () => {
  it('give each field a stable code the interface translates', async () => {
    const res = await api(admin, 'POST', '/api/users', { email: 'nope', name: '', role: 'agent', password: 'short' });
    const byField = Object.fromEntries(res.json().error.details.map((d: { field: string; code: string }) => [d.field, d.code]));
    expect(byField).toEqual({ 'body.email': 'invalid_email', 'body.name': 'required', 'body.password': 'too_short' });
  });
});
