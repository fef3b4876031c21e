import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../db/client.ts';
import { createTestApp, type TestContext } from '../../test/context.ts';
import { login } from '../../test/factories.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  await ctx.app.db.transaction((tx) => seedDemo(tx));
});
afterAll(() => ctx.close());

const one = async <T>(query: ReturnType<typeof sql>) => (await rows<T>(ctx.app.db, query))[0]!;

describe('demo data', () => {
  it('lets every demo account sign in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) await expect(login(ctx.app, account.email, DEMO_PASSWORD)).resolves.toBeTruthy();
  });

  it('follows the rules the application enforces', async () => {
    expect(await one<{ n: number }>(sql`select count(*)::int as n from tickets`)).toEqual({ n: 60 });
    // ratings only on resolved tickets, or closed after a resolution
    expect(await one(sql`select count(*)::int as n from ratings r join tickets t on t.id = r.ticket_id where t.resolved_at is null`)).toEqual({ n: 0 });
    // no message before its ticket, no resolution before the first response
    expect(await one(sql`select count(*)::int as n from messages m join tickets t on t.id = m.ticket_id where m.created_at < t.created_at`)).toEqual({ n: 0 });
    expect(await one(sql`select count(*)::int as n from tickets where resolved_at < first_response_at or first_response_at < created_at`)).toEqual({ n: 0 });
    // the last status event of each ticket is its status
    expect(
      await one(sql`select count(*)::int as n from tickets t where t.status <> 'open' and t.status <> (
        select e.to_value from ticket_events e where e.ticket_id = t.id and e.kind = 'status' order by e.at desc limit 1)`),
    ).toEqual({ n: 0 });
    // closed tickets have a reason and a date, open ones neither
    expect(await one(sql`select count(*)::int as n from tickets where (status = 'closed') <> (closed_at is not null and closed_reason is not null)`)).toEqual({ n: 0 });
    // time only by the assignee, after the first response, priced at their rate, half up per entry
    expect(await one(sql`select count(*)::int as n from time_entries`)).not.toEqual({ n: 0 });
    expect(
      await one(sql`select count(*)::int as n from time_entries e join tickets t on t.id = e.ticket_id
        where e.agent_id <> t.assignee_id or e.work_date < (t.first_response_at at time zone 'UTC')::date or e.client_id <> t.client_id
           or e.cost_cents <> (e.minutes * e.hourly_rate_cents * 2 + 60) / 120`),
    ).toEqual({ n: 0 });
    // budgets: one per client and month, some over and some comfortable
    expect(await one(sql`select count(*)::int as n from budgets`)).not.toEqual({ n: 0 });
  });

  it('shows the demo contacts their own tickets in the portal', async () => {
    const contact = await login(ctx.app, 'contact1@guichet.demo', DEMO_PASSWORD);
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/tickets', headers: { cookie: contact.cookie } })).json();
    expect(list.items.length).toBeGreaterThan(5);
    expect(new Set(list.items.map((t: { client: { name: string } }) => t.client.name))).toEqual(new Set(['Transports Fontaine']));
  });
});
