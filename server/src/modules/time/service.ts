import type { CreateTimeEntryBody, TimeEntry, TimeEntryList, UpdateTimeEntryBody } from '@guichet/contract/time';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { timeEntries, users } from '../../db/schema.ts';
import { requireStaff, type Actor } from '../../http/actor.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { checkBudgetAlertsAfterWrite } from '../budgets/service.ts';
import { rateInEffect } from '../rates/service.ts';
import { loadVisibleTicket } from '../tickets/policy.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { entryCostCents } from './money.ts';

type Row = { entry: typeof timeEntries.$inferSelect; agentName: string };

const describeEntry = (e: { minutes: number; workDate: string }) => `${e.minutes} min ${e.workDate}`;

function present(actor: Actor, { entry: e, agentName }: Row): TimeEntry {
  return {
    id: e.id,
    ticketId: e.ticketId,
    agent: { id: e.agentId, name: agentName },
    workDate: e.workDate,
    minutes: e.minutes,
    note: e.note,
    // money for admins only (DOMAIN.md)
    ...(actor.role === 'admin' && { costCents: e.costCents }),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    editable: actor.role === 'admin' || actor.userId === e.agentId,
  };
}

const selectRows = (db: Executor) =>
  db.select({ entry: timeEntries, agentName: users.name }).from(timeEntries).innerJoin(users, eq(users.id, timeEntries.agentId));

export async function listTimeEntries(db: Executor, actor: Actor, ticketId: string): Promise<TimeEntryList> {
  requireStaff(actor);
  await loadVisibleTicket(db, actor, ticketId);
  const rows = await selectRows(db).where(eq(timeEntries.ticketId, ticketId)).orderBy(asc(timeEntries.workDate), asc(timeEntries.createdAt));
  const items = rows.map((r) => present(actor, r));
  return {
    items,
    totalMinutes: rows.reduce((s, r) => s + r.entry.minutes, 0),
    ...(actor.role === 'admin' && { totalCostCents: rows.reduce((s, r) => s + r.entry.costCents, 0) }),
  };
}

async function priced(db: Executor, agentId: string, workDate: string, minutes: number) {
  const rate = await rateInEffect(db, agentId, workDate);
  return { hourlyRateCents: rate, costCents: rate === null ? 0 : entryCostCents(minutes, rate) };
}

/** Log time on a ticket, inside the caller's transaction (also used by a reply with « temps passé »). */
export async function addTimeEntryInTx(
  tx: Executor,
  actor: Actor,
  ticket: { id: string; clientId: string },
  body: z.output<typeof CreateTimeEntryBody>,
  now: Date,
): Promise<string> {
  requireStaff(actor);
  if (!actor.userId) throw badRequest('no_agent', 'Time is logged by a person.');
  const [row] = await tx
    .insert(timeEntries)
    .values({
      ticketId: ticket.id,
      clientId: ticket.clientId,
      agentId: actor.userId,
      workDate: body.workDate,
      minutes: body.minutes,
      note: body.note,
      ...(await priced(tx, actor.userId, body.workDate, body.minutes)),
    })
    .returning({ id: timeEntries.id });
  await ticketRepo.insertEvent(tx, { ticketId: ticket.id, kind: 'time', fromValue: null, toValue: describeEntry(body), actorId: actor.userId, at: now });
  return row!.id;
}

export async function addTimeEntry(db: Db, actor: Actor, ticketId: string, body: z.output<typeof CreateTimeEntryBody>, now = new Date()): Promise<TimeEntry> {
  requireStaff(actor);
  const { id, clientId } = await db.transaction(async (tx) => {
    const ticket = await loadVisibleTicket(tx, actor, ticketId);
    return { id: await addTimeEntryInTx(tx, actor, ticket, body, now), clientId: ticket.clientId };
  });
  await checkBudgetAlertsAfterWrite(db, { clientId, days: [body.workDate] }, now);
  const [row] = await selectRows(db).where(eq(timeEntries.id, id));
  return present(actor, row!);
}

/** Agents change their own entries, admins all; every change is kept in the ticket's history. */
async function loadEditable(tx: Executor, actor: Actor, id: string) {
  requireStaff(actor);
  const [entry] = await tx.select().from(timeEntries).where(eq(timeEntries.id, id)).for('update');
  if (!entry || (actor.role !== 'admin' && entry.agentId !== actor.userId)) throw notFound('time entry');
  return entry;
}

export async function updateTimeEntry(db: Db, actor: Actor, id: string, patch: z.output<typeof UpdateTimeEntryBody>, now = new Date()): Promise<TimeEntry> {
  const touched = await db.transaction(async (tx) => {
    const entry = await loadEditable(tx, actor, id);
    const next = { workDate: patch.workDate ?? entry.workDate, minutes: patch.minutes ?? entry.minutes };
    await tx
      .update(timeEntries)
      .set({
        ...next,
        ...(patch.note !== undefined && { note: patch.note }),
        ...(await priced(tx, entry.agentId, next.workDate, next.minutes)),
        updatedAt: sql`now()`,
      })
      .where(eq(timeEntries.id, id));
    if (next.workDate !== entry.workDate || next.minutes !== entry.minutes) {
      await ticketRepo.insertEvent(tx, { ticketId: entry.ticketId, kind: 'time', fromValue: describeEntry(entry), toValue: describeEntry(next), actorId: actor.userId, at: now });
    }
    return { clientId: entry.clientId, days: [entry.workDate, next.workDate] };
  });
  await checkBudgetAlertsAfterWrite(db, touched, now);
  const [row] = await selectRows(db).where(eq(timeEntries.id, id));
  return present(actor, row!);
}

export async function deleteTimeEntry(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await loadEditable(tx, actor, id);
    await tx.delete(timeEntries).where(eq(timeEntries.id, id));
    await ticketRepo.insertEvent(tx, { ticketId: entry.ticketId, kind: 'time', fromValue: describeEntry(entry), toValue: null, actorId: actor.userId, at: now });
  });
}
