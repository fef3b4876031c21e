import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makePortalContact, makeUser, moneyKeys } from '../../../test/factories.ts';
import { periodOf, todayIn } from './periods.ts';
import { checkBudgetAlerts } from './service.ts';

let ctx: TestContext;
let admin: { id: string; cookie: string };
let admin2: { id: string; cookie: string };
let agent: { id: string; cookie: string };
let contact: { cookie: string };

type As = { cookie: string };
const api = (as: As, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

const today = () => todayIn('Europe/Paris');

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  const a = await makeUser(ctx.app, 'admin');
  admin = { id: a.id, ...(await login(ctx.app, a.email)) };
  const a2 = await makeUser(ctx.app, 'admin');
  admin2 = { id: a2.id, ...(await login(ctx.app, a2.email)) };
  const g = await makeAgent(ctx.app);
  agent = { id: g.id, ...(await login(ctx.app, g.email)) };
  // 60.00 an hour: one minute costs one euro
  await api(admin, 'POST', `/api/agents/${agent.id}/rates`, { effectiveFrom: '2020-01-01', hourlyRateCents: 6000 });
});
afterAll(() => ctx.close());

async function clientWithTicket() {
  const clientId = (await makeClient(ctx.app)).id;
  const ticket = (await api(admin, 'POST', '/api/tickets', { clientId, subject: 'Imprimante', description: 'Bourrage' })).json();
  return { clientId, ticketId: ticket.id as string };
}
const log = (ticketId: string, workDate: string, minutes: number) => api(agent, 'POST', `/api/tickets/${ticketId}/time-entries`, { workDate, minutes });
const budgetNotifications = async (as: As) =>
  (await api(as, 'GET', '/api/notifications?limit=100')).json().items.filter((n: { kind: string }) => n.kind.startsWith('budget_'));

