import { WEEKDAYS, type WorkingHours } from '@guichet/contract/agents';

export interface AgentState {
  id: string;
  active: boolean;
  available: boolean;
  timezone: string;
  workingHours: WorkingHours;
  capacity: number | null;
  /** Leave periods as inclusive calendar days (YYYY-MM-DD) in the agent's time zone. */
  leaves: { startsOn: string; endsOn: string }[];
  activeTickets: number;
  lastAssignedAt: Date | null;
}

/** One formatter per time zone: making one costs far more than using it (each assignment looks at every agent). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

type LocalTime = { weekday: (typeof WEEKDAYS)[number]; date: string; hhmm: string };

/** The last answer per time zone: one assignment asks for the same moment for every agent. */
const lastLocalTime = new Map<string, { ms: number; local: LocalTime }>();

/** Local weekday, date and time of `now` in a time zone. */
export function localTime(now: Date, timeZone: string): LocalTime {
  const ms = now.getTime();
  const last = lastLocalTime.get(timeZone);
  if (last?.ms === ms) return last.local;
  const local = computeLocalTime(now, timeZone);
  lastLocalTime.set(timeZone, { ms, local });
  return local;
}

function computeLocalTime(now: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const weekday = String(parts.weekday).toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number];
  return { weekday, date: `${parts.year}-${parts.month}-${parts.day}`, hhmm: `${parts.hour}:${parts.minute}` };
}

export function inWorkingHours(agent: Pick<AgentState, 'timezone' | 'workingHours'>, now: Date): boolean {
  const { weekday, hhmm } = localTime(now, agent.timezone);
  return (agent.workingHours[weekday] ?? []).some((r) => r.start <= hhmm && hhmm < r.end);
}

export function onLeave(agent: Pick<AgentState, 'timezone' | 'leaves'>, now: Date): boolean {
  const { date } = localTime(now, agent.timezone);
  return agent.leaves.some((l) => l.startsOn <= date && date <= l.endsOn);
}

/** DOMAIN.md: switch on, inside working hours, not on leave, below the optional capacity. */
export function isAvailableNow(agent: AgentState, now: Date): boolean {
  return (
    agent.active &&
    agent.available &&
    inWorkingHours(agent, now) &&
    !onLeave(agent, now) &&
    (agent.capacity === null || agent.activeTickets < agent.capacity)
  );
}

/**
 * The agent a new ticket goes to: among those available now, the fewest open + in-progress
 * tickets; ties to the one assigned least recently (never assigned first), then by id so the
 * choice is deterministic. Null when nobody is available.
 */
export function chooseAgent(agents: AgentState[], now: Date): AgentState | null {
  const candidates = agents.filter((a) => isAvailableNow(a, now));
  candidates.sort(
    (a, b) =>
      a.activeTickets - b.activeTickets ||
      (a.lastAssignedAt?.getTime() ?? -Infinity) - (b.lastAssignedAt?.getTime() ?? -Infinity) ||
      (a.id < b.id ? -1 : 1),
  );
  return candidates[0] ?? null;
}
