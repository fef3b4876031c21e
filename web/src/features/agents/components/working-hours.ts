import { WEEKDAYS, type Weekday, type WorkingHours } from '@guichet/contract/agents';

export interface RangeValue {
  start: string;
  end: string;
}

/** One weekday in the editor: the « Travaillé » toggle and the ranges (kept when toggled off, to restore them). */
export interface DayValue {
  worked: boolean;
  ranges: RangeValue[];
}

export type HoursValues = Record<Weekday, DayValue>;

/** The range a day gets when it is switched to « Travaillé » with nothing to restore. */
export const DEFAULT_RANGE: RangeValue = { start: '09:00', end: '17:00' };
/** The editor offers one or two ranges a day (a morning and an afternoon). */
export const MAX_RANGES_PER_DAY = 2;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** API → editor: a day with no range is a day off. */
export function hoursFromApi(hours: Partial<WorkingHours> | undefined): HoursValues {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const ranges = hours?.[day] ?? [];
      return [day, { worked: ranges.length > 0, ranges: ranges.map((r) => ({ start: r.start, end: r.end })) }];
    }),
  ) as HoursValues;
}

/** Editor → API: `{ mon: [{ start, end }], …, sun: [] }`, the ranges of each worked day in time order. */
export function hoursToApi(values: HoursValues): WorkingHours {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const { worked, ranges } = values[day];
      const sorted = worked ? [...ranges].sort((a, b) => a.start.localeCompare(b.start)) : [];
      return [day, sorted.map((r) => ({ start: r.start, end: r.end }))];
    }),
  ) as WorkingHours;
}

export type HoursProblem = 'required' | 'invalidTime' | 'endBeforeStart' | 'overlap';

/**
 * What is wrong with the worked days, keyed `mon.ranges.0.end` like the editor's fields.
 * Days off are not checked: their ranges are not sent.
 */
export function hoursProblems(values: HoursValues): Record<string, HoursProblem> {
  const problems: Record<string, HoursProblem> = {};
  for (const day of WEEKDAYS) {
    const { worked, ranges } = values[day];
    if (!worked) continue;
    ranges.forEach((range, index) => {
      const path = `${day}.ranges.${index}`;
      if (!range.start) problems[`${path}.start`] = 'required';
      else if (!TIME.test(range.start)) problems[`${path}.start`] = 'invalidTime';
      if (!range.end) problems[`${path}.end`] = 'required';
      else if (!TIME.test(range.end)) problems[`${path}.end`] = 'invalidTime';
      else if (range.start && range.start >= range.end) problems[`${path}.end`] = 'endBeforeStart';
    });
    // Two ranges of the same day must not overlap.
    const ordered = ranges
      .map((range, index) => ({ ...range, index }))
      .filter((r) => TIME.test(r.start) && TIME.test(r.end) && r.start < r.end)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < ordered.length; i += 1) {
      const previous = ordered[i - 1]!;
      const current = ordered[i]!;
      if (current.start < previous.end) problems[`${day}.ranges.${current.index}.start`] ??= 'overlap';
    }
  }
  return problems;
}
