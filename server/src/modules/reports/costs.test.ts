import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makeUser } from '../../../test/factories.ts';
import { centsToDecimal } from './costs.ts';

let ctx: TestContext;
let admin: { cookie: string };
let alice: { id: string; cookie: string };
let bob: { id: string; cookie: string };
let acme: string;
let globex: string;
let ticketA: { id: string; number: number };
let ticketG: { id: string; number: number };

const api = (as: { cookie: string }, url: string, init: { method?: string; payload?: unknown; accept?: string } = {}) =>
  ctx.app.inject({ method: (init.method ?? 'GET') as 'GET', url, headers: { cookie: as.cookie, ...(init.accept && { accept: init.accept }) }, payload: init.payload as object });

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  const a = await makeAgent(ctx.app, {}, { name: 'Alice Martin' });
  alice = { id: a.id, ...(await login(ctx.app, a.email)) };
  const b = await makeAgent(ctx.app, {}, { name: 'Bob Durand' });
  bob = { id: b.id, ...(await login(ctx.app, b.email)) };
  await api(admin, `/api/agents/${alice.id}/rates`, { method: 'POST', payload: { effectiveFrom: '2026-01-01', hourlyRateCents: 6000 } });
  await api(admin, `/api/agents/${bob.id}/rates`, { method: 'POST', payload: { effectiveFrom: '2026-01-01', hourlyRateCents: 3000 } });
  acme = (await makeClient(ctx.app, { name: 'Acme' })).id;
  globex = (await makeClient(ctx.app, { name: '=Globex;+SUM(A1)' })).id; // a name a spreadsheet would run
  ticketA = (await api(admin, '/api/tickets', { method: 'POST', payload: { clientId: acme, subject: 'Réseau', description: 'x' } })).json();
  ticketG = (await api(admin, '/api/tickets', { method: 'POST', payload: { clientId: globex, subject: 'Messagerie', description: 'x' } })).json();
  const log = (as: { cookie: string }, t: { id: string }, workDate: string, minutes: number) =>
    api(as, `/api/tickets/${t.id}/time-entries`, { method: 'POST', payload: { workDate, minutes } });
  await log(alice, ticketA, '2026-03-02', 60); // 60.00, week 10
  await log(bob, ticketA, '2026-03-31', 30); // 15.00, week 14
  await log(alice, ticketG, '2026-04-01', 10); // 10.00, week 14, April
  await log(bob, ticketG, '2026-05-01', 120); // out of range
  // Acme: 300.00 for March, 300.00 for April → half of April in range (1–15 April)
  await api(admin, `/api/clients/${acme}/budgets`, { method: 'POST', payload: { periodKind: 'month', periodStart: '2026-03-01', amountCents: 30_000 } });
  await api(admin, `/api/clients/${acme}/budgets`, { method: 'POST', payload: { periodKind: 'month', periodStart: '2026-04-01', amountCents: 30_000 } });
});
afterAll(() => ctx.close());

const range = 'from=2026-03-01&to=2026-04-15';

