import { describe, expect, it } from 'vitest';
import { effectiveRange, filtersFromParams, isRangeAllowed, paramsFromFilters, PRESETS, queryFromFilters } from './dashboard-filters';

describe('dashboard periods', () => {
  it('starts this week on Monday (ISO), also across a month and a year', () => {
    expect(PRESETS.thisWeek('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' }); // a Monday
    expect(PRESETS.thisWeek('2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-25' }); // a Wednesday
    expect(PRESETS.thisWeek('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Sunday: still that week
    expect(PRESETS.thisWeek('2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(PRESETS.thisWeek('2026-01-01')).toEqual({ from: '2025-12-29', to: '2026-01-01' }); // ISO week 1 of 2026
  });

  it('runs this month, quarter and year from their first day to today', () => {
    expect(PRESETS.thisMonth('2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-25' });
    expect(PRESETS.thisMonth('2026-02-01')).toEqual({ from: '2026-02-01', to: '2026-02-01' });
    expect(PRESETS.thisQuarter('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(PRESETS.thisQuarter('2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(PRESETS.thisQuarter('2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-11-25' });
    expect(PRESETS.thisQuarter('2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(PRESETS.thisYear('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(PRESETS.thisYear('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('counts the last 30 days with today, across February and a leap year', () => {
    expect(PRESETS.last30Days('2026-11-25')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(PRESETS.last30Days('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(PRESETS.last30Days('2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-03-01' });
    expect(PRESETS.last30Days('2026-01-15')).toEqual({ from: '2025-12-17', to: '2026-01-15' });
  });

  it('reads the URL, ignoring what is malformed and putting a custom range in order', () => {
    const client = '00000000-0000-4000-8000-0000000000c1';
    expect(filtersFromParams(new URLSearchParams(`period=thisYear&clientId=${client}&agentId=42`))).toEqual({
      period: 'thisYear',
      clientId: client,
      agentId: undefined,
    });
    expect(filtersFromParams(new URLSearchParams('period=custom&from=2026-03-31&to=2026-03-01'))).toMatchObject({
      period: 'custom',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    // A range alone is custom; `custom` without a valid range falls back to the default period.
    expect(filtersFromParams(new URLSearchParams('from=2026-03-01&to=2026-03-31')).period).toBe('custom');
    expect(filtersFromParams(new URLSearchParams('period=custom&from=2026-02-30&to=2026-03-01')).period).toBeUndefined();
    expect(filtersFromParams(new URLSearchParams('period=decade')).period).toBeUndefined();
  });

  it('keeps links short and computes the query from today', () => {
    expect(paramsFromFilters({ period: 'thisMonth' }).toString()).toBe('');
    expect(paramsFromFilters({ period: 'thisYear', from: '2026-01-01', to: '2026-02-01' }).toString()).toBe('period=thisYear');
    expect(paramsFromFilters({ period: 'custom', from: '2026-01-01', to: '2026-02-01' }).toString()).toBe(
      'period=custom&from=2026-01-01&to=2026-02-01',
    );
    expect(effectiveRange({}, '2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-25' });
    expect(queryFromFilters({ period: 'thisQuarter', agentId: 'a' }, '2026-05-20')).toEqual({
      from: '2026-04-01',
      to: '2026-05-20',
      clientId: undefined,
      agentId: 'a',
    });
    expect(isRangeAllowed({ from: '2023-01-01', to: '2025-12-31' })).toBe(true);
    expect(isRangeAllowed({ from: '2020-01-01', to: '2026-01-01' })).toBe(false);
  });
});
