import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { flatten, login, makeAgent, makeClient, makePortalContact, makeUser, moneyKeys, setSettings } from '../../../test/factories.ts';
import { budgets, ratings, tickets, timeEntries } from '../../db/schema.ts';

let ctx: TestContext;
let admin: { cookie: string };
let alice: { id: string; cookie: string };
let bob: { id: string; cookie: string };
let contact: { cookie: string };
let acme: string;
let globex: string;
const t: Record<string, { id: string; number: number }> = {};

const api = (as: { cookie: string }, url: string, accept?: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie: as.cookie, ...(accept && { accept }) } });
const at = (iso: string) => new Date(iso);

/**
 * Around the turn of the year, in UTC: 2025-W52 starts Mon 22 Dec, 2026-W01 Mon 29 Dec, 2026-W02
 * (empty) Mon 5 Jan, 2026-W03 Mon 12 Jan. The range is 22 Dec 2025 – 18 Jan 2026.
 */
const range = 'from=2025-12-22&to=2026-01-18';

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  await setSettings(ctx.app, { timeZone: 'UTC' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  const a = await makeAgent(ctx.app, {}, { name: 'Alice Martin' });
  alice = { id: a.id, ...(await login(ctx.app, a.email)) };
  const b = await makeAgent(ctx.app, {}, { name: 'Bob Durand' });
  bob = { id: b.id, ...(await login(ctx.app, b.email)) };
  acme = (await makeClient(ctx.app, { name: 'Acme' })).id;
  globex = (await makeClient(ctx.app, { name: 'Globex' })).id;
  contact = await login(ctx.app, (await makePortalContact(ctx.app, acme)).user.email);

  type Row = typeof tickets.$inferInsert;
  const make = async (key: string, row: Omit<Row, 'subject' | 'description'>) => {
    const [r] = await ctx.app.db.insert(tickets).values({ subject: `Sujet ${key}`, description: 'x', ...row }).returning();
    t[key] = { id: r!.id, number: r!.number };
  };
  const resolvedBy = (id: string) => ({ assigneeId: id, resolvedById: id });
  // before the range: resolved, closed and rated in November
  await make('T0', { clientId: acme, ...resolvedBy(a.id), status: 'closed', createdAt: at('2025-11-01T08:00Z'), firstResponseAt: at('2025-11-01T09:00Z'), resolvedAt: at('2025-11-02T08:00Z'), closedAt: at('2025-11-03T08:00Z'), closedReason: 'manual' });
  // W52: opened, first response 30 min, resolved after 1440 min
  await make('T1', { clientId: acme, ...resolvedBy(a.id), status: 'resolved', createdAt: at('2025-12-22T10:00Z'), firstResponseAt: at('2025-12-22T10:30Z'), resolvedAt: at('2025-12-23T10:00Z') });
  // W01: opened 30 Dec (60 min), resolved 1 Jan after 2880 min, closed 2 Jan
  await make('T2', { clientId: acme, ...resolvedBy(a.id), status: 'closed', createdAt: at('2025-12-30T09:00Z'), firstResponseAt: at('2025-12-30T10:00Z'), resolvedAt: at('2026-01-01T09:00Z'), closedAt: at('2026-01-02T09:00Z'), closedReason: 'manual' });
  // W01: opened 31 Dec (90 min), resolved 1 Jan after 1441 min
  await make('T3', { clientId: globex, ...resolvedBy(b.id), status: 'resolved', createdAt: at('2025-12-31T12:00Z'), firstResponseAt: at('2025-12-31T13:30Z'), resolvedAt: at('2026-01-01T12:01Z') });
  // W03: opened, open now (Bob), no response
  await make('T4', { clientId: globex, assigneeId: b.id, status: 'open', createdAt: at('2026-01-13T08:00Z') });
  // W03: opened, open now, unassigned
  await make('T5', { clientId: acme, status: 'open', createdAt: at('2026-01-14T08:00Z') });
  // W03: opened 12 Jan (20 min), resolved after 600 min, closed 15 Jan
  await make('T6', { clientId: acme, ...resolvedBy(b.id), status: 'closed', createdAt: at('2026-01-12T08:00Z'), firstResponseAt: at('2026-01-12T08:20Z'), resolvedAt: at('2026-01-12T18:00Z'), closedAt: at('2026-01-15T08:00Z'), closedReason: 'auto_inactivity' });
  // opened before the range, closed without resolution in W03
  await make('T7', { clientId: globex, assigneeId: a.id, status: 'closed', createdAt: at('2025-12-01T08:00Z'), firstResponseAt: at('2025-12-01T08:10Z'), closedAt: at('2026-01-16T08:00Z'), closedReason: 'manual' });
  // opened after the range, in progress now (Alice)
  await make('T8', { clientId: acme, assigneeId: a.id, status: 'in_progress', createdAt: at('2026-02-01T08:00Z'), firstResponseAt: at('2026-02-01T09:00Z') });

  await ctx.app.db.insert(ratings).values([
    { ticketId: t.T0!.id, agentId: a.id, stars: 1, comment: 'Hors période', createdAt: at('2025-11-03T10:00Z') },
    { ticketId: t.T1!.id, agentId: a.id, stars: 5, comment: 'Parfait', createdAt: at('2025-12-24T10:00Z') },
    { ticketId: t.T2!.id, agentId: a.id, stars: 4, comment: null, createdAt: at('2026-01-03T10:00Z') },
    { ticketId: t.T3!.id, agentId: b.id, stars: 3, comment: 'Lent', createdAt: at('2026-01-02T10:00Z') },
    { ticketId: t.T6!.id, agentId: b.id, stars: 5, comment: '=HYPERLINK("x")', createdAt: at('2026-01-15T10:00Z') },
  ]);
  // time: 60.00 (Alice, Acme, Dec), 15.00 (Bob, Globex, Jan), 30.00 (Alice, Acme, Jan), and 30.00 after the range
  await ctx.app.db.insert(timeEntries).values([
    { ticketId: t.T1!.id, clientId: acme, agentId: a.id, workDate: '2025-12-22', minutes: 60, hourlyRateCents: 6000, costCents: 6000 },
    { ticketId: t.T3!.id, clientId: globex, agentId: b.id, workDate: '2026-01-02', minutes: 30, hourlyRateCents: 3000, costCents: 1500 },
    { ticketId: t.T2!.id, clientId: acme, agentId: a.id, workDate: '2026-01-05', minutes: 30, hourlyRateCents: 6000, costCents: 3000 },
    { ticketId: t.T4!.id, clientId: globex, agentId: b.id, workDate: '2026-02-02', minutes: 60, hourlyRateCents: 3000, costCents: 3000 },
  ]);
  // Acme: December 100.00 (60.00 spent), January 20.00 (30.00 spent: over)
  await ctx.app.db.insert(budgets).values([
    { clientId: acme, periodKind: 'month', periodStart: '2025-12-01', periodEnd: '2025-12-31', amountCents: 10_000 },
    { clientId: acme, periodKind: 'month', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: 2_000 },
  ]);
});
afterAll(() => ctx.close());

