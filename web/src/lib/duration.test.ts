import { describe, expect, it } from 'vitest';
import { formatMinutes, localToday } from './duration';

describe('formatMinutes', () => {
  it('writes hours and minutes the French way', () => {
    expect(formatMinutes(90)).toBe('1 h 30');
    expect(formatMinutes(150)).toBe('2 h 30');
    expect(formatMinutes(65)).toBe('1 h 05');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(0)).toBe('0 min');
  });
});

describe('localToday', () => {
  it('is the local calendar day', () => {
    expect(localToday(new Date(2026, 3, 1, 23, 30))).toBe('2026-04-01');
  });
});
