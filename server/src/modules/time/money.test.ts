import { describe, expect, it } from 'vitest';
import { entryCostCents, rateOn, repricing } from './money.ts';

describe('cost of a time entry', () => {
  it('is minutes / 60 × rate, in cents', () => {
    expect(entryCostCents(60, 4500)).toBe(4500);
    expect(entryCostCents(90, 4500)).toBe(6750);
    expect(entryCostCents(1440, 10_000)).toBe(240_000);
    expect(entryCostCents(0, 4500)).toBe(0);
  });

  it('rounds to the cent, half up, per entry', () => {
    expect(entryCostCents(1, 4999)).toBe(83); // 83.316…
    expect(entryCostCents(1, 5010)).toBe(84); // 83.5 → 84
    expect(entryCostCents(7, 3333)).toBe(389); // 388.85 → 389
    // three entries of 1 minute at 50.10 €/h: each rounded, so the ticket costs 3 × 0.84 €
    expect([1, 1, 1].map((m) => entryCostCents(m, 5010)).reduce((a, b) => a + b)).toBe(252);
  });

  it('refuses fractions and negatives', () => {
    expect(() => entryCostCents(1.5, 100)).toThrow(RangeError);
    expect(() => entryCostCents(10, -1)).toThrow(RangeError);
  });
});

describe('rate in effect on a work date', () => {
  const rates = [
    { effectiveFrom: '2026-01-01', hourlyRateCents: 4000 },
    { effectiveFrom: '2026-03-15', hourlyRateCents: 4500 },
  ];

  it('takes the latest rate effective on or before the day, boundaries included', () => {
    expect(rateOn(rates, '2025-12-31')).toBeNull();
    expect(rateOn(rates, '2026-01-01')).toBe(4000);
    expect(rateOn(rates, '2026-03-14')).toBe(4000);
    expect(rateOn(rates, '2026-03-15')).toBe(4500);
    expect(rateOn(rates, '2026-12-31')).toBe(4500);
  });

  it('counts what a retroactive rate re-prices: only the days it now covers', () => {
    const entries = [
      { workDate: '2026-02-01', minutes: 60, costCents: 4000 },
      { workDate: '2026-03-01', minutes: 30, costCents: 2000 },
      { workDate: '2026-03-20', minutes: 60, costCents: 4500 }, // under the later rate: untouched
    ];
    expect(repricing(rates, { effectiveFrom: '2026-02-15', hourlyRateCents: 4200 }, entries)).toEqual({ entries: 1, deltaCents: 100 });
    expect(repricing(rates, { effectiveFrom: '2026-04-01', hourlyRateCents: 5000 }, entries)).toEqual({ entries: 0, deltaCents: 0 });
  });
});
