import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Executor } from '../db/client.ts';
import { createTestApp, openTestDatabase, type TestContext } from '../../test/context.ts';
import { login } from '../../test/factories.ts';
import { NO_DRIFT, rollupDrift } from '../../test/rollups.ts';
import { figures, alertsDue } from '../modules/budgets/figures.ts';
import { periodOf, todayIn } from '../modules/budgets/periods.ts';
import { detectContentType, nameForType } from '../modules/attachments/files.ts';
import { awaitingClientSince, canTransition, isRateable } from '../modules/tickets/status.ts';
import { entryCostCents, rateOn } from '../modules/time/money.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.ts';
import { seedOnFirstStart } from './first-start.ts';
import { generatePeople } from './people.ts';
import { Random } from './random.ts';
import { DatabaseNotEmptyError, seedAtScale, type ScaleResult } from './scale.ts';
import { AUTO_CLOSE_MS } from './tickets.ts';

const TICKETS = 300;
// the data depends on the moment it is generated at: SEED_TEST_NOW=2026-03-29T01:30:00Z replays a run at another one
const now = process.env.SEED_TEST_NOW ? new Date(process.env.SEED_TEST_NOW) : new Date();
let ctx: TestContext;
let made: ScaleResult;

beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000' });
  made = await seedAtScale(ctx.database, { tickets: TICKETS, seed: 42, filesDir: ctx.config.filesDir, now });
});
afterAll(() => ctx.close());

const all = <T>(query: ReturnType<typeof sql>) => rows<T>(ctx.app.db, query);
const one = async <T>(query: ReturnType<typeof sql>) => (await all<T>(query))[0]!;
function groupBy<T>(list: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
const ms = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());

