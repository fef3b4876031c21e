// Test data for the tickets feature's tests (not part of the app).
import type { Agent } from '@guichet/contract/agents';
import type { Message, Ticket } from '@guichet/contract/tickets';

export const TICKET_ID = '00000000-0000-4000-8000-00000000a001';
export const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';
export const AGENT_ID = '00000000-0000-4000-8000-0000000000a7';

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: TICKET_ID,
    number: 1042,
    subject: "L'export PDF plante",
    status: 'in_progress',
    priority: 'normal',
    client: { id: CLIENT_ID, name: 'Acme SARL' },
    requester: { id: '00000000-0000-4000-8000-000000000002', name: 'Claire Contact' },
    requesterContact: { id: '00000000-0000-4000-8000-000000000002', name: 'Claire Contact', email: 'claire@acme.test' },
    cc: [],
    source: 'web',
    originalMailId: null,
    assignee: { id: AGENT_ID, name: 'Julien Moreau' },
    createdAt: '2025-03-10T09:00:00.000Z',
    updatedAt: '2025-03-10T10:00:00.000Z',
    lastActivityAt: '2025-03-10T10:00:00.000Z',
    waitingOn: 'support',
    version: 3,
    description: 'Quand je clique sur **Exporter**, rien ne se passe.',
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    closedReason: null,
    attachments: [],
    rating: null,
    timeSpentMinutes: 0,
    allowedTransitions: ['resolved', 'closed'],
    can: { reply: true, internalNote: true, assign: true, takeOver: false, changePriority: true, rate: false },
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: '00000000-0000-4000-8000-00000000b001',
    ticketId: TICKET_ID,
    kind: 'public',
    body: 'Bonjour, pouvez-vous préciser votre navigateur ?',
    author: { id: AGENT_ID, name: 'Julien Moreau', role: 'agent' },
    createdAt: '2025-03-10T10:00:00.000Z',
    attachments: [],
    inboundMailId: null,
    ...overrides,
  };
}

export function agent(overrides: Partial<Agent> = {}): Agent {
  const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  return {
    id: AGENT_ID,
    name: 'Julien Moreau',
    email: 'julien@guichet.test',
    role: 'agent',
    active: true,
    available: true,
    timezone: 'Europe/Paris',
    workingHours: week,
    capacity: null,
    leaves: [],
    activeTickets: 3,
    availableNow: true,
    lastAssignedAt: null,
    ...overrides,
  };
}

/** happy-dom has no `document.fonts`, which Mantine's autosize Textarea listens to. */
export function stubDocumentFonts() {
  if (typeof document !== 'undefined' && !('fonts' in document && document.fonts)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
    });
  }
}
