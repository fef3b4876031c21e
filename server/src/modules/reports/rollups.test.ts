import { parse } from 'csv-parse/sync';
import type { CostGroupBy } from '@guichet/contract/reports';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/client.ts';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { login, makeAgent, makeClient, makeUser } from '../../../test/factories.ts';
import { NO_DRIFT, rollupDrift } from '../../../test/rollups.ts';
import { centsToDecimal } from './costs.ts';

/**
 * The cost report reads trigger-kept rollups (client-months, agent-days) where it can: after
 * inserts, edits, deletions and a retroactive re-pricing, every report must equal the same report
 * added up straight from the time entries.
 */

let ctx: TestContext;
let admin: { cookie: string };
const agents: { id: string; cookie: string }[] = [];
const clientIds: string[] = [];
const ticketIds: string[] = [];

type As = { cookie: string };
const api = (as: As, method: string, url: string, payload?: unknown) =>
  ctx.app.inject({ method: method as 'GET', url, headers: { cookie: as.cookie }, payload: payload as object });

/** Work dates around month ends and the new year; October's entries are all deleted below. */
const DAYS = [
  '2025-10-06', '2025-10-31', '2025-11-14', '2025-11-15', '2025-11-30', '2025-12-01', '2025-12-15', '2025-12-31', '2026-01-01',
  '2026-01-10', '2026-01-11', '2026-01-31', '2026-02-01', '2026-02-14', '2026-02-15', '2026-02-28', '2026-03-01', '2026-03-02',
];

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  admin = await login(ctx.app, (await makeUser(ctx.app, 'admin')).email);
  for (const name of ['Alice Martin', 'Bob Durand', 'Carole Petit']) {
    const a = await makeAgent(ctx.app, {}, { name });
    agents.push({ id: a.id, ...(await login(ctx.app, a.email)) });
  }
  const [alice, bob, carole] = agents as [(typeof agents)[0], (typeof agents)[0], (typeof agents)[0]];
  await api(admin, 'POST', `/api/agents/${alice.id}/rates`, { effectiveFrom: '2025-01-01', hourlyRateCents: 6000 });
  await api(admin, 'POST', `/api/agents/${bob.id}/rates`, { effectiveFrom: '2025-01-01', hourlyRateCents: 3000 });
  await api(admin, 'POST', `/api/agents/${bob.id}/rates`, { effectiveFrom: '2026-02-01', hourlyRateCents: 3500 });
  // Carole has no rate yet: her entries cost 0 until the retroactive rate below

  // two clients of the same name: a label sort falls back on the key
  for (const name of ['Acme', 'Durand SA', 'Durand SA', 'Globex']) clientIds.push((await makeClient(ctx.app, { name })).id);
  for (const clientId of [clientIds[0], clientIds[0], clientIds[1], clientIds[2], clientIds[3]]) {
    ticketIds.push((await api(admin, 'POST', '/api/tickets', { clientId, subject: `Panne ${ticketIds.length + 1}`, description: 'x' })).json().id);
  }

  const logged: { id: string; agent: As; workDate: string }[] = [];
  for (const [i, workDate] of DAYS.entries()) {
    for (const [j, ticketId] of ticketIds.entries()) {
      if ((i + j) % 3 === 2) continue;
      const agent = agents[(i + 2 * j) % 3]!;
      const res = await api(agent, 'POST', `/api/tickets/${ticketId}/time-entries`, { workDate, minutes: 5 + ((i * 7 + j * 13) % 90) });
      expect(res.statusCode).toBe(201);
      logged.push({ id: res.json().id, agent, workDate });
    }
  }

  const edit = async (e: (typeof logged)[0], patch: object) => expect((await api(e.agent, 'PATCH', `/api/time-entries/${e.id}`, patch)).statusCode).toBe(200);
  const remove = async (e: (typeof logged)[0]) => expect((await api(admin, 'DELETE', `/api/time-entries/${e.id}`)).statusCode).toBe(204);
  const on = (day: string) => logged.filter((e) => e.workDate === day);
  for (const e of logged.filter((_, k) => k % 5 === 1)) await edit(e, { minutes: 17 });
  await edit(on('2025-12-31')[0]!, { workDate: '2026-01-01' }); // across the new year
  await edit(on('2026-01-31')[0]!, { workDate: '2026-02-01', minutes: 240 }); // into the next month
  await edit(on('2026-02-14')[0]!, { workDate: '2025-11-30' }); // back across the new year
  for (const e of [...on('2025-10-06'), ...on('2025-10-31')]) await remove(e); // a month emptied: zero rows in the rollups
  for (const e of logged.filter((e, k) => k % 7 === 3 && !e.workDate.startsWith('2025-10'))) await remove(e);
  // retroactive rates re-price the entries they cover
  const preview = (await api(admin, 'POST', `/api/agents/${carole.id}/rates/preview`, { effectiveFrom: '2025-12-20', hourlyRateCents: 4500 })).json();
  expect(preview.entries).toBeGreaterThan(0);
  await api(admin, 'POST', `/api/agents/${carole.id}/rates`, { effectiveFrom: '2025-12-20', hourlyRateCents: 4500 });
  await api(admin, 'POST', `/api/agents/${alice.id}/rates`, { effectiveFrom: '2026-01-10', hourlyRateCents: 7000 });
  await edit(on('2026-03-01')[0]!, { minutes: 1440 });
}, 120_000);
afterAll(() => ctx.close());

