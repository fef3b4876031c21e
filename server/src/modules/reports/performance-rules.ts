/**
 * The pure parts of the performance report: ISO weeks of a range, weeks with no tickets filled
 * with zeros, means rounded to whole minutes or tenths of a star, agents ranked. Integers only.
 */
import type { AgentSatisfaction, PerformanceWeek } from '@guichet/contract/reports';
import { divRound } from '../budgets/figures.ts';
import { addDays, reportPeriod } from '../budgets/periods.ts';

/** The ISO week of a day: `2026-W01` and its Monday (2025-12-29 for 2026-W01). */
export function isoWeek(day: string): { week: string; start: string } {
  const p = reportPeriod('week', day);
  return { week: p.key, start: p.start };
}

/** Every ISO week touching [from, to], oldest first. */
export function weeksOf(from: string, to: string): { week: string; start: string }[] {
  const out: { week: string; start: string }[] = [];
  for (let start = isoWeek(from).start; start <= to; start = addDays(start, 7)) out.push(isoWeek(start));
  return out;
}

/** Mean of durations added up in seconds (exact to the microsecond), in whole minutes rounded half up; null for none. */
export const meanMinutes = (seconds: number, count: number): number | null => (count > 0 ? Math.floor(seconds / count / 60 + 0.5) : null);

/** Mean stars × 10, rounded half up (4.25 → 43). */
export const meanTenths = (starsSum: number, count: number): number | null => (count > 0 ? divRound(starsSum * 10, count) : null);

/**
 * One week's figures as SQL finds them (times in whole minutes, rounded half up; a median of an
 * even count is the mean of the two middle times).
 */
export interface WeekFigures {
  opened: number;
  resolved: number;
  closed: number;
  resolutionMean: number | null;
  resolutionMedian: number | null;
}

/** Every week of the range, in order, zeros where nothing happened; `found` keyed by the week's number in the range, from 1 (SQL's `width_bucket`). */
export function fillWeeks(from: string, to: string, found: Map<number, WeekFigures>): PerformanceWeek[] {
  return weeksOf(from, to).map(({ week, start }, i) => {
    const f = found.get(i + 1);
    return {
      week,
      start,
      opened: f?.opened ?? 0,
      resolved: f?.resolved ?? 0,
      closed: f?.closed ?? 0,
      resolutionMinutes: { mean: f?.resolutionMean ?? null, median: f?.resolutionMedian ?? null },
    };
  });
}

/** Best mean first, then the most ratings, then by name. */
export function rankAgents(list: AgentSatisfaction[]): AgentSatisfaction[] {
  return [...list].sort((a, b) => b.meanTenths - a.meanTenths || b.count - a.count || a.agent.name.localeCompare(b.agent.name) || a.agent.id.localeCompare(b.agent.id));
}

/** Tenths as a decimal with one digit (`43` → `4.3`), for the CSV. */
export const tenthsToDecimal = (tenths: number): string => `${Math.floor(tenths / 10)}.${tenths % 10}`;
