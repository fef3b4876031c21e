import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { makeAgent, makeClient, setSettings } from '../../../test/factories.ts';
import { NO_DRIFT, rollupDrift } from '../../../test/rollups.ts';
import { rows } from '../../db/client.ts';
import { tickets } from '../../db/schema.ts';
import { boundsOf, periodFromRollups, periodFromTickets, type PeriodRow, type Query } from './performance.ts';

/**
 * The report's two sources — the tickets themselves, and the rollups kept by triggers — give the
 * same figures, through ticket and rating moves, deletions and a change of the company's time
 * zone; the histogram's medians stay within 1 % of the exact ones.
 */
let ctx: TestContext;
let agents: string[];

/** A small deterministic generator (mulberry32): the same tickets on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  ctx = await createTestApp();
  await setSettings(ctx.app, { timeZone: 'Europe/Paris' });
  agents = [(await makeAgent(ctx.app)).id, (await makeAgent(ctx.app)).id, (await makeAgent(ctx.app)).id];
  const client = (await makeClient(ctx.app)).id;
  const next = random(6);
  const minute = 60_000;
  // 300 tickets from 2 March to 10 May 2026 (summer time starts on 29 March), some at local midnight
  const values = Array.from({ length: 300 }, (_, i) => {
    const createdAt = new Date(Date.UTC(2026, 2, 2) + Math.floor(next() * 69 * 24 * 60) * minute + (i % 7 === 0 ? 23 * 60 * minute : 0));
    const state = next();
    const responded = state > 0.1;
    const resolvedAfter = Math.floor(next() ** 3 * 20 * 24 * 60) + 1; // minutes to weeks
    const resolved = state > 0.35;
    const closed = state > 0.7;
    const at = (m: number) => new Date(createdAt.getTime() + m * minute);
    return {
      clientId: client,
      subject: `Ticket ${i}`,
      description: 'x',
      assigneeId: next() < 0.15 ? null : agents[i % agents.length]!,
      status: closed ? 'closed' : resolved ? 'resolved' : responded ? 'in_progress' : 'open',
      createdAt,
      firstResponseAt: responded ? at(Math.floor(next() * 600) + 1) : null,
      resolvedAt: resolved ? at(resolvedAfter) : null,
      closedAt: closed ? at(resolvedAfter + 3 * 24 * 60) : null,
      closedReason: closed ? 'manual' : null,
    } as typeof tickets.$inferInsert;
  });
  for (let i = 0; i < values.length; i += 100) await ctx.app.db.insert(tickets).values(values.slice(i, i + 100));
  // a rating on most resolved tickets, credited to their agent, a day after resolution
  await ctx.app.db.execute(sql`insert into ratings (ticket_id, agent_id, stars, created_at)
    select id, assignee_id, 1 + number % 5, resolved_at + interval '1 day' from tickets where resolved_at is not null and number % 4 <> 0`);
});
afterAll(() => ctx?.close());

const ranges = [
  { from: '2026-03-02', to: '2026-05-31' },
  { from: '2026-03-25', to: '2026-04-02' }, // across the change to summer time
  { from: '2026-04-15', to: '2026-04-15' },
  { from: '2026-01-01', to: '2026-02-28' }, // nothing in it
];

const normalise = (list: PeriodRow[]) =>
  list
    .filter((r) => r.week === null || r.n > 0 || r.timed > 0)
    .map((r) => ({ ...r, seconds: r.seconds === null ? null : Number(r.seconds) }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || (a.week ?? 0) - (b.week ?? 0));

async function timeZone() {
  const [row] = await rows<{ time_zone: string }>(ctx.app.db, sql`select time_zone from settings where id = 1`);
  return row!.time_zone;
}

async function expectSameFigures() {
  const zone = await timeZone();
  for (const range of ranges) {
    for (const agentId of [undefined, ...agents]) {
      const q = { ...range, agentId, top: 10 } as Query;
      const b = boundsOf(q, zone);
      const fromTickets = normalise(await periodFromTickets(ctx.app.db, q, b));
      // the whole period's row: the tickets' source also has it when nothing was resolved
      expect(normalise(await periodFromRollups(ctx.app.db, q, b)), `${zone} ${range.from}…${range.to} ${agentId ?? 'team'}`).toEqual(fromTickets);
    }
  }
}

describe('performance report sources', () => {
  it('the rollups give the figures counted from the tickets, per week and in all', async () => {
    expect(await rollupDrift(ctx.app.db)).toEqual(NO_DRIFT);
    const [kept] = await rows<{ days: number; ratings: number }>(ctx.app.db, sql`select (select count(*) from ticket_stats_days)::int as days, (select sum(ratings) from rating_days)::int as ratings`);
    expect(kept!.days).toBeGreaterThan(100);
    expect(kept!.ratings).toBeGreaterThan(100);
    await expectSameFigures();
  });

  it('past the exact threshold, medians from the histogram are within 1 % of the exact ones (or a minute)', async () => {
    const q = { from: '2026-03-02', to: '2026-05-31', top: 10 } as Query;
    const b = boundsOf(q, await timeZone());
    const exact = await periodFromRollups(ctx.app.db, q, b);
    const histogram = await periodFromRollups(ctx.app.db, q, b, 0);
    const resolved = exact.filter((r) => r.kind === 'resolved' && r.n > 0);
    expect(resolved.length).toBeGreaterThan(5);
    for (const r of resolved) {
      const h = histogram.find((x) => x.kind === 'resolved' && x.week === r.week)!;
      expect(h.n).toBe(r.n);
      expect(h.mean).toBe(r.mean);
      expect(Math.abs(h.median! - r.median!), `week ${r.week}: ${h.median} vs ${r.median}`).toBeLessThanOrEqual(Math.max(1, Math.ceil(r.median! * 0.01)));
    }
  });

  it('stay equal through reassignments, reopenings, closings, rating edits, deletions and a change of time zone', async () => {
    const db = ctx.app.db;
    await db.execute(sql`update tickets set assignee_id = ${agents[0]} where number % 5 = 0`);
    await db.execute(sql`update tickets set status = 'in_progress', resolved_at = null, closed_at = null, closed_reason = null where number % 11 = 0 and status in ('resolved', 'closed')`);
    await db.execute(sql`update tickets set status = 'closed', closed_at = resolved_at + interval '1 day', closed_reason = 'manual' where number % 7 = 0 and status = 'resolved'`);
    await db.execute(sql`update tickets set first_response_at = created_at + interval '5 minutes' where number % 13 = 0 and first_response_at is null`);
    await db.execute(sql`update tickets set subject = subject || ' (modifié)' where number % 3 = 0`); // nothing the report counts
    await db.execute(sql`update ratings set stars = 6 - stars where stars <> 3`);
    await db.execute(sql`update ratings set agent_id = ${agents[1]} where agent_id = ${agents[2]}`);
    await db.execute(sql`delete from ratings where ticket_id in (select id from tickets where number % 17 = 0 or number % 19 = 0)`);
    await db.execute(sql`delete from tickets where number % 17 = 0`);
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await expectSameFigures();

    await setSettings(ctx.app, { timeZone: 'America/New_York' });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await expectSameFigures();
  });
});