describe('demo data at scale', () => {
  it('loads what it reports, and refuses a database that has data', async () => {
    const counted = await one<Record<string, number>>(sql`select
        (select count(*)::int from clients) as clients, (select count(*)::int from contacts) as contacts,
        (select count(*)::int from users where role = 'agent') as agents, (select count(*)::int from tickets) as tickets,
        (select count(*)::int from messages) as messages, (select count(*)::int from attachments) as attachments,
        (select count(*)::int from time_entries) as "timeEntries", (select count(*)::int from ratings) as ratings,
        (select count(*)::int from budgets) as budgets, (select count(*)::int from budget_alerts) as alerts`);
    expect({ ...made, seconds: 0 }).toEqual({ ...counted, seconds: 0 });
    expect(made.tickets).toBe(TICKETS);
    // several messages a ticket, every table used
    expect(made.messages / made.tickets).toBeGreaterThan(3.5);
    for (const n of [made.attachments, made.timeEntries, made.ratings, made.budgets]) expect(n).toBeGreaterThan(0);
    await expect(seedAtScale(ctx.database, { tickets: 10, filesDir: ctx.config.filesDir })).rejects.toThrow(DatabaseNotEmptyError);
  });

  it('keeps the demo accounts: every one signs in, Transports Fontaine is CRM-1001 with contact1', async () => {
    for (const account of DEMO_ACCOUNTS) await expect(login(ctx.app, account.email, DEMO_PASSWORD)).resolves.toBeTruthy();
    const first = await all<{ external_ref: string; name: string }>(sql`select external_ref, name from clients order by external_ref limit 2`);
    expect(first).toEqual([
      { external_ref: 'CRM-1001', name: 'Transports Fontaine' },
      { external_ref: 'CRM-1002', name: 'Imprimerie Dubois & Fils' },
    ]);
    const contact = await login(ctx.app, 'contact1@guichet.demo', DEMO_PASSWORD);
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/tickets?limit=100', headers: { cookie: contact.cookie } })).json();
    expect(list.items.length).toBeGreaterThan(5);
    expect(new Set(list.items.map((t: { client: { name: string } }) => t.client.name))).toEqual(new Set(['Transports Fontaine']));
  });

  it('gives every ticket a status history the rules allow, ending in its status, with consistent dates', async () => {
    const tickets = await all<{
      id: string; number: number; status: 'open' | 'in_progress' | 'resolved' | 'closed'; created_at: string; first_response_at: string | null; resolved_at: string | null;
      closed_at: string | null; closed_reason: string | null; last_public_message_at: string | null; last_public_by_staff: boolean | null; awaiting_client_since: string | null;
      assignee_id: string | null; resolved_by_id: string | null;
    }>(sql`select * from tickets order by number`);
    const events = await all<{ ticket_id: string; kind: string; from_value: string | null; to_value: string | null; actor_id: string | null; at: string; role: 'admin' | 'agent' | 'contact' | null }>(
      sql`select e.ticket_id, e.kind, e.from_value, e.to_value, e.actor_id, e.at, u.role from ticket_events e left join users u on u.id = e.actor_id order by e.ticket_id, e.at, e.seq`,
    );
    const messages = await all<{ ticket_id: string; kind: string; author_id: string | null; created_at: string; role: string | null }>(
      sql`select m.ticket_id, m.kind, m.author_id, m.created_at, u.role from messages m left join users u on u.id = m.author_id order by m.ticket_id, m.created_at`,
    );
    const eventsOf = groupBy(events, (e) => e.ticket_id);
    const messagesOf = groupBy(messages, (m) => m.ticket_id);
    const nowMs = now.getTime();
    let previous = 0;
    for (const t of tickets) {
      const created = ms(t.created_at)!;
      // numbers in creation order
      expect(created).toBeGreaterThanOrEqual(previous);
      previous = created;
      const history = eventsOf.get(t.id) ?? [];
      const said = messagesOf.get(t.id) ?? [];
      expect(history[0]).toMatchObject({ kind: 'created', to_value: 'open', at: t.created_at });
      let status = 'open';
      let resolvedAt: number | null = null;
      let closedAt: number | null = null;
      for (const e of history) {
        expect(ms(e.at)).toBeGreaterThanOrEqual(created);
        expect(ms(e.at)).toBeLessThanOrEqual(nowMs);
        if (e.kind !== 'status') continue;
        const from = e.from_value as typeof t.status;
        const to = e.to_value as typeof t.status;
        expect(from, `ticket #${t.number}`).toBe(status);
        const sameInstant = (kind: string, author: string | null) => said.some((m) => m.kind === kind && m.author_id === author && m.created_at === e.at);
        // moves made by hand, or by themselves: a client's reply reopening a resolved ticket, auto-close (with its system line)
        const legal =
          (e.role !== null && canTransition(from, to, e.role)) ||
          (e.role === 'contact' && from === 'resolved' && to === 'in_progress' && sameInstant('public', e.actor_id)) ||
          (e.role === 'agent' && from === 'open' && to === 'in_progress' && sameInstant('public', e.actor_id)) ||
          (e.actor_id === null && to === 'closed' && (from === 'resolved' || from === 'in_progress') && sameInstant('system', null));
        expect(legal, `ticket #${t.number}: ${from} → ${to} by ${e.role ?? 'the system'}`).toBe(true);
        status = to;
        if (to === 'resolved') resolvedAt = ms(e.at);
        if (to === 'in_progress') [resolvedAt, closedAt] = [null, null];
        if (to === 'closed') closedAt = ms(e.at);
      }
      expect(status, `ticket #${t.number}`).toBe(t.status);
      expect(ms(t.resolved_at)).toBe(resolvedAt);
      expect(ms(t.closed_at)).toBe(closedAt);
      expect(t.closed_reason !== null).toBe(t.status === 'closed');
      if (t.resolved_at) expect(t.resolved_by_id).toBe(t.assignee_id);
      // the first staff public message is the first response; no message before the ticket
      const staffPublic = said.filter((m) => m.kind === 'public' && m.role !== 'contact');
      expect(ms(t.first_response_at)).toBe(staffPublic.length ? ms(staffPublic[0]!.created_at) : null);
      for (const m of said) expect(ms(m.created_at)).toBeGreaterThanOrEqual(created);
      const lastPublic = said.filter((m) => m.kind === 'public').at(-1);
      expect(ms(t.last_public_message_at)).toBe(lastPublic ? ms(lastPublic.created_at) : null);
      // waiting on the client as status.ts says, and never past the auto-close delay
      const since = awaitingClientSince({
        status: t.status,
        resolvedAt: t.resolved_at ? new Date(t.resolved_at) : null,
        lastPublicMessageAt: t.last_public_message_at ? new Date(t.last_public_message_at) : null,
        lastPublicByStaff: t.last_public_by_staff,
      });
      expect(ms(t.awaiting_client_since)).toBe(since ? since.getTime() : null);
      if (since) expect(since.getTime() + AUTO_CLOSE_MS).toBeGreaterThan(nowMs);
    }
    // a realistic mix: mostly closed (18 months of history), every priority, some still being worked on
    const mix = await all<{ status: string; n: number }>(sql`select status, count(*)::int as n from tickets group by status`);
    expect(mix.find((m) => m.status === 'closed')!.n).toBeGreaterThan(TICKETS / 2);
    expect(await one(sql`select count(distinct priority)::int as n from tickets`)).toEqual({ n: 3 });
  });

  it('continues ticket numbers after the seeded ones', async () => {
    const admin = await login(ctx.app, 'admin@guichet.demo', DEMO_PASSWORD);
    const { id } = await one<{ id: string }>(sql`select id from clients where external_ref = 'CRM-1001'`);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/tickets', headers: { cookie: admin.cookie }, payload: { clientId: id, subject: 'Nouveau poste', description: 'À préparer.' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().number).toBe(TICKETS + 1);
  });

  it('logs time only by the assignee, after creation and first response, on working days, priced at the rate in effect', async () => {
    const entries = await all<{
      agent_id: string; assignee_id: string; client_id: string; ticket_client: string; work_date: string; created_day: string; first_day: string | null;
      minutes: number; hourly_rate_cents: number | null; cost_cents: number; on_leave: boolean;
    }>(sql`select e.agent_id, t.assignee_id, e.client_id, t.client_id as ticket_client, e.work_date::text, e.minutes, e.hourly_rate_cents, e.cost_cents,
             (t.created_at at time zone 'Europe/Paris')::date::text as created_day, (t.first_response_at at time zone 'Europe/Paris')::date::text as first_day,
             exists (select 1 from agent_leaves l where l.agent_id = e.agent_id and e.work_date between l.starts_on and l.ends_on) as on_leave
           from time_entries e join tickets t on t.id = e.ticket_id`);
    const rates = groupBy(
      await all<{ agent_id: string; effectiveFrom: string; hourlyRateCents: number }>(sql`select agent_id, effective_from::text as "effectiveFrom", hourly_rate_cents as "hourlyRateCents" from agent_rates`),
      (r) => r.agent_id,
    );
    const today = todayIn('Europe/Paris', now);
    expect(entries.length).toBeGreaterThan(TICKETS);
    for (const e of entries) {
      expect(e.agent_id).toBe(e.assignee_id);
      expect(e.client_id).toBe(e.ticket_client);
      expect(e.first_day).not.toBeNull();
      expect(e.work_date >= e.created_day && e.work_date >= e.first_day! && e.work_date <= today).toBe(true);
      expect(e.on_leave).toBe(false);
      const rate = rateOn(rates.get(e.agent_id) ?? [], e.work_date);
      expect(rate).not.toBeNull();
      expect(e.hourly_rate_cents).toBe(rate);
      expect(e.cost_cents).toBe(entryCostCents(e.minutes, rate!));
    }
    // rates differ between agents, and some changed in the past
    expect(await one(sql`select count(distinct hourly_rate_cents)::int > 2 as varied, count(*) > count(distinct agent_id) as changed from agent_rates`)).toEqual({ varied: true, changed: true });
    // agent1's rate today is the one the e2e budget journey counts on (45.00)
    expect(await one(sql`select r.hourly_rate_cents from agent_rates r join users u on u.id = r.agent_id where u.email = 'agent1@guichet.demo' order by r.effective_from desc limit 1`)).toEqual({ hourly_rate_cents: 4500 });
  });

  it('rates only resolved tickets (or closed after a resolution), by a contact of the client, credited to the agent at resolution', async () => {
    const found = await all<{ status: 'open' | 'in_progress' | 'resolved' | 'closed'; resolved_at: string | null; resolved_by_id: string | null; agent_id: string; stars: number; rated_at: string; rater_role: string; rater_client: string; client_id: string }>(
      sql`select t.status, t.resolved_at, t.resolved_by_id, r.agent_id, r.stars, r.created_at as rated_at, u.role as rater_role, u.client_id as rater_client, t.client_id
          from ratings r join tickets t on t.id = r.ticket_id join users u on u.id = r.rater_id`,
    );
    expect(found.length).toBeGreaterThan(10);
    for (const r of found) {
      expect(isRateable({ status: r.status, resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null })).toBe(true);
      expect(r.agent_id).toBe(r.resolved_by_id);
      expect(r.rater_role).toBe('contact');
      expect(r.rater_client).toBe(r.client_id);
      expect(ms(r.rated_at)!).toBeGreaterThanOrEqual(ms(r.resolved_at)!);
    }
    const mean = found.reduce((s, r) => s + r.stars, 0) / found.length;
    expect(mean).toBeGreaterThan(3.5);
  });

  it('attaches files that exist, are what their type says, and belong to their message', async () => {
    const found = await all<{ storage_key: string; content_type: string; file_name: string; size_bytes: number; sha256: string; ticket_id: string; message_ticket: string | null; message_id: string | null; author_id: string | null; uploader_id: string }>(
      sql`select a.storage_key, a.content_type, a.file_name, a.size_bytes, a.sha256, a.ticket_id, a.message_id, m.ticket_id as message_ticket, m.author_id, a.uploader_id
          from attachments a left join messages m on m.id = a.message_id`,
    );
    const types = new Set<string>();
    for (const a of found) {
      expect(nameForType(a.file_name, a.content_type)).toBe(a.file_name);
      if (a.message_id) {
        expect(a.message_ticket).toBe(a.ticket_id);
        expect(a.uploader_id).toBe(a.author_id);
      }
      types.add(a.content_type);
    }
    expect(types).toEqual(new Set(['image/png', 'application/pdf', 'text/plain']));
    // a handful of files shared by every row of their kind
    const files = [...new Map(found.map((a) => [a.storage_key, a])).values()];
    expect(files.length).toBeLessThanOrEqual(10);
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(ctx.config.filesDir, f.storage_key.slice(0, 2), f.storage_key));
      expect(bytes.length).toBe(f.size_bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(await detectContentType(bytes)).toBe(f.content_type);
    }
  });

  it('sets budgets that never overlap, some under, some over, with one alert per threshold reached in running periods', async () => {
    const budgets = await all<{ id: string; client_id: string; period_kind: 'month' | 'quarter' | 'year'; period_start: string; period_end: string; amount_cents: number; thresholds: number[]; actual: string }>(
      sql`select b.id, b.client_id, b.period_kind, b.period_start::text, b.period_end::text, b.amount_cents, b.thresholds,
            coalesce((select sum(cost_cents) from time_entries e where e.client_id = b.client_id and e.work_date between b.period_start and b.period_end), 0)::text as actual
          from budgets b`,
    );
    const overlaps = await one(sql`select count(*)::int as n from budgets a join budgets b on a.client_id = b.client_id and a.id <> b.id
                                     and a.period_start <= b.period_end and b.period_start <= a.period_end`);
    expect(overlaps).toEqual({ n: 0 });
    for (const b of budgets) expect(periodOf(b.period_kind, b.period_start)).toEqual({ start: b.period_start, end: b.period_end });
    expect(budgets.some((b) => Number(b.actual) >= b.amount_cents)).toBe(true);
    expect(budgets.some((b) => Number(b.actual) * 100 < b.amount_cents * 80)).toBe(true);
    expect(new Set(budgets.map((b) => b.period_kind))).toEqual(new Set(['month', 'quarter']));

    const alerts = await all<{ budget_id: string; kind: 'threshold' | 'projection'; threshold_percent: number; notified: number }>(
      sql`select a.budget_id, a.kind, a.threshold_percent, (select count(*)::int from notifications n where n.budget_alert_id = a.id) as notified from budget_alerts a`,
    );
    const admins = await one<{ n: number }>(sql`select count(*)::int as n from users where role = 'admin' and active`);
    const today = todayIn('Europe/Paris', now);
    const key = (a: { budget_id: string; kind: string; threshold_percent: number }) => `${a.budget_id}:${a.kind}:${a.threshold_percent}`;
    expect(new Set(alerts.map(key)).size).toBe(alerts.length);
    for (const a of alerts) expect(a.notified).toBe(admins.n);
    // exactly the alerts the running periods call for, none for finished ones
    const due = budgets
      .filter((b) => b.period_start <= today && b.period_end >= today)
      .flatMap((b) => {
        const input = { period: { start: b.period_start, end: b.period_end }, amountCents: b.amount_cents, thresholds: b.thresholds };
        return alertsDue(input, figures(input, Number(b.actual), today)).map((d) => key({ budget_id: b.id, kind: d.kind, threshold_percent: d.thresholdPercent }));
      });
    expect(new Set(alerts.map(key))).toEqual(new Set(due));
  });

  it('leaves the trigger-kept rollups (active tickets per agent, costs per client-month and agent-day) equal to a fresh count', async () => {
    expect(await rollupDrift(ctx.app.db)).toEqual(NO_DRIFT);
    const kept = await one<{ n: number }>(sql`select count(*)::int as n from cost_agent_days`);
    expect(kept.n).toBeGreaterThan(0);
  });

  it('adds up in the cost report: per client = per month = per agent = the total of the entries', async () => {
    const admin = await login(ctx.app, 'admin@guichet.demo', DEMO_PASSWORD);
    const to = todayIn('Europe/Paris', now);
    const from = `${Number(to.slice(0, 4)) - 2}${to.slice(4)}`;
    const report = async (groupBy: string) => {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/reports/costs?from=${from}&to=${to}&groupBy=${groupBy}&limit=5000`, headers: { cookie: admin.cookie } });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { rows: { costCents: number; minutes: number }[]; totals: { costCents: number; minutes: number } };
      expect(body.rows.reduce((s, r) => s + r.costCents, 0)).toBe(body.totals.costCents);
      expect(body.rows.reduce((s, r) => s + r.minutes, 0)).toBe(body.totals.minutes);
      return body.totals.costCents;
    };
    const total = Number((await one<{ cost: string }>(sql`select sum(cost_cents)::text as cost from time_entries`)).cost);
    expect(total).toBeGreaterThan(0);
    for (const groupBy of ['client', 'month', 'quarter', 'agent', 'ticket']) expect(await report(groupBy)).toBe(total);
  });
});

describe('determinism and first start', () => {
  /** A fingerprint of the seeded data (ids included), which should depend on nothing but the seed and `now`. */
  const fingerprint = async (db: Executor) => {
    const parts: string[] = [];
    for (const q of [
      sql`select id, number, client_id, requester_id, subject, description, status, priority, assignee_id, created_at, closed_at from tickets where number <= ${TICKETS} order by number`,
      sql`select id, ticket_id, author_id, body, created_at from messages order by id`,
      sql`select id, ticket_id, work_date, minutes, cost_cents from time_entries order by id`,
      sql`select id, name, external_ref, email, city from clients order by id`,
      sql`select client_id, period_start, amount_cents from budgets order by client_id, period_start`,
    ]) {
      parts.push(JSON.stringify(await rows(db, q)));
    }
    return createHash('sha256').update(parts.join('\n')).digest('hex');
  };

  it('gives the same data for the same seed and now, other data for another seed', async () => {
    const database = await openTestDatabase();
    try {
      await seedAtScale(database, { tickets: TICKETS, seed: 42, filesDir: ctx.config.filesDir, now });
      expect(await fingerprint(database.db)).toBe(await fingerprint(ctx.app.db));
    } finally {
      await database.close();
    }
    const names = (seed: number) => generatePeople(new Random(seed), { seed, clients: 10, agents: 5, admins: 2, nowMs: now.getTime(), startMs: now.getTime() - 500 * 86_400_000 }).clients.map((c) => c.name);
    expect(names(42)).toEqual(names(42));
    expect(names(7)).not.toEqual(names(42));
  });

  it('loads the demo scale on first start, once, with the logins', async () => {
    const database = await openTestDatabase();
    try {
      const config = { ...ctx.config, demoSeed: true };
      const first = await seedOnFirstStart(database.db, config, now);
      expect(first.messages[0]).toMatch(/^First start: demo data loaded \(40 clients, .* 1000 tickets/);
      expect(first.messages.join('\n')).toContain('contact1@guichet.demo');
      const second = await seedOnFirstStart(database.db, config, now);
      expect(second.messages[0]).toBe(`Demo accounts (password "${DEMO_PASSWORD}"):`);
      expect(await rows(database.db, sql`select count(*)::int as n from tickets`)).toEqual([{ n: 1000 }]);
    } finally {
      await database.close();
    }
  });
});
