import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makeUser } from '../../../test/factories.ts';
import { NO_DRIFT, rollupDrift } from '../../../test/rollups.ts';
import { assignWaiting } from './service.ts';

let ctx: TestContext;
let admin: { cookie: string };
let agents: { id: string; cookie: string }[];
let clientId: string;
let otherAdmin: { cookie: string };

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  agents = [];
  for (let i = 0; i < 3; i++) {
    const a = await makeAgent(ctx.app);
    agents.push({ id: a.id, ...(await login(ctx.app, a.email)) });
  }
  clientId = (await makeClient(ctx.app)).id;
  // The admin who opens a ticket is not told about it; another admin is.
  otherAdmin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
});
afterAll(() => ctx.close());

const api = (as: { cookie: string }, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });
const create = () => api(admin, 'POST', '/api/tickets', { clientId, subject: 'Accès VPN', description: 'Connexion refusée' });
const loads = async () =>
  Object.fromEntries((await api(admin, 'GET', '/api/agents')).json().items.map((a: { id: string; activeTickets: number }) => [a.id, a.activeTickets]));

describe('automatic assignment', () => {
  it('spreads tickets to the least-loaded agents, even when they are created at the same moment', async () => {
    const first = await Promise.all([create(), create(), create()]);
    expect(new Set(first.map((r) => r.json().assignee.id)).size).toBe(3);
    await Promise.all(Array.from({ length: 9 }, () => create()));
    expect(Object.values(await loads())).toEqual([4, 4, 4]);
  });

  it('breaks ties by the agent assigned least recently', async () => {
    const before = (await api(admin, 'GET', '/api/agents')).json().items as { id: string; lastAssignedAt: string }[];
    const oldest = [...before].sort((a, b) => a.lastAssignedAt.localeCompare(b.lastAssignedAt))[0]!;
    expect((await create()).json().assignee.id).toBe(oldest.id);
  });

  it('leaves the ticket in the unassigned queue when nobody is available, tells the admins, and assigns it when someone becomes available', async () => {
    for (const a of agents) await api(admin, 'PATCH', `/api/agents/${a.id}`, { available: false });
    const t = (await create()).json();
    expect(t.assignee).toBeNull();
    const queue = (await api(admin, 'GET', '/api/tickets?assigneeId=none')).json().items;
    expect(queue.map((q: { id: string }) => q.id)).toContain(t.id);
    const bell = (await api(otherAdmin, 'GET', '/api/notifications')).json().items;
    expect(bell.some((n: { kind: string; ticket: { id: string } }) => n.kind === 'ticket_unassigned_waiting' && n.ticket.id === t.id)).toBe(true);
    const auto = await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { auto: true, version: t.version });
    expect(auto.statusCode).toBe(409);
    expect(auto.json().error.code).toBe('no_agent_available');

    // An agent switches themself back on: the waiting ticket goes to them at once.
    const me = agents[1]!;
    const back = await api(me, 'PATCH', `/api/agents/${me.id}`, { available: true });
    expect(back.statusCode).toBe(200);
    expect((await api(admin, 'GET', `/api/tickets/${t.id}`)).json().assignee.id).toBe(me.id);
    for (const a of agents) await api(admin, 'PATCH', `/api/agents/${a.id}`, { available: true });
  });

  it('respects capacity and leave', async () => {
    const [a, b, c] = agents as [typeof agents[0], typeof agents[0], typeof agents[0]];
    const current = await loads();
    await api(admin, 'PATCH', `/api/agents/${a.id}`, { capacity: current[a.id] });
    const today = new Date().toISOString().slice(0, 10);
    const leave = await api(admin, 'POST', `/api/agents/${b.id}/leaves`, { startsOn: today, endsOn: today, note: 'RTT' });
    expect(leave.statusCode).toBe(201);
    expect(leave.json().availableNow).toBe(false);
    expect((await create()).json().assignee.id).toBe(c.id);
    await api(admin, 'PATCH', `/api/agents/${a.id}`, { capacity: null });
    await api(admin, 'DELETE', `/api/agents/${b.id}/leaves/${leave.json().leaves[0].id}`);
    expect((await api(admin, 'GET', '/api/agents')).json().items.find((x: { id: string }) => x.id === b.id).leaves).toEqual([]);
  });
});

describe('assignment by hand', () => {
  it('lets an admin assign and reassign, recorded in the history', async () => {
    const t = (await create()).json();
    const other = agents.find((a) => a.id !== t.assignee.id)!;
    const res = await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId: other.id, version: t.version });
    expect(res.json().assignee.id).toBe(other.id);
    const history = (await api(admin, 'GET', `/api/tickets/${t.id}/history`)).json().items.filter((e: { kind: string }) => e.kind === 'assignee');
    expect(history).toHaveLength(2);
    expect(history[1].actor).not.toBeNull();
  });

  it('lets an agent take an unassigned ticket for themselves only', async () => {
    await api(admin, 'PATCH', '/api/settings', { autoAssign: false });
    const t = (await create()).json();
    expect(t.assignee).toBeNull();
    const [a, b] = agents as [typeof agents[0], typeof agents[0]];
    expect((await api(a, 'GET', `/api/tickets/${t.id}`)).json().can.takeOver).toBe(true);
    expect((await api(a, 'POST', `/api/tickets/${t.id}/assign`, { agentId: b.id, version: t.version })).statusCode).toBe(404);
    expect((await api(a, 'POST', `/api/tickets/${t.id}/assign`, { auto: true, version: t.version })).statusCode).toBe(404);
    const taken = await api(a, 'POST', `/api/tickets/${t.id}/assign`, { agentId: a.id, version: t.version });
    expect(taken.json().assignee.id).toBe(a.id);
    const again = await api(b, 'POST', `/api/tickets/${t.id}/assign`, { agentId: b.id, version: taken.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_assigned');
    await api(admin, 'PATCH', '/api/settings', { autoAssign: true });
  });
});

