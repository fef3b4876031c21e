import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/context.ts';
import { makeClient, setSettings } from '../../../test/factories.ts';
import type { Actor } from '../../http/actor.ts';
import { budgets, costClientMonths } from '../../db/schema.ts';
import { figures } from './figures.ts';
import { budgetsAtRisk } from './service.ts';

/**
 * The budgets at risk the database hands over are exactly those `figures` finds over or projected
 * over, among budgets around every boundary of the projection (its SQL pre-filter is a superset).
 */
let ctx: TestContext;
const admin: Actor = { via: 'session', userId: null, name: 'Admin', role: 'admin', clientId: null };
const now = new Date('2026-03-10T12:00:00Z'); // day 10 of 31 in March, day 69 of 90 in Q1
const today = '2026-03-10';
const periods = [
  { periodKind: 'month', periodStart: '2026-03-01', periodEnd: '2026-03-31' }, // running
  { periodKind: 'quarter', periodStart: '2026-01-01', periodEnd: '2026-03-31' }, // running
  { periodKind: 'month', periodStart: '2026-02-01', periodEnd: '2026-02-28' }, // past
  { periodKind: 'month', periodStart: '2026-04-01', periodEnd: '2026-04-30' }, // future
] as const;
const inputs: { clientId: string; period: (typeof periods)[number]; amountCents: number; actualCents: number }[] = [];

beforeAll(async () => {
  ctx = await createTestApp();
  await setSettings(ctx.app, { timeZone: 'UTC' });
  let n = 0;
  for (const period of periods) {
    for (const amountCents of [1_000, 3_100, 99_999]) {
      // actual around the amount and around where the projection crosses it
      const crossing = Math.round((amountCents * (Math.min(daysSince(period.periodStart), 90) || 1)) / daysIn(period));
      for (const actualCents of new Set([0, crossing - 2, crossing - 1, crossing, crossing + 1, amountCents - 1, amountCents, amountCents + 1].filter((a) => a >= 0))) {
        const clientId = (await makeClient(ctx.app, { name: `Client ${++n}` })).id;
        inputs.push({ clientId, period, amountCents, actualCents });
      }
    }
  }
  await ctx.app.db.insert(budgets).values(inputs.map((i) => ({ clientId: i.clientId, ...i.period, amountCents: i.amountCents })));
  // the spend, as the rollup keeps it (one month row in the period)
  await ctx.app.db
    .insert(costClientMonths)
    .values(inputs.filter((i) => i.actualCents > 0).map((i) => ({ clientId: i.clientId, month: i.period.periodStart, entries: 1, minutes: 60, costCents: i.actualCents })));
});
afterAll(() => ctx?.close());

function daysSince(start: string) {
  return Math.round((Date.parse(today) - Date.parse(start)) / 864e5) + 1;
}
function daysIn(p: { periodStart: string; periodEnd: string }) {
  return Math.round((Date.parse(p.periodEnd) - Date.parse(p.periodStart)) / 864e5) + 1;
}

describe('budgets at risk', () => {
  it('are exactly the budgets over or projected over, whatever the SQL pre-filter leaves out', async () => {
    const expected = inputs
      .filter((i) => {
        const f = figures({ period: { start: i.period.periodStart, end: i.period.periodEnd }, amountCents: i.amountCents, thresholds: [80, 100] }, i.actualCents, today);
        return f.status === 'over' || f.status === 'projected_over';
      })
      .map((i) => i.clientId)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(inputs.length - 10);
    const found = await budgetsAtRisk(ctx.app.db, admin, { start: '2026-01-01', end: '2026-04-30' }, undefined, now);
    expect(found.map((b) => b.clientId).sort()).toEqual(expected);
  });

  it('are for admins only', async () => {
    await expect(budgetsAtRisk(ctx.app.db, { ...admin, role: 'agent' }, { start: '2026-01-01', end: '2026-04-30' })).rejects.toMatchObject({ statusCode: 404 });
  });
});