describe('budgets', () => {
  it('cover one calendar period, start on its first day and show actual, remaining and cost per ticket', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const created = await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2026-03-17', amountCents: 50_000 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2026-03-31', thresholds: [80, 100], state: 'past', actualCents: 0, status: 'ok' });

    await log(ticketId, '2026-02-28', 600); // before the period
    await log(ticketId, '2026-03-01', 120); // first day
    await log(ticketId, '2026-03-31', 30); // last day
    await log(ticketId, '2026-04-01', 600); // after
    const b = (await api(admin, 'GET', `/api/budgets/${created.json().id}`)).json();
    expect(b).toMatchObject({
      actualCents: 15_000,
      remainingCents: 35_000,
      percentUsed: 30,
      projectedCents: 15_000,
      exhaustionDate: null,
      exceededOn: null,
      ticketsWorked: 1,
      costPerTicketCents: 15_000,
      daysInPeriod: 31,
    });
    expect(b.daily).toHaveLength(31);
    expect(b.daily[30]).toEqual({ date: '2026-03-31', costCents: 3_000, cumulativeCents: 15_000 });

    const list = (await api(admin, 'GET', `/api/clients/${clientId}/budgets`)).json();
    expect(list.items.map((x: { periodStart: string }) => x.periodStart)).toEqual(['2026-03-01']);
    expect(list.cost.totalCents).toBe(135_000);
  });

  it('refuse a period overlapping another budget of the client, and bad input, changing nothing', async () => {
    const { clientId } = await clientWithTicket();
    await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2026-05-01', amountCents: 1000 });
    const overlap = await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'quarter', periodStart: '2026-04-01', amountCents: 1000 });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('budget_overlap');
    for (const body of [
      { periodKind: 'month', periodStart: '2026-06-01', amountCents: 0 },
      { periodKind: 'month', periodStart: '2026-06-01', amountCents: 10.5 },
      { periodKind: 'week', periodStart: '2026-06-01', amountCents: 100 },
      { periodKind: 'month', periodStart: '2026-06-31', amountCents: 100 },
      { periodKind: 'month', periodStart: '2026-06-01', amountCents: 100, thresholds: [0] },
      { periodKind: 'month', periodStart: '2026-06-01', amountCents: 100, thresholds: [] },
    ]) {
      expect((await api(admin, 'POST', `/api/clients/${clientId}/budgets`, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await api(admin, 'GET', `/api/clients/${clientId}/budgets`)).json().items).toHaveLength(1);
    expect((await api(admin, 'POST', `/api/clients/00000000-0000-4000-8000-000000000000/budgets`, { periodKind: 'month', periodStart: '2026-06-01', amountCents: 1 })).statusCode).toBe(404);
  });

  it('copy to the following periods, skipping those already covered', async () => {
    const { clientId } = await clientWithTicket();
    const jan = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2027-01-01', amountCents: 90_000, thresholds: [100, 75] })).json();
    expect(jan.thresholds).toEqual([75, 100]);
    await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2027-03-01', amountCents: 5_000 });
    const copy = await api(admin, 'POST', `/api/budgets/${jan.id}/copy`, { periods: 3 });
    expect(copy.statusCode).toBe(201);
    expect(copy.json().created.map((b: { periodStart: string; amountCents: number; thresholds: number[] }) => [b.periodStart, b.amountCents, b.thresholds])).toEqual([
      ['2027-02-01', 90_000, [75, 100]],
      ['2027-04-01', 90_000, [75, 100]],
    ]);
    expect(copy.json().skipped).toEqual(['2027-03-01']);
  });

  it('are edited and deleted by admins only; agents and clients see no budget and no money anywhere', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const contactUser = await makePortalContact(ctx.app, clientId);
    contact = await login(ctx.app, contactUser.user.email);
    const b = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'year', periodStart: '2025-06-01', amountCents: 1_000_000 })).json();
    for (const as of [agent, contact]) {
      expect((await api(as, 'GET', `/api/clients/${clientId}/budgets`)).statusCode).toBe(404);
      expect((await api(as, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2024-01-01', amountCents: 1 })).statusCode).toBe(404);
      expect((await api(as, 'GET', `/api/budgets/${b.id}`)).statusCode).toBe(404);
      expect((await api(as, 'PATCH', `/api/budgets/${b.id}`, { amountCents: 1 })).statusCode).toBe(404);
      expect((await api(as, 'POST', `/api/budgets/${b.id}/copy`, { periods: 1 })).statusCode).toBe(404);
      expect((await api(as, 'DELETE', `/api/budgets/${b.id}`)).statusCode).toBe(404);
    }
    for (const url of ['/api/clients', `/api/clients/${clientId}`, '/api/notifications', `/api/tickets/${ticketId}`]) {
      const res = await api(agent, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(moneyKeys(res.json()), url).toEqual([]);
    }
    expect((await api(admin, 'PATCH', `/api/budgets/${b.id}`, { amountCents: 2_000_000, thresholds: [90] })).json()).toMatchObject({ amountCents: 2_000_000, thresholds: [90] });
    expect((await api(admin, 'DELETE', `/api/budgets/${b.id}`)).statusCode).toBe(204);
    expect((await api(admin, 'GET', `/api/budgets/${b.id}`)).statusCode).toBe(404);
  });
});