describe('assignment and the report rollups', () => {
  it('never deadlock: tickets created while the waiting queue is being assigned', async () => {
    // tickets waiting in the queue (nobody available), then agents back while more are created
    for (const a of agents) await api(admin, 'PATCH', `/api/agents/${a.id}`, { available: false });
    await Promise.all(Array.from({ length: 10 }, () => create()));
    for (const a of agents) await api(admin, 'PATCH', `/api/agents/${a.id}`, { available: true });
    const results = await Promise.all([
      ...Array.from({ length: 24 }, () => create()),
      assignWaiting(ctx.app.db, new Date()),
      assignWaiting(ctx.app.db, new Date()),
    ]);
    for (const r of results.slice(0, 24)) expect((r as { statusCode: number }).statusCode).toBe(201);
    expect(await rollupDrift(ctx.app.db)).toEqual(NO_DRIFT);
  });
});

describe('active tickets per agent', () => {
  it('stay equal to a fresh count through creation, reassignment, resolution, closing and reopening, also in parallel', async () => {
    const made = await Promise.all(Array.from({ length: 6 }, () => create()));
    const [t1, t2, t3, t4, t5] = made.map((r) => r.json()) as { id: string; version: number; assignee: { id: string } }[];
    const move = async (t: { id: string }, body: object) => {
      const cur = (await api(admin, 'GET', `/api/tickets/${t.id}`)).json();
      const res = await api(admin, 'PATCH', `/api/tickets/${t.id}`, { version: cur.version, ...body });
      expect(res.statusCode).toBe(200);
    };
    const assign = async (t: { id: string }, agentId: string) => {
      const cur = (await api(admin, 'GET', `/api/tickets/${t.id}`)).json();
      expect((await api(admin, 'POST', `/api/tickets/${t.id}/assign`, { agentId, version: cur.version })).statusCode).toBe(200);
    };
    await Promise.all([
      assign(t1!, agents.find((a) => a.id !== t1!.assignee.id)!.id),
      (async () => {
        await move(t2!, { status: 'in_progress' });
        await move(t2!, { status: 'resolved' });
      })(),
      (async () => {
        await move(t3!, { status: 'closed' });
        await move(t3!, { status: 'in_progress' });
      })(),
      assign(t4!, agents.find((a) => a.id !== t4!.assignee.id)!.id),
      move(t5!, { priority: 'high' }),
    ]);
    expect(await rollupDrift(ctx.app.db)).toEqual(NO_DRIFT);
    const counted = Object.fromEntries(agents.map((a) => [a.id, 0]));
    const open = (await api(admin, 'GET', '/api/tickets?status=open,in_progress&limit=100')).json().items as { assignee: { id: string } | null }[];
    for (const t of open) if (t.assignee && t.assignee.id in counted) counted[t.assignee.id]!++;
    const shown = await loads();
    for (const a of agents) expect(shown[a.id]).toBe(counted[a.id]);
  });
});

describe('Administration → Agents', () => {
  it('lets an admin set hours, time zone and capacity; an agent only their own switch', async () => {
    const [a, b] = agents as [typeof agents[0], typeof agents[0]];
    const hours = { mon: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const res = await api(admin, 'PATCH', `/api/agents/${a.id}`, { workingHours: hours, timezone: 'America/Montreal', capacity: 12 });
    expect(res.json()).toMatchObject({ workingHours: hours, timezone: 'America/Montreal', capacity: 12 });
    expect((await api(admin, 'PATCH', `/api/agents/${a.id}`, { timezone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await api(admin, 'PATCH', `/api/agents/${a.id}`, { workingHours: { ...hours, tue: [{ start: '18:00', end: '09:00' }] } })).statusCode).toBe(400);
    expect((await api(a, 'PATCH', `/api/agents/${a.id}`, { capacity: 99 })).statusCode).toBe(404);
    expect((await api(a, 'PATCH', `/api/agents/${b.id}`, { available: false })).statusCode).toBe(404);
    expect((await api(a, 'GET', '/api/agents/me')).json().id).toBe(a.id);
    expect((await api(admin, 'GET', '/api/agents/me')).statusCode).toBe(404);
    const always = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]]));
    await api(admin, 'PATCH', `/api/agents/${a.id}`, { workingHours: always, timezone: 'UTC', capacity: null });
  });

  it('creates an agent who can sign in', async () => {
    const res = await api(admin, 'POST', '/api/agents', { email: 'nouvel.agent@example.test', name: 'Nouvel Agent', password: 'agent-password-9' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Nouvel Agent', timezone: 'Europe/Paris', activeTickets: 0 });
    await expect(login(ctx.app, 'nouvel.agent@example.test', 'agent-password-9')).resolves.toBeTruthy();
    await api(admin, 'PATCH', `/api/agents/${res.json().id}`, { available: false });
  });
});
