import type { WorkingHours } from '@guichet/contract/agents';
import { describe, expect, it } from 'vitest';
import { chooseAgent, inWorkingHours, isAvailableNow, onLeave, type AgentState } from './choose.ts';

const office: WorkingHours = {
  mon: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '18:00' }],
  tue: [{ start: '09:00', end: '18:00' }],
  wed: [{ start: '09:00', end: '18:00' }],
  thu: [{ start: '09:00', end: '18:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
  sat: [],
  sun: [],
};

const agent = (id: string, over: Partial<AgentState> = {}): AgentState => ({
  id,
  active: true,
  available: true,
  timezone: 'Europe/Paris',
  workingHours: office,
  capacity: null,
  leaves: [],
  activeTickets: 0,
  lastAssignedAt: null,
  ...over,
});

// Monday 2 March 2026, 10:00 in Paris (UTC+1 in winter).
const mondayMorningParis = new Date('2026-03-02T09:00:00Z');

describe('working hours and leave', () => {
  it('uses the agent’s own time zone', () => {
    expect(inWorkingHours(agent('a'), mondayMorningParis)).toBe(true);
    // 10:00 in Paris is 04:00 in Montreal: outside hours there.
    expect(inWorkingHours(agent('b', { timezone: 'America/Montreal' }), mondayMorningParis)).toBe(false);
    // 10:00 Paris = 13:00 in Réunion (UTC+4) — inside the lunch break 12:30–13:30? No: 13:00 is inside it.
    expect(inWorkingHours(agent('c', { timezone: 'Indian/Reunion' }), mondayMorningParis)).toBe(false);
  });

  it('treats range ends as exclusive and days off as closed', () => {
    expect(inWorkingHours(agent('a'), new Date('2026-03-02T11:29:00Z'))).toBe(true); // 12:29
    expect(inWorkingHours(agent('a'), new Date('2026-03-02T11:30:00Z'))).toBe(false); // 12:30
    expect(inWorkingHours(agent('a'), new Date('2026-03-07T10:00:00Z'))).toBe(false); // Saturday
  });

  it('follows daylight saving time', () => {
    // Monday 30 March 2026, 08:30 UTC = 10:30 in Paris (UTC+2 in summer).
    expect(inWorkingHours(agent('a'), new Date('2026-03-30T06:30:00Z'))).toBe(false); // 08:30 Paris
    expect(inWorkingHours(agent('a'), new Date('2026-03-30T07:30:00Z'))).toBe(true); // 09:30 Paris
  });

  it('counts leave days inclusively, in the agent’s calendar', () => {
    const onHoliday = agent('a', { leaves: [{ startsOn: '2026-03-02', endsOn: '2026-03-02' }] });
    expect(onLeave(onHoliday, mondayMorningParis)).toBe(true);
    expect(onLeave(onHoliday, new Date('2026-03-03T09:00:00Z'))).toBe(false);
    // 23:30 UTC on 1 March is already 2 March in Paris.
    expect(onLeave(onHoliday, new Date('2026-03-01T23:30:00Z'))).toBe(true);
  });
});

describe('auto-assign choice', () => {
  it('picks the least-loaded available agent', () => {
    const chosen = chooseAgent([agent('a', { activeTickets: 3 }), agent('b', { activeTickets: 1 }), agent('c', { activeTickets: 2 })], mondayMorningParis);
    expect(chosen?.id).toBe('b');
  });

  it('breaks ties by the least recently assigned, never-assigned first', () => {
    const agents = [
      agent('a', { activeTickets: 1, lastAssignedAt: new Date('2026-03-02T08:00:00Z') }),
      agent('b', { activeTickets: 1, lastAssignedAt: new Date('2026-03-01T08:00:00Z') }),
    ];
    expect(chooseAgent(agents, mondayMorningParis)?.id).toBe('b');
    expect(chooseAgent([...agents, agent('c', { activeTickets: 1 })], mondayMorningParis)?.id).toBe('c');
  });

  it('skips agents switched off, deactivated, off hours, on leave or at capacity', () => {
    const agents = [
      agent('off', { available: false }),
      agent('gone', { active: false }),
      agent('night', { timezone: 'America/Montreal' }),
      agent('holiday', { leaves: [{ startsOn: '2026-03-01', endsOn: '2026-03-06' }] }),
      agent('full', { capacity: 2, activeTickets: 2 }),
      agent('busy-but-free', { capacity: 5, activeTickets: 4 }),
    ];
    expect(chooseAgent(agents, mondayMorningParis)?.id).toBe('busy-but-free');
    expect(isAvailableNow(agent('full', { capacity: 2, activeTickets: 1 }), mondayMorningParis)).toBe(true);
  });

  it('returns nobody when nobody is available', () => {
    expect(chooseAgent([agent('a', { available: false })], mondayMorningParis)).toBeNull();
    expect(chooseAgent([], mondayMorningParis)).toBeNull();
  });
});