describe('cost rollups', () => {
  it('equal a fresh count of the time entries after inserts, edits, deletions and re-pricing (zero rows count as absent)', async () => {
    expect(await rollupDrift(ctx.app.db)).toEqual(NO_DRIFT);
    // the fixture does leave emptied rows behind, which the report must skip
    const [zeros] = await rows<{ months: number; days: number }>(
      ctx.app.db,
      sql`select (select count(*)::int from cost_client_months where entries = 0) as months, (select count(*)::int from cost_agent_days where entries = 0) as days`,
    );
    expect(zeros!.months).toBeGreaterThan(0);
    expect(zeros!.days).toBeGreaterThan(0);
  });
});

const RANGES: [string, string][] = [
  ['2026-01-05', '2026-01-20'], // inside one month
  ['2025-11-15', '2026-02-14'], // mid-month to mid-month, across the new year
  ['2025-12-01', '2026-02-28'], // whole months only
  ['2025-12-31', '2026-03-01'], // whole months and one day at each edge
  ['2025-12-15', '2026-01-10'], // two cut months, none whole
  ['2026-01-01', '2026-01-01'], // a single day
  ['2025-10-01', '2025-10-31'], // a month whose entries were all deleted
  ['2025-10-01', '2025-11-30'], // an emptied month, then a whole one
  ['2024-01-01', '2024-03-31'], // nothing
];
const SORTS = ['-costCents', 'label', '-key', 'minutes'] as const;

const REF_KEY: Record<CostGroupBy, SQL> = {
  ticket: sql`ticket_id`,
  client: sql`client_id`,
  agent: sql`agent_id`,
  week: sql`date_trunc('week', work_date::timestamp)::date`,
  month: sql`date_trunc('month', work_date::timestamp)::date`,
  quarter: sql`date_trunc('quarter', work_date::timestamp)::date`,
};
const REF_LABEL: Record<CostGroupBy, SQL> = {
  ticket: sql`(select number from tickets where id = g.key)`,
  client: sql`(select name from clients where id = g.key)`,
  agent: sql`(select name from users where id = g.key)`,
  week: sql`g.key`,
  month: sql`g.key`,
  quarter: sql`g.key`,
};
const REF_ORDER: Record<(typeof SORTS)[number], (g: CostGroupBy) => SQL> = {
  '-costCents': () => sql`g.cost_cents desc`,
  label: (g) => sql`${REF_LABEL[g]} asc`,
  '-key': () => sql`g.key desc`,
  minutes: () => sql`g.minutes asc`,
};

