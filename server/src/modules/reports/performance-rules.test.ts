import { describe, expect, it } from 'vitest';
import { fillWeeks, isoWeek, meanMinutes, meanTenths, rankAgents, tenthsToDecimal, weeksOf } from './performance-rules.ts';

describe('ISO weeks', () => {
  it('labels weeks across a year boundary by the year of their Thursday', () => {
    expect(isoWeek('2025-12-28')).toEqual({ week: '2025-W52', start: '2025-12-22' });
    expect(isoWeek('2025-12-29')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(isoWeek('2026-01-04')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(isoWeek('2021-01-03')).toEqual({ week: '2020-W53', start: '2020-12-28' });
    expect(isoWeek('2027-01-01')).toEqual({ week: '2026-W53', start: '2026-12-28' });
    expect(isoWeek('2024-12-30')).toEqual({ week: '2025-W01', start: '2024-12-30' });
  });

  it('lists every week touching the range, partial weeks at both ends', () => {
    expect(weeksOf('2025-12-24', '2026-01-12').map((w) => w.week)).toEqual(['2025-W52', '2026-W01', '2026-W02', '2026-W03']);
    expect(weeksOf('2026-01-05', '2026-01-05')).toEqual([{ week: '2026-W02', start: '2026-01-05' }]);
    expect(weeksOf('2026-01-01', '2026-12-31')).toHaveLength(53);
  });

  it('fills the weeks with nothing with zeros', () => {
    const found = new Map([[2, { opened: 2, resolved: 2, closed: 1, resolutionMean: 151, resolutionMedian: 151 }]]);
    expect(fillWeeks('2025-12-22', '2026-01-05', found)).toEqual([
      { week: '2025-W52', start: '2025-12-22', opened: 0, resolved: 0, closed: 0, resolutionMinutes: { mean: null, median: null } },
      { week: '2026-W01', start: '2025-12-29', opened: 2, resolved: 2, closed: 1, resolutionMinutes: { mean: 151, median: 151 } },
      { week: '2026-W02', start: '2026-01-05', opened: 0, resolved: 0, closed: 0, resolutionMinutes: { mean: null, median: null } },
    ]);
  });
});

describe('satisfaction', () => {
  it('takes mean durations to whole minutes half up, null for none', () => {
    expect([meanMinutes(12_000, 4), meanMinutes(90, 1), meanMinutes(89.999_999, 1), meanMinutes(150, 2), meanMinutes(0, 0)]).toEqual([50, 2, 1, 1, null]);
  });

  it('rounds mean stars to tenths half up, null for nothing', () => {
    expect([meanTenths(17, 4), meanTenths(9, 2), meanTenths(13, 3), meanTenths(0, 0)]).toEqual([43, 45, 43, null]);
  });

  it('writes tenths of a star with one decimal', () => {
    expect([43, 50, 10].map(tenthsToDecimal)).toEqual(['4.3', '5.0', '1.0']);
  });
});

describe('agents ranking', () => {
  it('puts the best mean first, then the most ratings, then the name', () => {
    const a = (name: string, meanTenths: number, count: number) => ({ agent: { id: name, name }, meanTenths, count, me: false });
    expect(rankAgents([a('Zoé', 40, 1), a('Bob', 40, 3), a('Alice', 45, 2), a('Anne', 40, 1)]).map((x) => x.agent.name)).toEqual(['Alice', 'Bob', 'Anne', 'Zoé']);
  });
});
