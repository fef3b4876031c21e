import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, notifications } from '../db/schema.ts';
import { createTestApp, type TestContext } from '../../test/context.ts';
import { login, makeAgent, makeClient, makePortalContact, makeUser } from '../../test/factories.ts';
import { runAutoClose } from './auto-close.ts';

let ctx: TestContext;
let admin: { cookie: string };
let agent: { cookie: string };
let contact: { cookie: string; id: string };
let clientId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  agent = await login(ctx.app, (await makeAgent(ctx.app)).email);
  clientId = (await makeClient(ctx.app)).id;
  const c = await makePortalContact(ctx.app, clientId);
  contact = { id: c.user.id, ...(await login(ctx.app, c.user.email)) };
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

async function ticketWaitingOnClient(how: 'resolved' | 'agent_replied' | 'client_replied') {
  const t = (await api(contact, 'POST', '/api/tickets', { subject: 'Sauvegarde', description: 'Échec de la sauvegarde' })).json();
  await api(agent, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Avez-vous redémarré le NAS ?' });
  if (how === 'client_replied') await api(contact, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Pas encore' });
  if (how === 'resolved') {
    const cur = (await api(agent, 'GET', `/api/tickets/${t.id}`)).json();
    await api(agent, 'PATCH', `/api/tickets/${t.id}`, { version: cur.version, status: 'resolved' });
  }
  return t.id as string;
}

const get = async (id: string) => (await api(admin, 'GET', `/api/tickets/${id}`)).json();
const systemLines = async (id: string) => (await ctx.app.db.select().from(messages).where(and(eq(messages.ticketId, id), eq(messages.kind, 'system')))).length;
const closedNotices = async (id: string) =>
  (await ctx.app.db.select().from(notifications).where(and(eq(notifications.ticketId, id), eq(notifications.kind, 'ticket_closed')))).length;

describe('auto-close job', () => {
  it('closes a resolved ticket after the delay, once, with one system line and one notification', async () => {
    const id = await ticketWaitingOnClient('resolved');
    const now = Date.now();
    await runAutoClose(ctx.app.db, new Date(now + 5 * DAY - 60_000));
    expect((await get(id)).status).toBe('resolved');
    await runAutoClose(ctx.app.db, new Date(now + 5 * DAY + 60_000));
    expect(await get(id)).toMatchObject({ status: 'closed', closedReason: 'auto_inactivity' });
    await runAutoClose(ctx.app.db, new Date(now + 9 * DAY));
    expect(await systemLines(id)).toBe(1);
    expect(await closedNotices(id)).toBe(1);
    const seenByClient = (await api(contact, 'GET', `/api/tickets/${id}/messages`)).json().items;
    expect(seenByClient.at(-1)).toMatchObject({ kind: 'system', body: 'auto_closed', author: null });
    const history = (await api(admin, 'GET', `/api/tickets/${id}/history`)).json().items.at(-1);
    expect(history).toMatchObject({ kind: 'status', from: 'resolved', to: 'closed', actor: null });
  });

  it('closes an in-progress ticket whose last public message is the agent’s, but not one the client answered', async () => {
    const waiting = await ticketWaitingOnClient('agent_replied');
    const answered = await ticketWaitingOnClient('client_replied');
    await runAutoClose(ctx.app.db, new Date(Date.now() + 6 * DAY));
    expect((await get(waiting)).status).toBe('closed');
    expect((await get(answered)).status).toBe('in_progress');
  });

  it('does not close a reopened ticket at once: it waits on support until the next agent reply', async () => {
    const id = await ticketWaitingOnClient('resolved');
    const resolved = await get(id);
    // the admin reopens it: the agent's reply before the resolution must not start the clock
    const reopened = (await api(admin, 'PATCH', `/api/tickets/${id}`, { version: resolved.version, status: 'in_progress' })).json();
    expect(reopened).toMatchObject({ status: 'in_progress', waitingOn: 'support' });
    await runAutoClose(ctx.app.db, new Date(Date.now() + 30 * DAY));
    expect((await get(id)).status).toBe('in_progress');
    await api(agent, 'POST', `/api/tickets/${id}/messages`, { body: 'Nouvelle procédure envoyée, pouvez-vous essayer ?' });
    expect((await get(id)).waitingOn).toBe('client');
    await runAutoClose(ctx.app.db, new Date(Date.now() + 6 * DAY));
    expect((await get(id)).status).toBe('closed');
  });

  it('follows the setting: another delay, or 0 = off', async () => {
    const id = await ticketWaitingOnClient('resolved');
    await api(admin, 'PATCH', '/api/settings', { autoCloseDays: 0 });
    expect(await runAutoClose(ctx.app.db, new Date(Date.now() + 100 * DAY))).toBe(0);
    await api(admin, 'PATCH', '/api/settings', { autoCloseDays: 2 });
    await runAutoClose(ctx.app.db, new Date(Date.now() + 2 * DAY + 60_000));
    expect((await get(id)).status).toBe('closed');
    await api(admin, 'PATCH', '/api/settings', { autoCloseDays: 5 });
  });

  it('is safe when several processes run it at once: each ticket closed once', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await ticketWaitingOnClient(i % 2 ? 'resolved' : 'agent_replied'));
    const later = new Date(Date.now() + 7 * DAY);
    const counts = await Promise.all([runAutoClose(ctx.app.db, later, 5), runAutoClose(ctx.app.db, later, 5), runAutoClose(ctx.app.db, later, 5)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    for (const id of ids) {
      expect(await systemLines(id)).toBe(1);
      expect(await closedNotices(id)).toBe(1);
    }
  });
});
