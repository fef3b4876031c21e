/** Money is integer cents (EUR unless the settings say otherwise); never floats. */

/** 11250 → « 112,50 € » (always French grouping, as the app's money). */
export function formatCents(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency }).format(cents / 100);
}

const MAX_CENTS = 100_000_000;

/**
 * « 45,5 » → 4550, « 45.55 » → 4555, « 45 » → 4500; null for anything else (« 45,555 », « -1 », « abc »).
 * Parses the digits as a string: no floating point on the way.
 */
export function parseCents(input: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(input.trim().replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const units = Number.parseInt(match[1]!, 10);
  const fraction = Number.parseInt((match[2] ?? '').padEnd(2, '0'), 10);
  const cents = units * 100 + fraction;
  return cents <= MAX_CENTS ? cents : null;
}