const get = async (as: { cookie: string }, query: string) => {
  const res = await api(as, `/api/reports/performance?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const week = (w: { week: string; start: string; opened: number; resolved: number; closed: number; resolutionMinutes: { mean: number | null; median: number | null } }) => [
  w.week,
  w.start,
  w.opened,
  w.resolved,
  w.closed,
  w.resolutionMinutes.mean,
  w.resolutionMinutes.median,
];

describe('performance report', () => {
  it('counts, times and rates the period, every ISO week across the new year', async () => {
    const r = await get(admin, range);
    expect(r.figures).toEqual({
      openNow: 3, // T4, T5, T8
      unassignedNow: 1, // T5
      opened: 6,
      resolved: 4,
      closed: 3, // T2, T6, T7
      resolutionMinutes: { mean: 1590, median: 1441 }, // 6361 / 4; (1440 + 1441) / 2 half up
      firstResponseMinutes: { mean: 50, count: 4 }, // (30 + 60 + 90 + 20) / 4
      satisfaction: { meanTenths: 43, count: 4 }, // 17 / 4 = 4.25
      costCents: 10_500,
      clientsOverBudget: 1,
    });
    expect(r.weeks.map(week)).toEqual([
      ['2025-W52', '2025-12-22', 1, 1, 0, 1440, 1440],
      ['2026-W01', '2025-12-29', 2, 2, 1, 2161, 2161], // (2880 + 1441) / 2
      ['2026-W02', '2026-01-05', 0, 0, 0, null, null],
      ['2026-W03', '2026-01-12', 3, 1, 2, 600, 600],
    ]);
    expect(r.agents).toEqual([
      { agent: { id: alice.id, name: 'Alice Martin' }, meanTenths: 45, count: 2, me: false },
      { agent: { id: bob.id, name: 'Bob Durand' }, meanTenths: 40, count: 2, me: false },
    ]);
    expect(r.latestRatings.map((x: { ticket: { number: number }; agent: { name: string }; stars: number; comment: string | null; ratedAt: string }) => [x.ticket.number, x.agent.name, x.stars, x.comment, x.ratedAt])).toEqual([
      [t.T6!.number, 'Bob Durand', 5, '=HYPERLINK("x")', '2026-01-15T10:00:00.000Z'],
      [t.T2!.number, 'Alice Martin', 4, null, '2026-01-03T10:00:00.000Z'],
      [t.T3!.number, 'Bob Durand', 3, 'Lent', '2026-01-02T10:00:00.000Z'],
      [t.T1!.number, 'Alice Martin', 5, 'Parfait', '2025-12-24T10:00:00.000Z'],
    ]);
    expect(r.latestRatings[0].ticket.subject).toBe('Sujet T6');
    expect(r.latestRatings.map((x: { client: { name: string } }) => x.client.name)).toEqual(['Acme', 'Acme', 'Globex', 'Acme']);
  });

  it('gives admins cost against budget per client (as the cost report) and the budgets over', async () => {
    const r = await get(admin, range);
    expect(r.currency).toBe('EUR');
    // Acme's budgets over 22 Dec – 18 Jan: 10 of 31 days of 100.00 and 18 of 31 of 20.00 → 32.26 + 11.61
    expect(r.clientCosts).toEqual([
      { client: { id: acme, name: 'Acme' }, costCents: 9_000, budgetCents: 4_387, percentOfBudget: 205.2 },
      { client: { id: globex, name: 'Globex' }, costCents: 1_500, budgetCents: null, percentOfBudget: null },
    ]);
    const costs = (await api(admin, `/api/reports/costs?${range}&groupBy=client`)).json();
    expect(r.figures.costCents).toBe(costs.totals.costCents);
    expect(r.budgetsAtRisk).toEqual([
      expect.objectContaining({ client: { id: acme, name: 'Acme' }, periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: 2_000, actualCents: 3_000, status: 'over' }),
    ]);
    expect(r.budgetsAtRiskTotal).toBe(1);
    expect((await get(admin, `${range}&top=1`)).clientCosts).toHaveLength(1);
  });

  it('filters by agent (tickets by assignee, ratings by credited agent)', async () => {
    const r = await get(admin, `${range}&agentId=${alice.id}`);
    expect(r.figures).toMatchObject({
      openNow: 1, // T8
      unassignedNow: 1, // the queue is nobody's: client filter only
      opened: 2,
      resolved: 2,
      closed: 2, // T2, T7
      resolutionMinutes: { mean: 2160, median: 2160 },
      firstResponseMinutes: { mean: 45, count: 2 },
      satisfaction: { meanTenths: 45, count: 2 },
      costCents: 9_000,
    });
    expect(r.weeks.map((w: { opened: number }) => w.opened)).toEqual([1, 1, 0, 0]);
    expect(r.agents.map((x: { agent: { id: string } }) => x.agent.id)).toEqual([alice.id]);
    expect(r.latestRatings.map((x: { ticket: { number: number } }) => x.ticket.number)).toEqual([t.T2!.number, t.T1!.number]);
  });

  it('filters by client', async () => {
    const r = await get(admin, `${range}&clientId=${globex}`);
    expect(r.figures).toEqual({
      openNow: 1, // T4
      unassignedNow: 0,
      opened: 2, // T3, T4
      resolved: 1,
      closed: 1, // T7
      resolutionMinutes: { mean: 1441, median: 1441 },
      firstResponseMinutes: { mean: 90, count: 1 },
      satisfaction: { meanTenths: 30, count: 1 },
      costCents: 1_500,
      clientsOverBudget: 0,
    });
    expect(r.agents).toEqual([{ agent: { id: bob.id, name: 'Bob Durand' }, meanTenths: 30, count: 1, me: false }]);
    expect(r.budgetsAtRisk).toEqual([]);
  });

  it('answers agents without any money key, their own row marked', async () => {
    const r = await get(bob, range);
    expect(moneyKeys(r)).toEqual([]);
    expect(Object.keys(flatten(r)).filter((k) => /cost|budget|cents|amount|currency|hourlyRate/i.test(k))).toEqual([]);
    expect(r.figures.opened).toBe(6);
    expect(r.agents.map((x: { agent: { id: string }; me: boolean }) => [x.agent.id, x.me])).toEqual([
      [alice.id, false],
      [bob.id, true],
    ]);
    const csv = (await api(bob, `/api/reports/performance?${range}&format=csv`)).body;
    expect(csv).not.toMatch(/cost|budget|currency/i);
  });

  it('exports the same figures as CSV, one value a row', async () => {
    const json = await get(admin, range);
    const res = await api(admin, `/api/reports/performance?${range}`, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const csv = parse(res.body, { columns: true, bom: true }) as { section: string; key: string; label: string; metric: string; value: string }[];
    const value = (section: string, metric: string, key = '') => csv.find((c) => c.section === section && c.metric === metric && c.key === key)?.value;
    expect(value('figures', 'opened')).toBe(String(json.figures.opened));
    expect(value('figures', 'closed')).toBe(String(json.figures.closed));
    expect(value('figures', 'resolution_minutes_median')).toBe('1441');
    expect(value('figures', 'first_response_minutes_mean')).toBe('50');
    expect(value('figures', 'satisfaction_stars')).toBe('4.3');
    expect(value('figures', 'cost')).toBe('105.00');
    expect(value('figures', 'currency')).toBe('EUR');
    for (const w of json.weeks) {
      expect([value('weeks', 'opened', w.week), value('weeks', 'closed', w.week), value('weeks', 'resolution_minutes_median', w.week)]).toEqual([
        String(w.opened),
        String(w.closed),
        w.resolutionMinutes.median === null ? '' : String(w.resolutionMinutes.median),
      ]);
    }
    expect(csv.filter((c) => c.section === 'weeks' && c.metric === 'opened').map((c) => [c.key, c.label])).toEqual(json.weeks.map((w: { week: string; start: string }) => [w.week, w.start]));
    expect(value('agents', 'satisfaction_stars', alice.id)).toBe('4.5');
    expect(value('clients', 'cost', acme)).toBe('90.00');
    expect(value('clients', 'budget', acme)).toBe('43.87');
    expect(value('budgets', 'status', `${acme}/2026-01-01`)).toBe('over');
    expect(value('ratings', 'comment', String(t.T6!.number))).toBe(`'=HYPERLINK("x")`); // made inert
    expect(csv.filter((c) => c.section === 'ratings' && c.metric === 'stars')).toHaveLength(json.latestRatings.length);
    expect((await api(admin, `/api/reports/performance?${range}&format=csv`)).body).toBe(res.body);
  });

  it('cuts days and weeks in the company time zone', async () => {
    // Sunday 4 January 23:30 UTC is Monday 5 January 00:30 in Paris: the empty 2026-W02 there
    await ctx.app.db.insert(tickets).values({ clientId: acme, subject: 'Minuit', description: 'x', status: 'closed', closedAt: at('2026-01-05T08:00Z'), closedReason: 'manual', createdAt: at('2026-01-04T23:30Z') });
    expect((await get(admin, range)).weeks.map((w: { opened: number }) => w.opened)).toEqual([1, 3, 0, 3]);
    await setSettings(ctx.app, { timeZone: 'Europe/Paris' });
    try {
      const r = await get(admin, range);
      expect(r.timeZone).toBe('Europe/Paris');
      expect(r.weeks.map((w: { opened: number; closed: number }) => [w.opened, w.closed])).toEqual([
        [1, 0],
        [2, 1],
        [1, 1],
        [3, 2],
      ]);
      expect(r.figures.opened).toBe(7);
    } finally {
      await setSettings(ctx.app, { timeZone: 'UTC' });
    }
  });

  it('is for staff only and validates its range', async () => {
    expect((await api(contact, `/api/reports/performance?${range}`)).statusCode).toBe(404);
    expect((await api(contact, `/api/reports/performance?${range}&format=csv`)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/reports/performance?${range}` })).statusCode).toBe(401);
    for (const q of ['from=2026-01-18&to=2025-12-22', 'from=2020-01-01&to=2026-01-01', 'from=2026-02-30&to=2026-03-01', 'to=2026-01-01', `${range}&agentId=nope`, `${range}&top=0`]) {
      expect((await api(admin, `/api/reports/performance?${q}`)).statusCode, q).toBe(400);
    }
  });
});
