import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { flatten, login, makeAgent, makeClient, makePortalContact, makeUser } from '../../../test/factories.ts';

let ctx: TestContext;
let admin: { cookie: string };
let agent: { id: string; cookie: string };
let other: { id: string; cookie: string };
let contact: { cookie: string };
let clientId: string;

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  const a = await makeAgent(ctx.app);
  agent = { id: a.id, ...(await login(ctx.app, a.email)) };
  const b = await makeAgent(ctx.app);
  other = { id: b.id, ...(await login(ctx.app, b.email)) };
  clientId = (await makeClient(ctx.app)).id;
  contact = await login(ctx.app, (await makePortalContact(ctx.app, clientId)).user.email);
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });
const newTicket = async () => (await api(admin, 'POST', '/api/tickets', { clientId, subject: 'Poste lent', description: 'Très lent' })).json();
const MONEY = /cost|hourlyRate|cents/i;

describe('hourly rates', () => {
  it('keeps a history, previews and applies a retroactive rate that re-prices the entries it covers', async () => {
    expect((await api(admin, 'POST', `/api/agents/${agent.id}/rates`, { effectiveFrom: '2026-01-01', hourlyRateCents: 4000 })).statusCode).toBe(201);
    await api(admin, 'POST', `/api/agents/${agent.id}/rates`, { effectiveFrom: '2026-06-01', hourlyRateCents: 5000 });
    const t = await newTicket();
    await api(agent, 'POST', `/api/tickets/${t.id}/time-entries`, { workDate: '2026-03-10', minutes: 90 });
    await api(agent, 'POST', `/api/tickets/${t.id}/time-entries`, { workDate: '2026-06-02', minutes: 60 });
    let entries = (await api(admin, 'GET', `/api/tickets/${t.id}/time-entries`)).json();
    expect(entries.items.map((e: { costCents: number }) => e.costCents)).toEqual([6000, 5000]);
    expect(entries.totalCostCents).toBe(11000);

    const change = { effectiveFrom: '2026-03-01', hourlyRateCents: 4400 };
    expect((await api(admin, 'POST', `/api/agents/${agent.id}/rates/preview`, change)).json()).toEqual({ entries: 1, deltaCents: 600 });
    const rates = (await api(admin, 'POST', `/api/agents/${agent.id}/rates`, change)).json();
    expect(rates.items.map((r: { effectiveFrom: string }) => r.effectiveFrom)).toEqual(['2026-01-01', '2026-03-01', '2026-06-01']);
    entries = (await api(admin, 'GET', `/api/tickets/${t.id}/time-entries`)).json();
    expect(entries.items.map((e: { costCents: number }) => e.costCents)).toEqual([6600, 5000]);
    expect((await api(admin, 'GET', `/api/tickets/${t.id}`)).json()).toMatchObject({ timeSpentMinutes: 150, costCents: 11600 });
  });

  it('are for admins only', async () => {
    expect((await api(agent, 'GET', `/api/agents/${agent.id}/rates`)).statusCode).toBe(404);
    expect((await api(agent, 'POST', `/api/agents/${agent.id}/rates`, { effectiveFrom: '2026-01-01', hourlyRateCents: 1 })).statusCode).toBe(404);
    expect((await api(admin, 'POST', `/api/agents/${agent.id}/rates`, { effectiveFrom: '2026-01-01', hourlyRateCents: 12.5 })).statusCode).toBe(400);
  });
});

describe('time entries', () => {
  it('are logged by staff, edited and deleted by their author or an admin, and kept in the history', async () => {
    const t = await newTicket();
    const created = await api(agent, 'POST', `/api/tickets/${t.id}/time-entries`, { workDate: '2026-04-01', minutes: 30, note: 'Diagnostic' });
    expect(created.statusCode).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ minutes: 30, editable: true, agent: { id: agent.id } });
    expect((await api(other, 'PATCH', `/api/time-entries/${entry.id}`, { minutes: 45 })).statusCode).toBe(404);
    expect((await api(agent, 'PATCH', `/api/time-entries/${entry.id}`, { minutes: 45 })).json().minutes).toBe(45);
    expect((await api(admin, 'DELETE', `/api/time-entries/${entry.id}`)).statusCode).toBe(204);
    const history = (await api(admin, 'GET', `/api/tickets/${t.id}/history`)).json().items.filter((e: { kind: string }) => e.kind === 'time');
    expect(history.map((e: { from: string | null; to: string | null }) => [e.from, e.to])).toEqual([
      [null, '30 min 2026-04-01'],
      ['30 min 2026-04-01', '45 min 2026-04-01'],
      ['45 min 2026-04-01', null],
    ]);
  });

  it('validates minutes (1 to 1440) and dates, writing nothing', async () => {
    const t = await newTicket();
    for (const body of [{ workDate: '2026-04-01', minutes: 0 }, { workDate: '2026-04-01', minutes: 1441 }, { workDate: '2026-13-01', minutes: 5 }, { workDate: '2026-04-01', minutes: 2.5 }]) {
      expect((await api(agent, 'POST', `/api/tickets/${t.id}/time-entries`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await api(agent, 'GET', `/api/tickets/${t.id}/time-entries`)).json().items).toEqual([]);
  });

  it('can be logged with a reply (« temps passé »)', async () => {
    const t = await newTicket();
    await api(agent, 'POST', `/api/tickets/${t.id}/messages`, { body: 'Corrigé', timeSpentMinutes: 20 });
    expect((await api(agent, 'GET', `/api/tickets/${t.id}`)).json().timeSpentMinutes).toBe(20);
    expect((await api(contact, 'POST', `/api/tickets/${t.id}/messages`, { body: 'x', timeSpentMinutes: 5 })).statusCode).toBe(404);
  });

  it('never show money to agents, and nothing of time to clients', async () => {
    const t = await newTicket();
    await api(agent, 'POST', `/api/tickets/${t.id}/time-entries`, { workDate: '2026-04-02', minutes: 15 });
    for (const url of [`/api/tickets/${t.id}`, `/api/tickets/${t.id}/time-entries`, '/api/agents', `/api/tickets?clientId=${clientId}`, `/api/tickets/${t.id}/history`]) {
      const res = await api(agent, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(Object.keys(flatten(res.json())).filter((k) => MONEY.test(k)), url).toEqual([]);
    }
    expect((await api(contact, 'GET', `/api/tickets/${t.id}/time-entries`)).statusCode).toBe(404);
    const seen = (await api(contact, 'GET', `/api/tickets/${t.id}`)).json();
    expect(seen.timeSpentMinutes).toBe(0);
    expect(Object.keys(flatten(seen)).filter((k) => MONEY.test(k))).toEqual([]);
  });
});
