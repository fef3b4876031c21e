import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, mailOutbox, notifications } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makePortalContact, makeUser } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { id: string; cookie: string };
let agent: { id: string; email: string; cookie: string };
let client: { id: string };
/** Élise: the client's main contact, with a portal login. */
let elise: { userId: string; contactId: string; email: string; cookie: string };
/** Marc: a contact without a login (mail only). */
let marc: { id: string; email: string };
/** Another client's contact. */
let stranger: { id: string };

const api = (as: { cookie: string } | null, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: as ? { cookie: as.cookie } : {}, payload: payload as object });

const mailsTo = async (email: string) =>
  (await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email))).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000', PUBLIC_URL: 'https://support.example.test' });
  const a = await makeUser(ctx.app, 'admin');
  admin = { id: a.id, ...(await login(ctx.app, a.email)) };
  const g = await makeAgent(ctx.app, {}, { name: 'Julien Moreau' });
  agent = { id: g.id, email: g.email, ...(await login(ctx.app, g.email)) };
  client = await makeClient(ctx.app, { name: 'Transports Fontaine' });
  const e = await makePortalContact(ctx.app, client.id);
  await ctx.app.db.update(contacts).set({ main: true, name: 'Élise Fontaine' }).where(eq(contacts.id, e.contact.id));
  elise = { userId: e.user.id, contactId: e.contact.id, email: e.contact.email, ...(await login(ctx.app, e.user.email)) };
  const m = await api(admin, 'POST', `/api/clients/${client.id}/contacts`, { name: 'Marc Durand', email: `marc-${Date.now()}@example.test` });
  expect(m.statusCode, m.body).toBe(201);
  marc = m.json();
  const other = await makeClient(ctx.app);
  stranger = (await makePortalContact(ctx.app, other.id)).contact;
});
afterAll(() => ctx.close());

