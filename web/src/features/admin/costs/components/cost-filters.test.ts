import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, PRESETS, queryFromFilters } from './cost-filters';

describe('cost filters', () => {
  it('computes the quick ranges from today', () => {
    expect(PRESETS.thisMonth('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(PRESETS.thisMonth('2028-02-14')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(PRESETS.lastMonth('2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(PRESETS.thisQuarter('2026-11-30')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(PRESETS.thisQuarter('2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(PRESETS.thisYear('2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('ignores what is malformed in a link and puts dates in order', () => {
    const params = new URLSearchParams('from=2026-03-31&to=2026-03-01&groupBy=year&clientId=42&sort=-minutes');
    expect(filtersFromParams(params)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: undefined,
      clientId: undefined,
      agentId: undefined,
      sort: '-minutes',
    });
    expect(filtersFromParams(new URLSearchParams('from=2026-02-30&to=2026-03-01')).from).toBeUndefined();
  });

  it('leaves defaults out of the URL and fills them in the query', () => {
    expect(paramsFromFilters({ groupBy: 'client', sort: '-costCents' }).toString()).toBe('');
    expect(paramsFromFilters({ groupBy: 'month', sort: 'key' }).toString()).toBe('groupBy=month');
    expect(queryFromFilters({ groupBy: 'week' }, '2026-05-20')).toEqual({
      from: '2026-05-01',
      to: '2026-05-31',
      groupBy: 'week',
      clientId: undefined,
      agentId: undefined,
      sort: 'key',
    });
  });
});
