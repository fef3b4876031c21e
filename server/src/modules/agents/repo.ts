import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { WorkingHours } from '@guichet/contract/agents';
import type { Executor } from '../../db/client.ts';
import { agentLeaves, agentLoads, agentProfiles, users } from '../../db/schema.ts';

/** Office hours for an agent nobody has configured yet: Monday to Friday, 9:00–18:00. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  mon: [{ start: '09:00', end: '18:00' }],
  tue: [{ start: '09:00', end: '18:00' }],
  wed: [{ start: '09:00', end: '18:00' }],
  thu: [{ start: '09:00', end: '18:00' }],
  fri: [{ start: '09:00', end: '18:00' }],
  sat: [],
  sun: [],
};

export async function listAgentRows(db: Executor, ids?: string[]) {
  const where = ids ? and(eq(users.role, 'agent'), inArray(users.id, ids)) : eq(users.role, 'agent');
  // open + in-progress tickets per agent: kept by a trigger on tickets (migration 0006), one row each
  const rows = await db
    .select({ user: users, profile: agentProfiles, activeTickets: agentLoads.activeTickets })
    .from(users)
    .leftJoin(agentProfiles, eq(agentProfiles.userId, users.id))
    .leftJoin(agentLoads, eq(agentLoads.agentId, users.id))
    .where(where)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  const agentIds = rows.map((r) => r.user.id);
  if (agentIds.length === 0) return [];
  const leaves = await db
    .select()
    .from(agentLeaves)
    // leaves that are not over (a day of margin for time zones ahead of UTC); every agent's when
    // all are listed (no list of ids to send and plan)
    .where(and(ids ? inArray(agentLeaves.agentId, agentIds) : undefined, gte(agentLeaves.endsOn, sql`current_date - 1`)))
    .orderBy(asc(agentLeaves.startsOn));
  const leavesOf = new Map<string, (typeof leaves)[number][]>();
  for (const l of leaves) leavesOf.set(l.agentId, [...(leavesOf.get(l.agentId) ?? []), l]);
  return rows.map(({ user, profile, activeTickets }) => ({
    user,
    available: profile?.available ?? true,
    timezone: profile?.timezone ?? 'Europe/Paris',
    workingHours: (profile?.workingHours as WorkingHours | undefined) ?? DEFAULT_WORKING_HOURS,
    capacity: profile?.capacity ?? null,
    lastAssignedAt: profile?.lastAssignedAt ?? null,
    activeTickets: activeTickets ?? 0,
    leaves: leavesOf.get(user.id) ?? [],
  }));
}

export type AgentRow = Awaited<ReturnType<typeof listAgentRows>>[number];

export async function upsertProfile(
  db: Executor,
  userId: string,
  patch: Partial<Omit<typeof agentProfiles.$inferInsert, 'userId'>>,
) {
  const insert = db.insert(agentProfiles).values({ userId, workingHours: DEFAULT_WORKING_HOURS, ...patch });
  await (Object.keys(patch).length > 0
    ? insert.onConflictDoUpdate({ target: agentProfiles.userId, set: patch })
    : insert.onConflictDoNothing());
}

export async function insertLeave(db: Executor, values: typeof agentLeaves.$inferInsert) {
  await db.insert(agentLeaves).values(values);
}

export async function deleteLeave(db: Executor, agentId: string, leaveId: string) {
  const deleted = await db
    .delete(agentLeaves)
    .where(and(eq(agentLeaves.id, leaveId), eq(agentLeaves.agentId, agentId)))
    .returning({ id: agentLeaves.id });
  return deleted.length > 0;
}

