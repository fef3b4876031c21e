import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeClient, makePortalContact, makeUser } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { cookie: string };
let agent: { cookie: string };
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '1000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  agent = await login(ctx.app, (await makeUser(ctx.app, 'agent')).email);
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

const clientCount = async () => (await ctx.app.db.select({ n: count() }).from(clients))[0]!.n;

describe('clients: create and edit', () => {
  it('creates a client with company details and reads it back', async () => {
    const res = await api(admin, 'POST', '/api/clients', {
      name: '  Boulangerie Martin ',
      externalRef: 'CRM-9001',
      companyId: '73282932000074',
      email: 'Compta@Boulangerie-Martin.fr',
      phone: '01 23 45 67 89',
      address: { line1: '3 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'France' },
      notes: 'Livraison le matin',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      name: 'Boulangerie Martin',
      email: 'compta@boulangerie-martin.fr',
      active: true,
      address: { line1: '3 rue des Lilas', line2: null, city: 'Lyon' },
      contactCount: 0,
    });
    const read = await api(agent, 'GET', `/api/clients/${created.id}`);
    expect(read.json()).toEqual(created);
  });

  it('answers 400 with a message per field and writes nothing', async () => {
    const before = await clientCount();
    const res = await api(admin, 'POST', '/api/clients', { name: '', email: 'nope', externalRef: 'has space' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.email', 'body.externalRef']));
    expect(await clientCount()).toBe(before);
  });

  it('refuses a CRM reference already used by another client with 409', async () => {
    const existing = await makeClient(ctx.app);
    const res = await api(admin, 'POST', '/api/clients', { name: 'Dup', externalRef: existing.externalRef });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('external_ref_taken');
  });

  it('edits only the fields sent', async () => {
    const c = await makeClient(ctx.app, { phone: '0102030405', city: 'Nantes' });
    const res = await api(admin, 'PATCH', `/api/clients/${c.id}`, { notes: 'VIP', active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ notes: 'VIP', active: false, phone: '0102030405', address: { city: 'Nantes' } });
  });

  it('lets agents read but not write, and hides clients from contacts (404)', async () => {
    const c = await makeClient(ctx.app);
    expect((await api(agent, 'POST', '/api/clients', { name: 'X' })).statusCode).toBe(404);
    expect((await api(agent, 'PATCH', `/api/clients/${c.id}`, { name: 'X' })).statusCode).toBe(404);
    const { user } = await makePortalContact(ctx.app, c.id);
    const contact = await login(ctx.app, user.email);
    for (const url of ['/api/clients', `/api/clients/${c.id}`, `/api/clients/${c.id}/contacts`, `/api/clients/by-ref/${c.externalRef}`]) {
      expect((await api(contact, 'GET', url)).statusCode, url).toBe(404);
    }
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await api(agent, 'GET', '/api/clients/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await api(agent, 'GET', '/api/clients/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('clients: search and pagination', () => {
  it('searches name, reference and e-mail, case-insensitively, with LIKE wildcards taken literally', async () => {
    const tag = `zq${Date.now().toString(36)}`;
    await makeClient(ctx.app, { name: `Imprimerie ${tag.toUpperCase()}` });
    await makeClient(ctx.app, { externalRef: `${tag}-REF` });
    await makeClient(ctx.app, { email: `hello@${tag}.fr` });
    await makeClient(ctx.app, { name: 'Unrelated' });
    const res = await api(agent, 'GET', `/api/clients?q=${tag}`);
    expect(res.json().total).toBe(3);
    expect((await api(agent, 'GET', '/api/clients?q=%25')).json().total).toBe(0);
  });

  for (const sort of ['name', '-name', 'externalRef', '-externalRef', 'createdAt', '-createdAt']) {
    it(`walks every client exactly once with keyset pages, sorted by ${sort}`, async () => {
      for (let i = 0; i < 7; i++) await makeClient(ctx.app, { name: `Page ${i % 3} client`, externalRef: i % 2 ? null : `P-${i}-${sort}` });
      const total = await clientCount();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/clients?limit=4&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const body: { items: { id: string }[]; nextCursor: string | null } = (await api(agent, 'GET', url)).json();
        seen.push(...body.items.map((c) => c.id));
        cursor = body.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    });
  }

  it('orders by name case-insensitively and refuses a forged cursor', async () => {
    const names = (await api(agent, 'GET', '/api/clients?limit=200&sort=name')).json().items.map((c: { name: string }) => c.name.toLowerCase());
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const forged = Buffer.from(JSON.stringify(['not-a-date', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await api(agent, 'GET', `/api/clients?sort=createdAt&cursor=${forged}`)).statusCode).toBe(400);
    const badId = Buffer.from(JSON.stringify(['a', '------------------------------------'])).toString('base64url');
    expect((await api(agent, 'GET', `/api/clients?cursor=${badId}`)).statusCode).toBe(400);
    const res = await api(agent, 'GET', '/api/clients?cursor=garbage');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_cursor');
  });

  it('caps limit at 200', async () => {
    expect((await api(agent, 'GET', '/api/clients?limit=201')).statusCode).toBe(400);
  });
});

describe('PUT /api/clients/by-ref/{externalRef}', () => {
  const body = {
    name: 'Transports Girard',
    companyId: '12345678901234',
    email: 'contact@girard.fr',
    address: { line1: '1 quai du Port', city: 'Marseille' },
    contacts: [{ name: 'Luc Girard', email: 'luc@girard.fr', jobTitle: 'Gérant' }],
  };

  it('creates, then changes nothing when called again with the same body', async () => {
    const first = await api(admin, 'PUT', '/api/clients/by-ref/GIR-1', body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ result: 'created', client: { externalRef: 'GIR-1', contactCount: 1 } });
    const second = await api(admin, 'PUT', '/api/clients/by-ref/GIR-1', body);
    expect(second.json().result).toBe('unchanged');
    expect(second.json().client).toEqual(first.json().client);
  });

  it('updates what changed, adds new contacts by e-mail and leaves unlisted contacts alone', async () => {
    await api(admin, 'PUT', '/api/clients/by-ref/GIR-2', body);
    const res = await api(admin, 'PUT', '/api/clients/by-ref/GIR-2', {
      ...body,
      phone: '04 91 00 00 00',
      contacts: [{ name: 'Anne Girard', email: 'anne@girard.fr' }],
    });
    expect(res.json()).toMatchObject({ result: 'updated', client: { phone: '04 91 00 00 00', contactCount: 2 } });
  });

  it('works with an API token, as a CRM calls it', async () => {
    const created = await api(admin, 'POST', '/api/api-tokens', { name: 'CRM sync' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/clients/by-ref/GIR-3',
      headers: { authorization: `Bearer ${created.json().token}` },
      payload: { name: 'Via token' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().result).toBe('created');
  });

  it('does not let a token give or reset a portal login (account management needs a signed-in admin)', async () => {
    const { token } = (await api(admin, 'POST', '/api/api-tokens', { name: 'CRM' })).json();
    const c = await makeClient(ctx.app);
    const contact = (await api(admin, 'POST', `/api/clients/${c.id}/contacts`, { name: 'T', email: 't@t.fr' })).json();
    const headers = { authorization: `Bearer ${token}` };
    const reset = await ctx.app.inject({ method: 'PUT', url: `/api/clients/${c.id}/contacts/${contact.id}/portal-access`, headers, payload: { enabled: true, password: 'taken-over-123' } });
    expect(reset.statusCode).toBe(404);
    const create = await ctx.app.inject({ method: 'POST', url: `/api/clients/${c.id}/contacts`, headers, payload: { name: 'U', email: 'u@t.fr', portalPassword: 'taken-over-123' } });
    expect(create.statusCode).toBe(404);
  });

  it('is refused to agents and validates the body', async () => {
    expect((await api(agent, 'PUT', '/api/clients/by-ref/GIR-4', body)).statusCode).toBe(404);
    const bad = await api(admin, 'PUT', '/api/clients/by-ref/GIR-4', { name: 'X', contacts: [{ name: 'No mail' }] });
    expect(bad.statusCode).toBe(400);
    expect((await api(admin, 'GET', '/api/clients/by-ref/GIR-4')).statusCode).toBe(404);
  });
});

describe('contacts and portal access', () => {
  it('adds a contact with a portal login; the contact signs in and sees their client', async () => {
    const c = await makeClient(ctx.app, { name: 'Librairie Portail' });
    const res = await api(admin, 'POST', `/api/clients/${c.id}/contacts`, {
      name: 'Jeanne Portail',
      email: 'jeanne@portail.fr',
      portalPassword: 'initial-password-1',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ portalAccess: 'active', clientId: c.id });
    const contact = await login(ctx.app, 'jeanne@portail.fr', 'initial-password-1');
    const me = (await api(contact, 'GET', '/api/auth/me')).json();
    expect(me).toMatchObject({ role: 'contact', clientId: c.id, clientName: 'Librairie Portail' });
    expect((await api(agent, 'GET', `/api/clients/${c.id}/contacts`)).json().items).toHaveLength(1);
  });

  it('revokes a portal login (signing the contact out) and gives it back with a new password', async () => {
    const c = await makeClient(ctx.app);
    const created = (await api(admin, 'POST', `/api/clients/${c.id}/contacts`, { name: 'Paul', email: 'paul@x.fr', portalPassword: 'first-password-1' })).json();
    const session = await login(ctx.app, 'paul@x.fr', 'first-password-1');
    const off = await api(admin, 'PUT', `/api/clients/${c.id}/contacts/${created.id}/portal-access`, { enabled: false });
    expect(off.json().portalAccess).toBe('disabled');
    expect((await api(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const on = await api(admin, 'PUT', `/api/clients/${c.id}/contacts/${created.id}/portal-access`, { enabled: true, password: 'second-password-2' });
    expect(on.json().portalAccess).toBe('active');
    await expect(login(ctx.app, 'paul@x.fr', 'second-password-2')).resolves.toBeTruthy();
  });

  it('needs a password to give a first portal login, and refuses an e-mail used by another account', async () => {
    const c = await makeClient(ctx.app);
    const contact = (await api(admin, 'POST', `/api/clients/${c.id}/contacts`, { name: 'Zoé', email: 'zoe@x.fr' })).json();
    expect(contact.portalAccess).toBe('none');
    const noPassword = await api(admin, 'PUT', `/api/clients/${c.id}/contacts/${contact.id}/portal-access`, { enabled: true });
    expect(noPassword.statusCode).toBe(400);
    const staff = await makeUser(ctx.app, 'agent');
    const clash = await api(admin, 'POST', `/api/clients/${c.id}/contacts`, { name: 'Clash', email: staff.email, portalPassword: 'some-password-1' });
    expect(clash.statusCode).toBe(409);
    expect((await api(admin, 'GET', `/api/clients/${c.id}/contacts`)).json().items).toHaveLength(1);
  });

  it('edits a contact and keeps the portal login in step', async () => {
    const c = await makeClient(ctx.app);
    const contact = (await api(admin, 'POST', `/api/clients/${c.id}/contacts`, { name: 'Léa', email: 'lea@x.fr', portalPassword: 'lea-password-1' })).json();
    const res = await api(admin, 'PATCH', `/api/clients/${c.id}/contacts/${contact.id}`, { email: 'lea.new@x.fr', phone: '0600000000' });
    expect(res.json()).toMatchObject({ email: 'lea.new@x.fr', phone: '0600000000' });
    await expect(login(ctx.app, 'lea.new@x.fr', 'lea-password-1')).resolves.toBeTruthy();
  });

  it("answers 404 for a contact of another client", async () => {
    const a = await makeClient(ctx.app);
    const b = await makeClient(ctx.app);
    const contact = (await api(admin, 'POST', `/api/clients/${a.id}/contacts`, { name: 'A', email: 'a@a.fr' })).json();
    expect((await api(admin, 'PATCH', `/api/clients/${b.id}/contacts/${contact.id}`, { name: 'B' })).statusCode).toBe(404);
  });
});
