import { TICKET_STATUSES, type TicketStatus } from '@guichet/contract/tickets';
import { describe, expect, it } from 'vitest';
import { allowedTransitions, autoCloseDue, awaitingClientSince, canTransition } from './status.ts';

describe('ticket state machine', () => {
  const legalForStaff: [TicketStatus, TicketStatus][] = [
    ['open', 'in_progress'],
    ['open', 'closed'],
    ['in_progress', 'resolved'],
    ['in_progress', 'closed'],
    ['resolved', 'in_progress'],
    ['resolved', 'closed'],
  ];

  it('allows exactly the staff moves of DOMAIN.md and refuses every other pair', () => {
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        const legal = legalForStaff.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to, 'agent'), `agent ${from} → ${to}`).toBe(legal);
        const adminLegal = legal || (from === 'closed' && to === 'in_progress');
        expect(canTransition(from, to, 'admin'), `admin ${from} → ${to}`).toBe(adminLegal);
      }
    }
  });

  it('keeps closed final, except that an admin may reopen it', () => {
    expect(allowedTransitions('closed', 'agent')).toEqual([]);
    expect(allowedTransitions('closed', 'admin')).toEqual(['in_progress']);
    expect(allowedTransitions('closed', 'contact')).toEqual([]);
  });

  it('lets a client only confirm a resolution (resolved → closed)', () => {
    for (const from of TICKET_STATUSES) {
      expect(allowedTransitions(from, 'contact')).toEqual(from === 'resolved' ? ['closed'] : []);
    }
  });

  it('never allows a move to the same status', () => {
    for (const s of TICKET_STATUSES) for (const r of ['admin', 'agent', 'contact'] as const) expect(canTransition(s, s, r)).toBe(false);
  });
});

describe('auto-close rule', () => {
  const t0 = new Date('2026-03-02T10:00:00Z');
  const base = { resolvedAt: null, lastPublicMessageAt: null, lastPublicByStaff: null };

  it('waits on the client when resolved, since the resolution', () => {
    expect(awaitingClientSince({ ...base, status: 'resolved', resolvedAt: t0 })).toEqual(t0);
  });

  it('waits on the client when in progress with the agent’s public reply last', () => {
    expect(awaitingClientSince({ ...base, status: 'in_progress', lastPublicMessageAt: t0, lastPublicByStaff: true })).toEqual(t0);
    expect(awaitingClientSince({ ...base, status: 'in_progress', lastPublicMessageAt: t0, lastPublicByStaff: false })).toBeNull();
    expect(awaitingClientSince({ ...base, status: 'open', lastPublicMessageAt: t0, lastPublicByStaff: true })).toBeNull();
    expect(awaitingClientSince({ ...base, status: 'closed', resolvedAt: t0 })).toBeNull();
  });

  it('is due after the delay, exactly at the boundary, and never when off', () => {
    const day = 86_400_000;
    expect(autoCloseDue(t0, new Date(t0.getTime() + 5 * day - 1), 5)).toBe(false);
    expect(autoCloseDue(t0, new Date(t0.getTime() + 5 * day), 5)).toBe(true);
    expect(autoCloseDue(t0, new Date(t0.getTime() + 50 * day), 0)).toBe(false);
    expect(autoCloseDue(null, new Date(t0.getTime() + 50 * day), 5)).toBe(false);
  });
});
