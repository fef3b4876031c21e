/**
 * Budgets of the demo data: per client and month or quarter, from some months back to the next
 * period (as « Copier sur les périodes suivantes » leaves them), set against what the client
 * actually cost so that some are comfortable, some near their thresholds and some over. The
 * alerts follow from the application's own check once the data is in.
 */
import type { budgets } from '../db/schema.ts';
import { periodOf, nextPeriod, position, daysIn, type Period } from '../modules/budgets/periods.ts';
import type { SeedClient, SeedStaff } from './people.ts';
import type { Random } from './random.ts';

type Outlook = 'under' | 'near' | 'projected' | 'over';

export interface MonthCosts {
  /** Cost per client and month, index from `firstMonth`. */
  costs: Float64Array;
  months: number;
  /** `YYYY-MM-01` of month 0. */
  firstMonth: string;
}

export function monthIndexer(firstMonth: string): (isoDay: string) => number {
  const y0 = Number(firstMonth.slice(0, 4));
  const m0 = Number(firstMonth.slice(5, 7));
  return (day) => (Number(day.slice(0, 4)) - y0) * 12 + Number(day.slice(5, 7)) - m0;
}

/** Amounts look like budgets: whole tens of euros (or euros, when that would change the outlook). */
const round = (cents: number, step: number) => Math.max(5000, Math.round(cents / step) * step);

export function planBudgets(
  random: Random,
  input: { clients: SeedClient[]; admins: SeedStaff[]; month: MonthCosts; today: string },
): (typeof budgets.$inferInsert)[] {
  const { costs, months, firstMonth } = input.month;
  const indexOf = monthIndexer(firstMonth);
  const current = indexOf(input.today);
  const costOf = (client: number, p: Period) => {
    let sum = 0;
    for (let m = indexOf(p.start); m <= indexOf(p.end); m++) if (m >= 0 && m < months) sum += costs[client * months + m]!;
    return sum;
  };
  const rows: (typeof budgets.$inferInsert)[] = [];
  let quarterly = false;
  for (const client of input.clients) {
    const demo = client.index < 2;
    if (!client.active || (!demo && !random.chance(0.6))) continue;
    // the typical monthly cost over the months before this one
    let total = 0;
    let worked = 0;
    for (let m = Math.max(0, current - 12); m < current; m++) {
      const c = costs[client.index * months + m]!;
      total += c;
      if (c > 0) worked++;
    }
    if (worked === 0) continue;
    const monthly = total / Math.max(worked, Math.min(12, current));
    // monthly mostly, quarterly for some (the first budgeted client after the demo ones, so every scale shows both)
    const kind = demo || (quarterly && random.chance(0.7)) ? 'month' : 'quarter';
    if (kind === 'quarter') quarterly = true;
    const perPeriod = monthly * (kind === 'month' ? 1 : 3);
    const outlook: Outlook = client.index === 0 ? 'near' : client.index === 1 ? 'over' : random.weighted<Outlook>([[45, 'under'], [25, 'near'], [10, 'projected'], [20, 'over']]);
    const thresholds = random.weighted([
      [80, [80, 100]],
      [12, [50, 80, 100]],
      [8, [90, 100]],
    ]);
    const createdBy = random.pick(input.admins).id;
    const back = demo ? 12 : random.int(2, 12);
    const now = periodOf(kind, input.today);
    let p = periodOf(kind, `${addMonths(input.today, -back)}`);
    const base = round(perPeriod * random.float(1.05, 1.4), 1000);
    for (; p.start <= now.end; p = nextPeriod(kind, p)) {
      const actual = costOf(client.index, p);
      const amount = p.start === now.start ? currentAmount(random, outlook, actual, p, input.today, perPeriod) : round(perPeriod * random.float(0.8, 1.6), 1000);
      rows.push({ clientId: client.id, periodKind: kind, periodStart: p.start, periodEnd: p.end, amountCents: amount, thresholds, createdBy, createdAt: new Date(`${p.start}T08:00:00Z`), updatedAt: new Date(`${p.start}T08:00:00Z`) });
    }
    // the next period, copied ahead
    const next = nextPeriod(kind, now);
    rows.push({ clientId: client.id, periodKind: kind, periodStart: next.start, periodEnd: next.end, amountCents: base, thresholds, createdBy, createdAt: new Date(`${now.start}T08:00:00Z`), updatedAt: new Date(`${now.start}T08:00:00Z`) });
  }
  return rows;
}

/** The running period's amount, for the outlook chosen: actual so far against the amount and the projection. */
function currentAmount(random: Random, outlook: Outlook, actual: number, p: Period, today: string, perPeriod: number): number {
  const { daysElapsed } = position(p, today);
  const projected = (actual * daysIn(p)) / Math.max(1, daysElapsed);
  const fallback = round(Math.max(projected * random.float(1.25, 1.8), perPeriod * random.float(1.1, 1.5)), 1000);
  if (actual <= 0) return fallback;
  const keep = (amount: number, ok: (a: number) => boolean) => {
    for (const step of [5000, 1000, 100]) if (ok(round(amount, step))) return round(amount, step);
    return null;
  };
  switch (outlook) {
    case 'near':
      return keep(actual / random.float(0.82, 0.96), (a) => actual * 100 >= a * 80 && actual < a) ?? fallback;
    case 'over':
      return keep(actual * random.float(0.75, 0.96), (a) => actual >= a) ?? fallback;
    case 'projected': {
      const low = actual / 0.79;
      const high = projected * 0.95;
      return high > low ? (keep(random.float(low, high), (a) => actual * 100 < a * 80 && projected > a) ?? fallback) : fallback;
    }
    default:
      return fallback;
  }
}

function addMonths(day: string, n: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}
