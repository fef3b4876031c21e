/**
 * Money arithmetic of DOMAIN.md, in integer cents (never floating point).
 *
 * Cost of a time entry = minutes / 60 × the hourly rate in effect on its work date, rounded to
 * the cent, half up, once per entry. Costs of tickets, clients and periods are sums of entry
 * costs, so they add up exactly whatever way a report groups them.
 */
export function entryCostCents(minutes: number, hourlyRateCents: number): number {
  if (!Number.isInteger(minutes) || !Number.isInteger(hourlyRateCents) || minutes < 0 || hourlyRateCents < 0) {
    throw new RangeError('minutes and rate must be non-negative integers');
  }
  // round(minutes × rate / 60) half up, in integers: floor((2 × minutes × rate + 60) / 120)
  return Math.floor((2 * minutes * hourlyRateCents + 60) / 120);
}

export interface RatePeriod {
  effectiveFrom: string; // YYYY-MM-DD
  hourlyRateCents: number;
}

/** The rate in effect on a day: the latest one effective on or before it; null before the first. */
export function rateOn(rates: RatePeriod[], workDate: string): number | null {
  let best: RatePeriod | null = null;
  for (const r of rates) if (r.effectiveFrom <= workDate && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best?.hourlyRateCents ?? null;
}

/**
 * What adding `next` to an agent's rates changes: the entries whose work date it now covers
 * (from its date to the next later rate), and the money that moves.
 */
export function repricing(
  rates: RatePeriod[],
  next: RatePeriod,
  entries: { workDate: string; minutes: number; costCents: number }[],
): { entries: number; deltaCents: number } {
  const later = rates.filter((r) => r.effectiveFrom > next.effectiveFrom).map((r) => r.effectiveFrom).sort()[0];
  let count = 0;
  let delta = 0;
  for (const e of entries) {
    if (e.workDate < next.effectiveFrom || (later && e.workDate >= later)) continue;
    const cost = entryCostCents(e.minutes, next.hourlyRateCents);
    if (cost !== e.costCents) {
      count++;
      delta += cost - e.costCents;
    }
  }
  return { entries: count, deltaCents: delta };
}
