import { describe, expect, it } from 'vitest';
import { hoursFromApi, hoursProblems, hoursToApi } from './working-hours';

const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('working hours', () => {
  it('turns a day with two ranges into the API JSON, in time order, and days off into []', () => {
    const values = hoursFromApi(week);
    values.tue = {
      worked: true,
      ranges: [
        { start: '14:00', end: '18:00' },
        { start: '09:00', end: '12:30' },
      ],
    };
    // A day switched off keeps its ranges in the editor, but sends none.
    values.sat = { worked: false, ranges: [{ start: '10:00', end: '12:00' }] };

    expect(hoursToApi(values)).toEqual({
      ...week,
      tue: [
        { start: '09:00', end: '12:30' },
        { start: '14:00', end: '18:00' },
      ],
    });
  });

  it('reports missing times, an end before its start, and overlapping ranges', () => {
    const values = hoursFromApi(week);
    values.mon = { worked: true, ranges: [{ start: '09:00', end: '' }] };
    values.wed = { worked: true, ranges: [{ start: '18:00', end: '09:00' }] };
    values.fri = {
      worked: true,
      ranges: [
        { start: '09:00', end: '13:00' },
        { start: '12:00', end: '17:00' },
      ],
    };
    expect(hoursProblems(values)).toEqual({
      'mon.ranges.0.end': 'required',
      'wed.ranges.0.end': 'endBeforeStart',
      'fri.ranges.1.start': 'overlap',
    });
  });
});
