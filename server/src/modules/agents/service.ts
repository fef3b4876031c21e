import type { Agent, UpdateAgentBody, WorkingHours } from '@guichet/contract/agents';
import type { z } from 'zod';
import type { CreateAgentBody } from '@guichet/contract/agents';
import type { Db, Executor } from '../../db/client.ts';
import { requireAdmin, requireAdminSession, requireStaff, type Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { isAvailableNow, type AgentState } from '../assignment/choose.ts';
import { createUser } from '../users/service.ts';
import * as repo from './repo.ts';

export function toAgentState(r: repo.AgentRow): AgentState {
  return {
    id: r.user.id,
    active: r.user.active,
    available: r.available,
    timezone: r.timezone,
    workingHours: r.workingHours,
    capacity: r.capacity,
    leaves: r.leaves.map((l) => ({ startsOn: l.startsOn, endsOn: l.endsOn })),
    activeTickets: r.activeTickets,
    lastAssignedAt: r.lastAssignedAt,
  };
}

function present(r: repo.AgentRow, now: Date, actor: Actor): Agent {
  return {
    id: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: 'agent',
    active: r.user.active,
    available: r.available,
    timezone: r.timezone,
    workingHours: r.workingHours,
    capacity: r.capacity,
    // the reason for a leave is between the agent and the admins
    leaves: r.leaves.map((l) => ({ id: l.id, startsOn: l.startsOn, endsOn: l.endsOn, note: actor.role === 'admin' || actor.userId === r.user.id ? l.note : null })),
    activeTickets: r.activeTickets,
    availableNow: isAvailableNow(toAgentState(r), now),
    lastAssignedAt: r.lastAssignedAt?.toISOString() ?? null,
  };
}

/** Every agent's state as the assignment rule needs it (no access check: for services and jobs). */
export async function agentStates(db: Executor): Promise<AgentState[]> {
  return (await repo.listAgentRows(db)).map(toAgentState);
}

export async function listAgents(db: Executor, actor: Actor, now = new Date()): Promise<{ items: Agent[] }> {
  requireStaff(actor);
  return { items: (await repo.listAgentRows(db)).map((r) => present(r, now, actor)) };
}

export async function getAgent(db: Executor, actor: Actor, id: string, now = new Date()): Promise<Agent> {
  requireStaff(actor);
  const [row] = await repo.listAgentRows(db, [id]);
  if (!row) throw notFound('agent');
  return present(row, now, actor);
}

export async function getMyAgent(db: Executor, actor: Actor): Promise<Agent> {
  if (actor.role !== 'agent' || !actor.userId) throw notFound('agent');
  return getAgent(db, actor, actor.userId);
}

export async function createAgent(db: Db, actor: Actor, body: z.output<typeof CreateAgentBody>): Promise<Agent> {
  requireAdminSession(actor);
  const user = await db.transaction(async (tx) => {
    const created = await createUser(tx, actor, { email: body.email, name: body.name, role: 'agent', password: body.password, locale: 'fr' });
    await repo.upsertProfile(tx, created.id, { timezone: body.timezone });
    return created;
  });
  return getAgent(db, actor, user.id);
}

/** Admins change everything; an agent may only flip their own availability switch. */
export async function updateAgent(db: Db, actor: Actor, id: string, patch: UpdateAgentBody): Promise<Agent> {
  requireStaff(actor);
  const selfSwitch = actor.role === 'agent' && actor.userId === id && Object.keys(patch).every((k) => k === 'available');
  if (!selfSwitch) requireAdmin(actor);
  await getAgent(db, actor, id);
  await repo.upsertProfile(db, id, {
    ...(patch.available !== undefined && { available: patch.available }),
    ...(patch.timezone !== undefined && { timezone: patch.timezone }),
    ...(patch.workingHours !== undefined && { workingHours: patch.workingHours as WorkingHours }),
    ...(patch.capacity !== undefined && { capacity: patch.capacity }),
  });
  return getAgent(db, actor, id);
}

export async function addLeave(db: Executor, actor: Actor, id: string, leave: { startsOn: string; endsOn: string; note: string | null }) {
  requireAdmin(actor);
  await getAgent(db, actor, id);
  await repo.insertLeave(db, { agentId: id, ...leave });
  return getAgent(db, actor, id);
}

export async function removeLeave(db: Executor, actor: Actor, id: string, leaveId: string) {
  requireAdmin(actor);
  if (!(await repo.deleteLeave(db, id, leaveId))) throw notFound('leave');
}

export async function markAssigned(db: Executor, agentId: string, at: Date) {
  await repo.upsertProfile(db, agentId, { lastAssignedAt: at });
}