interface Filter {
  clientId?: string;
  agentId?: string;
}

/** The report's groups, added up straight from the time entries, in report order: [key or period start, entries, minutes, cost]. */
async function reference(groupBy: CostGroupBy, [from, to]: [string, string], f: Filter, sort: (typeof SORTS)[number]) {
  const found = await rows<{ key: string; entries: number; minutes: number; cost_cents: string }>(
    ctx.app.db,
    sql`select g.key::text as key, g.entries, g.minutes, g.cost_cents::text as cost_cents
        from (select ${REF_KEY[groupBy]} as key, count(*)::int as entries, sum(minutes)::int as minutes, sum(cost_cents)::bigint as cost_cents
              from time_entries
              where work_date between ${from} and ${to}
                ${f.clientId ? sql`and client_id = ${f.clientId}` : sql``} ${f.agentId ? sql`and agent_id = ${f.agentId}` : sql``}
              group by 1) g
        order by ${REF_ORDER[sort](groupBy)}, g.key asc`,
  );
  return found.map((g) => [g.key, g.entries, g.minutes, Number(g.cost_cents)] as const);
}

const query = (groupBy: CostGroupBy, [from, to]: [string, string], f: Filter) =>
  `/api/reports/costs?from=${from}&to=${to}&groupBy=${groupBy}${f.clientId ? `&clientId=${f.clientId}` : ''}${f.agentId ? `&agentId=${f.agentId}` : ''}`;

interface Row {
  key: string;
  periodStart: string | null;
  entries: number;
  minutes: number;
  costCents: number;
}

describe('cost report over the rollups', () => {
  const GROUPINGS: CostGroupBy[] = ['ticket', 'client', 'agent', 'week', 'month', 'quarter'];
  it.each(GROUPINGS)('by %s equals the time entries added up, for every filter, range and sort (rows, order, totals, CSV)', async (groupBy) => {
    const filters: Filter[] = [{}, { clientId: clientIds[0] }, { agentId: agents[1]!.id }, { clientId: clientIds[0], agentId: agents[1]!.id }];
    let nonEmpty = 0;
    for (const range of RANGES) {
      for (const f of filters) {
        const where = `${groupBy} ${range.join('..')} ${JSON.stringify(f)}`;
        for (const sort of SORTS) {
          const expected = await reference(groupBy, range, f, sort);
          const limit = sort === '-key' ? 2 : 500; // a page shorter than the groups
          const report = (await api(admin, 'GET', `${query(groupBy, range, f)}&sort=${sort}&limit=${limit}`)).json();
          expect(report.rows.map((r: Row) => [r.periodStart ?? r.key, r.entries, r.minutes, r.costCents]), `${where} ${sort}`).toEqual(expected.slice(0, limit));
          expect(report.totalRows, where).toBe(expected.length);
          expect({ entries: report.totals.entries, minutes: report.totals.minutes, costCents: report.totals.costCents }, where).toEqual({
            entries: expected.reduce((s, g) => s + g[1], 0),
            minutes: expected.reduce((s, g) => s + g[2], 0),
            costCents: expected.reduce((s, g) => s + g[3], 0),
          });
          if (expected.length) nonEmpty++;
        }
        // the CSV: every row, whatever the limit
        const res = await api(admin, 'GET', `${query(groupBy, range, f)}&limit=1&format=csv`);
        const csv = parse(res.body, { columns: true, bom: true }) as Record<string, string>[];
        const expected = await reference(groupBy, range, f, '-costCents');
        expect(
          csv.map((c) => [c.period_start || c.key, Number(c.entries), Number(c.minutes), c.cost]),
          `${where} csv`,
        ).toEqual(expected.map(([k, e, m, cost]) => [k, e, m, centsToDecimal(cost)]));
      }
    }
    expect(nonEmpty).toBeGreaterThan(RANGES.length * SORTS.length);
  });
});