async function staffTicket(body: Record<string, unknown> = {}) {
  const res = await api(admin, 'POST', '/api/tickets', { clientId: client.id, subject: 'Imprimante hors ligne', description: 'Elle ne répond plus depuis ce matin.', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('requester and people in copy', () => {
  it('makes the client’s main contact the requester of a ticket staff open, and names them', async () => {
    const t = await staffTicket();
    expect(t.requester).toEqual({ id: elise.contactId, name: 'Élise Fontaine' });
    expect(t.requesterContact).toEqual({ id: elise.contactId, name: 'Élise Fontaine', email: elise.email });
    expect(t.cc).toEqual([]);
    expect(t.source).toBe('web');
    // the portal shows the same requester
    const seen = (await api(elise, 'GET', `/api/tickets/${t.id}`)).json();
    expect(seen.requester).toEqual({ id: elise.contactId, name: 'Élise Fontaine' });
    const listed = (await api(elise, 'GET', '/api/tickets?limit=200')).json().items.find((i: { id: string }) => i.id === t.id);
    expect(listed.requester.name).toBe('Élise Fontaine');
  });

  it('takes the requester and the contacts in copy the staff chose', async () => {
    const t = await staffTicket({ requesterContactId: marc.id, ccContactIds: [elise.contactId, marc.id] });
    expect(t.requesterContact.id).toBe(marc.id);
    // the requester is not also in copy
    expect(t.cc.map((c: { id: string }) => c.id)).toEqual([elise.contactId]);
  });

  it('refuses another client’s contact as requester or in copy, and writes nothing', async () => {
    const before = (await api(admin, 'GET', `/api/tickets?clientId=${client.id}&limit=200`)).json().items.length;
    for (const body of [{ requesterContactId: stranger.id }, { ccContactIds: [stranger.id] }]) {
      const res = await api(admin, 'POST', '/api/tickets', { clientId: client.id, subject: 'x', description: 'y', ...body });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_contact');
    }
    expect((await api(admin, 'GET', `/api/tickets?clientId=${client.id}&limit=200`)).json().items.length).toBe(before);
  });

  it('makes a contact the requester of what they open in the portal, whatever they ask', async () => {
    const res = await api(elise, 'POST', '/api/tickets', { subject: 'Badge', description: 'Mon badge ne passe plus.', requesterContactId: marc.id, ccContactIds: [marc.id] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().requesterContact.id).toBe(elise.contactId);
    expect(res.json().cc.map((c: { id: string }) => c.id)).toEqual([marc.id]);
  });
});

describe('mails in the outbox', () => {
  it('tells the requester and the people in copy that a ticket was opened for them, in the same transaction', async () => {
    const t = await staffTicket({ ccContactIds: [marc.id], subject: 'Écran noir' });
    const [toElise] = (await mailsTo(elise.email)).filter((m) => m.ticketId === t.id);
    const [toMarc] = (await mailsTo(marc.email)).filter((m) => m.ticketId === t.id);
    expect(toElise).toMatchObject({ kind: 'ticket_opened', status: 'queued', locale: 'fr', toName: 'Élise Fontaine', subject: `[#${t.number}] Ticket ouvert : Écran noir` });
    expect(toElise!.textBody).toContain('Elle ne répond plus depuis ce matin.');
    expect(toElise!.textBody).toContain(`https://support.example.test/portal/tickets/${t.id}`);
    // Marc has no login: no link he could not open, but his preferences
    expect(toMarc!.textBody).not.toContain('/portal/tickets/');
    expect(toMarc!.textBody).toContain('https://support.example.test/mail-preferences/');
    expect(toElise!.headers).toMatchObject({
      'Auto-Submitted': 'auto-generated',
      References: `<ticket.${t.id}@support.example.test>`,
      'In-Reply-To': `<ticket.${t.id}@support.example.test>`,
      'X-Guichet-Ticket': String(t.number),
    });
    expect(toElise!.headers['List-Unsubscribe']).toMatch(/^<https:\/\/support\.example\.test\/mail-preferences\/[\w-]+\.[\w-]+>$/);
    expect(toElise!.messageId).toMatch(/^<m\.[0-9a-f-]{36}@support\.example\.test>$/);
    expect(toElise!.replyTag).toMatch(new RegExp(`^t${t.number}-[a-z0-9]{12}$`));
  });

  it('mails a public reply to the client’s people (the text, never an internal note), with the bell for logins', async () => {
    const t = await staffTicket({ ccContactIds: [marc.id] });
    const note = await api(agent, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Note interne : client pénible', internal: true });
    expect(note.statusCode).toBe(201);
    const reply = await api(agent, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Bonjour Élise,\nredémarrez l’imprimante <b>svp</b>.' });
    expect(reply.statusCode).toBe(201);
    const mails = (await mailsTo(elise.email)).filter((m) => m.ticketId === t.id && m.kind === 'agent_replied');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain('redémarrez l’imprimante <b>svp</b>.');
    expect(mails[0]!.htmlBody).toContain('redémarrez l’imprimante &#60;b&#62;svp&#60;/b&#62;.');
    expect(mails[0]!.textBody).toContain('Julien Moreau a répondu');
    const all = await ctx.app.db.select().from(mailOutbox).where(eq(mailOutbox.ticketId, t.id));
    expect(all.some((m) => m.textBody.includes('client pénible'))).toBe(false);
    expect((await mailsTo(marc.email)).filter((m) => m.ticketId === t.id && m.kind === 'agent_replied')).toHaveLength(1);
    const bell = await ctx.app.db.select().from(notifications).where(eq(notifications.userId, elise.userId));
    expect(bell.some((n) => n.ticketId === t.id && n.kind === 'agent_replied')).toBe(true);
  });

  it('mails the assignee a client’s reply, never the one who wrote it', async () => {
    const t = await staffTicket();
    const assigned = (await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId: agent.id, version: t.version })).json();
    expect(assigned.assignee.id).toBe(agent.id);
    expect((await mailsTo(agent.email)).some((m) => m.ticketId === t.id && m.kind === 'ticket_assigned')).toBe(true);
    await api(elise, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Toujours en panne.' });
    const toAgent = (await mailsTo(agent.email)).filter((m) => m.ticketId === t.id && m.kind === 'client_replied');
    expect(toAgent).toHaveLength(1);
    expect(toAgent[0]!.textBody).toContain('Toujours en panne.');
    expect(toAgent[0]!.textBody).toContain(`https://support.example.test/tickets/${t.id}`);
    expect(toAgent[0]!.replyTag).toBeNull();
    expect((await mailsTo(elise.email)).filter((m) => m.ticketId === t.id && m.kind === 'client_replied')).toHaveLength(0);
  });

  it('carries the rating link in the resolution mail, and the link rates the ticket without signing in', async () => {
    const t = await staffTicket();
    const started = (await api(agent, 'PATCH', `/api/tickets/${t.id}`, { version: t.version, status: 'in_progress' })).json();
    await api(agent, 'PATCH', `/api/tickets/${t.id}`, { version: started.version, status: 'resolved' });
    const [resolved] = (await mailsTo(marc.email)).filter((m) => m.ticketId === t.id && m.kind === 'ticket_resolved');
    expect(resolved, 'Marc is not on that ticket').toBeUndefined();
    const [mail] = (await mailsTo(elise.email)).filter((m) => m.ticketId === t.id && m.kind === 'ticket_resolved');
    expect(mail!.subject).toBe(`[#${t.number}] Résolu : Imprimante hors ligne`);
    const url = /https:\/\/support\.example\.test\/rate\/([\w.-]+)/.exec(mail!.textBody)?.[1];
    expect(url).toBeTruthy();
    expect(mail!.htmlBody).toContain(`/rate/${url}?stars=5`);
    const page = await api(null, 'GET', `/api/public/rating/${url}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({ ticket: { number: t.number, subject: 'Imprimante hors ligne' }, stars: null, comment: null, canRate: true, locale: 'fr' });
    const rated = await api(null, 'PUT', `/api/public/rating/${url}`, { stars: 4, comment: 'Rapide, merci' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ stars: 4, comment: 'Rapide, merci', agent: { id: agent.id } });
    expect((await api(admin, 'GET', `/api/tickets/${t.id}`)).json().rating).toMatchObject({ stars: 4 });
    // a link we did not sign opens nothing
    const forged = `${url!.split('.')[0]}.${'A'.repeat(22)}`;
    expect((await api(null, 'GET', `/api/public/rating/${forged}`)).statusCode).toBe(404);
    expect((await api(null, 'PUT', `/api/public/rating/${forged}`, { stars: 1 })).statusCode).toBe(404);
  });

  it('follows each person’s preferences (the bell still rings) and language', async () => {
    const prefs = await api(elise, 'PATCH', '/api/me/mail-preferences', { locale: 'en', categories: [{ category: 'agent_reply', enabled: false }] });
    expect(prefs.statusCode, prefs.body).toBe(200);
    expect(prefs.json().categories).toContainEqual({ category: 'agent_reply', enabled: false });
    expect((await api(elise, 'PATCH', '/api/me/mail-preferences', { categories: [{ category: 'budget_alert', enabled: false }] })).statusCode).toBe(400);
    const t = await staffTicket({ subject: 'VPN' });
    await api(agent, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Essayez ceci.' });
    const mine = (await mailsTo(elise.email)).filter((m) => m.ticketId === t.id);
    expect(mine.map((m) => m.kind)).toEqual(['ticket_opened']);
    expect(mine[0]!.subject).toBe(`[#${t.number}] Ticket opened: VPN`);
    const bell = await ctx.app.db.select().from(notifications).where(eq(notifications.userId, elise.userId));
    expect(bell.some((n) => n.ticketId === t.id && n.kind === 'agent_replied')).toBe(true);
    await api(elise, 'PATCH', '/api/me/mail-preferences', { locale: 'fr', categories: [{ category: 'agent_reply', enabled: true }] });
  });

  it('opens a person’s preferences from the mail’s link, without signing in', async () => {
    const [mail] = await mailsTo(marc.email);
    const token = /\/mail-preferences\/([\w.-]+)/.exec(mail!.textBody)![1]!;
    const got = await api(null, 'GET', `/api/public/mail-preferences/${token}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ name: 'Marc Durand', email: marc.email, locale: 'fr' });
    expect(got.json().categories.map((c: { category: string }) => c.category)).toEqual(['ticket_opened', 'agent_reply', 'resolution', 'closing']);
    const put = await api(null, 'PUT', `/api/public/mail-preferences/${token}`, { categories: [{ category: 'closing', enabled: false }] });
    expect(put.json().categories).toContainEqual({ category: 'closing', enabled: false });
    expect((await api(null, 'PUT', `/api/public/mail-preferences/${token}`, { categories: [{ category: 'assignment', enabled: false }] })).statusCode).toBe(400);
    expect((await api(null, 'GET', `/api/public/mail-preferences/x${token}`)).statusCode).toBe(404);
  });
});

describe('Administration → Courriels', () => {
  it('lists the outbox with counts and a preview for admins only; nothing is sent without an SMTP server', async () => {
    const list = await api(admin, 'GET', '/api/mail/outbox?limit=2');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.smtpConfigured).toBe(false);
    expect(body.items).toHaveLength(2);
    expect(body.counts.queued).toBeGreaterThan(2);
    expect(body.nextCursor).not.toBeNull();
    const next = (await api(admin, 'GET', `/api/mail/outbox?limit=2&cursor=${encodeURIComponent(body.nextCursor)}`)).json();
    expect(next.items[0].id).not.toBe(body.items[1].id);
    const detail = (await api(admin, 'GET', `/api/mail/outbox/${body.items[0].id}`)).json();
    expect(detail.htmlBody).toContain('<!doctype html>');
    expect(detail.textBody.length).toBeGreaterThan(20);
    expect((await api(admin, 'POST', `/api/mail/outbox/${body.items[0].id}/resend`)).statusCode).toBe(400);
    for (const who of [agent, elise]) {
      expect((await api(who, 'GET', '/api/mail/outbox')).statusCode).toBe(404);
      expect((await api(who, 'GET', `/api/mail/outbox/${body.items[0].id}`)).statusCode).toBe(404);
      expect((await api(who, 'GET', '/api/mail/settings')).statusCode).toBe(404);
    }
  });

  it('keeps passwords out of answers and refuses to store one without MAIL_SECRET_KEY', async () => {
    const res = await api(admin, 'PATCH', '/api/mail/settings', { fromAddress: 'Support@Example.test', smtp: { host: 'smtp.example.test', port: 587, user: 'u', password: 'secret-password' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('secret_key_missing');
    const ok = await api(admin, 'PATCH', '/api/mail/settings', { fromAddress: 'Support@Example.test', smtp: { host: 'smtp.example.test', port: 587, user: 'u' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fromAddress: 'support@example.test', smtp: { host: 'smtp.example.test', passwordSet: false }, canStorePasswords: false });
    expect(JSON.stringify(ok.json())).not.toContain('secret-password');
    await api(admin, 'PATCH', '/api/mail/settings', { smtp: { host: null } });
  });
});