describe('budget alerts', () => {
  it('reach every admin once per threshold, stay on the budget, and are not sent again after a dip', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const day = today();
    const before = (await budgetNotifications(admin2)).length;
    const b = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: day, amountCents: 10_000 })).json();
    await log(ticketId, day, 79); // 79 %
    expect((await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold')).toEqual([]);
    const crossing = (await log(ticketId, day, 1)).json(); // 80 %
    let alerts = (await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold');
    expect(alerts).toMatchObject([{ thresholdPercent: 80, actualCents: 8_000 }]);

    const mine = (await budgetNotifications(admin2)).filter((n: { kind: string }) => n.kind === 'budget_threshold');
    expect(mine.length).toBe(before + 1);
    // and a mail, in the same transaction
    const mailed = await ctx.app.db.select().from(mailOutbox).where(and(eq(mailOutbox.userId, admin2.id), eq(mailOutbox.kind, 'budget_threshold')));
    expect(mailed).toHaveLength(1);
    expect(mailed[0]!.subject).toMatch(/^Budget Client \S+ \(\S+ \d{4}\) : seuil de 80 % atteint$/);
    expect(mailed[0]!.textBody).toContain(`/clients/${clientId}`);
    expect(mine[0]).toMatchObject({ ticket: null, budget: { id: b.id, client: { id: clientId }, periodKind: 'month', thresholdPercent: 80 } });

    // under the threshold again, then over: nothing new
    await api(admin, 'DELETE', `/api/time-entries/${crossing.id}`);
    expect((await api(admin, 'GET', `/api/budgets/${b.id}`)).json()).toMatchObject({ actualCents: 7_900, status: expect.any(String) });
    await log(ticketId, day, 5);
    alerts = (await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold');
    expect(alerts).toHaveLength(1);
    expect((await budgetNotifications(admin2)).filter((n: { kind: string }) => n.kind === 'budget_threshold').length).toBe(before + 1);

    // 100 %, through a reply with « temps passé »
    await api(agent, 'POST', `/api/tickets/${ticketId}/messages`, { body: 'Encore un peu de travail', timeSpentMinutes: 20 });
    alerts = (await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold');
    expect(alerts.map((a: { thresholdPercent: number }) => a.thresholdPercent)).toEqual([80, 100]);
    const list = (await api(admin, 'GET', '/api/clients?limit=200')).json();
    expect(list.items.find((c: { id: string }) => c.id === clientId).budget).toMatchObject({ budgetId: b.id, actualCents: 10_400, percentUsed: 104, status: 'over' });
    expect((await api(admin, 'GET', `/api/clients/${clientId}/budgets`)).json().current).toMatchObject({ id: b.id, status: 'over', exceededOn: day });
  });

  it('fire when a lower amount or a retroactive rate puts usage over a threshold; not for a finished period', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const day = today();
    const first = periodOf('month', day).start;
    const b = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: day, amountCents: 1_000_000 })).json();
    await log(ticketId, first, 30); // 30.00
    await api(admin, 'PATCH', `/api/budgets/${b.id}`, { amountCents: 3_500 }); // 85 %
    const thresholds = async (id: string) =>
      (await api(admin, 'GET', `/api/budgets/${id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold').map((a: { thresholdPercent: number }) => a.thresholdPercent);
    expect(await thresholds(b.id)).toEqual([80]);
    // another agent's minute, then a rate from the period's first day that makes it cost 100.00: 371 %
    const other = await makeAgent(ctx.app);
    const otherAs = await login(ctx.app, other.email);
    await api(otherAs, 'POST', `/api/tickets/${ticketId}/time-entries`, { workDate: first, minutes: 1 });
    await api(admin, 'POST', `/api/agents/${other.id}/rates`, { effectiveFrom: first, hourlyRateCents: 600_000 });
    expect(await thresholds(b.id)).toEqual([80, 100]);

    // a month long over: its figures change, no alert is sent
    const past = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2025-02-01', amountCents: 1_000 })).json();
    await log(ticketId, '2025-02-10', 30);
    expect((await api(admin, 'GET', `/api/budgets/${past.id}`)).json()).toMatchObject({ status: 'over', alerts: [] });
  });

  it('warn when the projection goes over the budget, once, from the job too', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const b = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: '2025-09-01', amountCents: 30_000 })).json();
    await log(ticketId, '2025-09-02', 100); // 100.00 in 10 days → 300.00 projected: not over
    const tenth = new Date('2025-09-10T10:00:00Z');
    expect(await checkBudgetAlerts(ctx.app.db, { current: true }, tenth)).toBe(0);
    await log(ticketId, '2025-09-09', 5); // 105.00 → 315.00 projected
    expect(await checkBudgetAlerts(ctx.app.db, { budgetIds: [b.id] }, tenth)).toBe(1);
    expect(await checkBudgetAlerts(ctx.app.db, { current: true }, new Date('2025-09-11T10:00:00Z'))).toBe(0);
    const alerts = (await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts;
    expect(alerts).toMatchObject([{ kind: 'projection', thresholdPercent: null, actualCents: 10_500, projectedCents: 31_500 }]);
    const n = (await budgetNotifications(admin)).find((x: { budget: { id: string } }) => x.budget.id === b.id);
    expect(n).toMatchObject({ kind: 'budget_projection', budget: { thresholdPercent: null } });
  });

  it('raise exactly one alert when many time entries cross a threshold at once', async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const day = today();
    const b = (await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: day, amountCents: 15_000, thresholds: [10, 20] })).json();
    // 30 entries of 1.00 in parallel on 150.00: 10 % and 20 % are crossed by whichever lands 15th and 30th
    const results = await Promise.all(Array.from({ length: 30 }, () => log(ticketId, day, 1)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    const alerts = (await api(admin, 'GET', `/api/budgets/${b.id}`)).json().alerts.filter((a: { kind: string }) => a.kind === 'threshold');
    expect(alerts.map((a: { thresholdPercent: number }) => a.thresholdPercent)).toEqual([10, 20]);
    const notes = (await budgetNotifications(admin2)).filter((n: { kind: string; budget: { id: string } }) => n.budget.id === b.id && n.kind === 'budget_threshold');
    expect(notes).toHaveLength(2);
    // and with several checkers at once (several server processes running the job)
    const raised = await Promise.all(Array.from({ length: 5 }, () => checkBudgetAlerts(ctx.app.db, { budgetIds: [b.id] })));
    expect(raised.reduce((s, n) => s + n, 0)).toBe(0);
  });
});

describe('what an admin saw', () => {
  it('is hidden once they become an agent, and bad settings or years are refused', async () => {
    const u = await makeUser(ctx.app, 'admin');
    const former = await login(ctx.app, u.email);
    const { clientId, ticketId } = await clientWithTicket();
    const day = today();
    await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'month', periodStart: day, amountCents: 1_000 });
    await log(ticketId, day, 10); // 100.00 of 10.00
    expect((await budgetNotifications(former)).length).toBeGreaterThan(0);
    expect((await api(admin, 'PATCH', `/api/users/${u.id}`, { role: 'agent' })).statusCode).toBe(200);
    const after = await login(ctx.app, u.email);
    const res = (await api(after, 'GET', '/api/notifications?limit=100')).json();
    expect(res.items.filter((n: { kind: string }) => n.kind.startsWith('budget_'))).toEqual([]);
    expect(moneyKeys(res)).toEqual([]);

    // time zones are stored by the canonical name both JavaScript and the database know
    expect((await api(admin, 'PATCH', '/api/settings', { timeZone: 'US/Pacific-New' })).json().timeZone).toBe('America/Los_Angeles');
    expect((await api(admin, 'PATCH', '/api/settings', { timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await api(admin, 'PATCH', '/api/settings', { timeZone: 'Europe/Paris' })).json().timeZone).toBe('Europe/Paris');
    expect((await api(admin, 'POST', `/api/clients/${clientId}/budgets`, { periodKind: 'year', periodStart: '0050-01-01', amountCents: 1 })).statusCode).toBe(400);
    expect((await api(admin, 'GET', '/api/reports/costs?from=1950-01-01&to=1950-02-01')).statusCode).toBe(400);
  });
});

describe('the fiche client', () => {
  it("shows the client's cost this month, this year and in all", async () => {
    const { clientId, ticketId } = await clientWithTicket();
    const day = today();
    const lastYear = `${Number(day.slice(0, 4)) - 1}-06-15`;
    await log(ticketId, day, 10);
    await log(ticketId, lastYear, 5);
    const month = periodOf('month', day);
    const earlierThisYear = month.start.slice(5, 7) === '01' ? null : `${day.slice(0, 4)}-01-15`;
    if (earlierThisYear) await log(ticketId, earlierThisYear, 2);
    const { cost, current } = (await api(admin, 'GET', `/api/clients/${clientId}/budgets`)).json();
    expect(cost).toEqual({ currentMonthCents: 1_000, currentYearCents: earlierThisYear ? 1_200 : 1_000, totalCents: earlierThisYear ? 1_700 : 1_500 });
    expect(current).toBeNull();
  });
});