describe('cost report', () => {
  it('groups by client, against the budgets of the range (pro rata for a budget partly covered)', async () => {
    const r = (await api(admin, `/api/reports/costs?${range}&groupBy=client`)).json();
    expect(r.rows.map((x: { label: string; costCents: number; budgetCents: number | null; percentOfBudget: number | null }) => [x.label, x.costCents, x.budgetCents, x.percentOfBudget])).toEqual([
      ['Acme', 7_500, 45_000, 16.7],
      ['=Globex;+SUM(A1)', 1_000, null, null],
    ]);
    expect(r.totals).toEqual({ entries: 3, minutes: 100, costCents: 8_500, budgetCents: 45_000, percentOfBudget: 18.9 });
    expect(r.totalRows).toBe(2);
  });

  it('groups by ticket, agent, ISO week, month and quarter', async () => {
    const by = async (g: string, extra = '') => (await api(admin, `/api/reports/costs?${range}&groupBy=${g}${extra}`)).json().rows;
    expect((await by('ticket', '&sort=label')).map((x: { ticket: { number: number }; client: { name: string }; costCents: number }) => [x.ticket.number, x.client.name, x.costCents])).toEqual([
      [ticketA.number, 'Acme', 7_500],
      [ticketG.number, '=Globex;+SUM(A1)', 1_000],
    ]);
    expect((await by('agent')).map((x: { agent: { name: string }; minutes: number; costCents: number; budgetCents: null }) => [x.agent.name, x.minutes, x.costCents, x.budgetCents])).toEqual([
      ['Alice Martin', 70, 7_000, null],
      ['Bob Durand', 30, 1_500, null],
    ]);
    expect((await by('week', '&sort=key')).map((x: { key: string; periodStart: string; costCents: number }) => [x.key, x.periodStart, x.costCents])).toEqual([
      ['2026-W10', '2026-03-02', 6_000],
      ['2026-W14', '2026-03-30', 2_500],
    ]);
    // months: Acme's budgets, April's cut to the 15 days in range
    expect((await by('month', '&sort=key')).map((x: { key: string; costCents: number; budgetCents: number }) => [x.key, x.costCents, x.budgetCents])).toEqual([
      ['2026-03', 7_500, 30_000],
      ['2026-04', 1_000, 15_000],
    ]);
    expect((await by('quarter')).map((x: { key: string; costCents: number }) => [x.key, x.costCents])).toEqual([
      ['2026-Q1', 7_500],
      ['2026-Q2', 1_000],
    ]);
    expect((await by('client', `&clientId=${globex}`)).map((x: { label: string }) => x.label)).toEqual(['=Globex;+SUM(A1)']);
    expect((await by('client', `&agentId=${bob.id}`)).map((x: { label: string; costCents: number; budgetCents: null }) => [x.label, x.costCents, x.budgetCents])).toEqual([['Acme', 1_500, null]]);
  });

  it('exports the same rows as CSV, money as exact decimals, formulas made inert', async () => {
    for (const groupBy of ['client', 'ticket', 'agent', 'week', 'month', 'quarter']) {
      const json = (await api(admin, `/api/reports/costs?${range}&groupBy=${groupBy}`)).json();
      const res = await api(admin, `/api/reports/costs?${range}&groupBy=${groupBy}`, { accept: 'text/csv' });
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment/);
      const csv = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
      expect(csv.map((c) => [c.key, c.label!.replaceAll("'", ''), c.entries, c.minutes, c.cost, c.budget, c.currency])).toEqual(
        json.rows.map((r: { key: string; label: string; entries: number; minutes: number; costCents: number; budgetCents: number | null }) => [
          r.key,
          r.label,
          String(r.entries),
          String(r.minutes),
          centsToDecimal(r.costCents),
          r.budgetCents === null ? '' : centsToDecimal(r.budgetCents),
          'EUR',
        ]),
      );
    }
    const byLink = await api(admin, `/api/reports/costs?${range}&groupBy=client&format=csv`);
    expect(byLink.body).toContain(`"'=Globex;'+SUM(A1)"`);
    expect(byLink.body).toContain(',"Acme","",2,90,"75.00","450.00","16.7","EUR"');
  });

  it('is for admins only and validates its range', async () => {
    expect((await api(alice, `/api/reports/costs?${range}`)).statusCode).toBe(404);
    expect((await api(alice, `/api/reports/costs?${range}&format=csv`)).statusCode).toBe(404);
    for (const q of ['from=2026-04-01&to=2026-03-01', 'from=2020-01-01&to=2026-01-01', 'from=2026-02-30&to=2026-03-01', `${range}&groupBy=day`, `${range}&sort=name`]) {
      expect((await api(admin, `/api/reports/costs?${q}`)).statusCode, q).toBe(400);
    }
  });
});

describe('centsToDecimal', () => {
  it('writes cents exactly', () => {
    expect([0, 5, 100, 123_456, -123_405].map(centsToDecimal)).toEqual(['0.00', '0.05', '1.00', '1234.56', '-1234.05']);
  });
});
