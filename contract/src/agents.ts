import { z } from 'zod';
import { Email, Id, Timestamp } from './common.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

export const TimeRange = z
  .object({ start: Time, end: Time })
  .refine((r) => r.start < r.end, { message: 'start must be before end', path: ['end'] });

/** Weekly working hours: for each weekday, the ranges worked (empty = day off), in `timezone`. */
export const WorkingHours = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(TimeRange).max(4)])) as Record<Weekday, z.ZodArray<typeof TimeRange>>,
);
export type WorkingHours = z.infer<typeof WorkingHours>;

export const TimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');

export const Leave = z.object({ id: Id, startsOn: z.iso.date(), endsOn: z.iso.date(), note: z.string().nullable() });
export type Leave = z.infer<typeof Leave>;

export const Agent = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'agent']),
    active: z.boolean(),
    available: z.boolean().describe('the availability switch'),
    timezone: z.string(),
    workingHours: WorkingHours,
    capacity: z.number().int().nullable().describe('max open + in progress tickets; null = no limit'),
    leaves: z.array(Leave),
    activeTickets: z.number().int().describe('open + in progress tickets assigned'),
    availableNow: z.boolean().describe('switch on, inside working hours, not on leave, below capacity'),
    lastAssignedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Agent' });
export type Agent = z.infer<typeof Agent>;

export const AgentList = z.object({ items: z.array(Agent) });

export const UpdateAgentBody = z.object({
  available: z.boolean().optional(),
  timezone: TimeZone.optional(),
  workingHours: WorkingHours.optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
});
export type UpdateAgentBody = z.infer<typeof UpdateAgentBody>;

export const CreateAgentBody = z.object({
  email: Email,
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10).max(200),
  timezone: TimeZone.default('Europe/Paris'),
});

export const CreateLeaveBody = z
  .object({ startsOn: z.iso.date(), endsOn: z.iso.date(), note: z.string().trim().max(200).nullish().transform((v) => v || null) })
  .refine((l) => l.startsOn <= l.endsOn, { message: 'the leave ends before it starts', path: ['endsOn'] });

export const AgentLeaveParams = z.object({ id: Id, leaveId: Id });
