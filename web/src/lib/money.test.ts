import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money';

describe('parseCents', () => {
  it('reads a decimal amount as integer cents, without floats', () => {
    expect(parseCents('45,5')).toBe(4550);
    expect(parseCents('45,55')).toBe(4555);
    expect(parseCents('45.55')).toBe(4555);
    expect(parseCents('45')).toBe(4500);
    expect(parseCents(' 0,1 ')).toBe(10);
    expect(parseCents('1 234,56')).toBe(123456);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseCents('0,29')).toBe(29);
  });

  it('rejects more than two decimals and anything that is not an amount', () => {
    expect(parseCents('45,555')).toBeNull();
    expect(parseCents('')).toBeNull();
    expect(parseCents('-3')).toBeNull();
    expect(parseCents('abc')).toBeNull();
    expect(parseCents('45,')).toBeNull();
    expect(parseCents('1,2,3')).toBeNull();
    expect(parseCents('1000001')).toBeNull();
  });
});

describe('formatCents', () => {
  it('formats cents as euros, the French way', () => {
    expect(formatCents(11250).replace(/\s/g, ' ')).toBe('112,50 €');
    expect(formatCents(4500, 'EUR').replace(/\s/g, ' ')).toBe('45,00 €');
  });
});
