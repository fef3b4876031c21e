// What the benchmark measures. A scenario is one HTTP request of one role, built from the
// fixtures and a counter (so successive requests spread over several tickets). The bench sends it
// over HTTP to the real server, and runs it once in-process while recording every SQL statement
// the server issues for it (session lookup included), then replays those statements directly on
// the database: the "SQL" figure. So a new scenario is a few lines here, with no SQL to keep in step.

export type Role = 'admin' | 'agent' | 'contact';

/** Who signs in for each role: demo accounts every seed makes, with PASSWORD. */
export const ACCOUNTS: Record<Role, string> = {
  admin: 'admin@guichet.demo',
  agent: 'agent1@guichet.demo',
  contact: 'contact1@guichet.demo',
};
export const PASSWORD = 'guichet-demo';

export interface Fixtures {
  /** Today (UTC) and 364 days before: a year for the cost report. */
  today: string;
  yearAgo: string;
  /** Tickets that have a discussion, any status (reading). */
  tickets: string[];
  /** Tickets open or in progress and waiting on support (replies and time are accepted on them). */
  openTickets: string[];
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

export interface Scenario {
  name: string;
  role: Role;
  /** One line for the report and docs/performance.md. */
  what: string;
  request(f: Fixtures, i: number): HttpRequest;
}

const pick = (list: string[], i: number) => list[i % list.length]!;

export const scenarios: Scenario[] = [
  {
    name: 'list',
    role: 'agent',
    what: 'ticket list: active tickets of normal or high priority, latest activity first, 25 a page, with the per-status counts',
    request: () => ({ method: 'GET', path: '/api/tickets?status=open,in_progress&priority=normal,high&sort=-lastActivityAt&limit=25' }),
  },
  {
    name: 'ticket',
    role: 'agent',
    what: 'ticket page, first half: the ticket (names, attachments, rating, time spent, allowed moves)',
    request: (f, i) => ({ method: 'GET', path: `/api/tickets/${pick(f.tickets, i)}` }),
  },
  {
    name: 'discussion',
    role: 'agent',
    what: 'ticket page, second half: its discussion (messages with authors and attachments, internal notes included)',
    request: (f, i) => ({ method: 'GET', path: `/api/tickets/${pick(f.tickets, i)}/messages` }),
  },
  {
    name: 'create-ticket',
    role: 'contact',
    what: 'a client contact opens a ticket in the portal (auto-assignment, notifications)',
    request: (_f, i) => ({
      method: 'POST',
      path: '/api/tickets',
      body: { subject: `Imprimante hors ligne (bench ${i})`, description: "Depuis ce matin l'imprimante du 2e étage n'apparaît plus sur le réseau.", priority: 'normal' },
    }),
  },
  {
    name: 'reply',
    role: 'agent',
    what: 'an agent posts a public reply on an open ticket (status move, client notified)',
    request: (f, i) => ({
      method: 'POST',
      path: `/api/tickets/${pick(f.openTickets, i)}/messages`,
      body: { body: 'Bonjour, pouvez-vous redémarrer le poste et nous dire si le message revient ?' },
    }),
  },
  {
    name: 'log-time',
    role: 'agent',
    what: "an agent logs 15 minutes for today on a ticket (priced, history line, budget alerts checked)",
    request: (f, i) => ({
      method: 'POST',
      path: `/api/tickets/${pick(f.openTickets, i)}/time-entries`,
      body: { workDate: f.today, minutes: 15, note: 'Diagnostic à distance' },
    }),
  },
  {
    name: 'search',
    role: 'agent',
    what: 'full-text search, first page by relevance with highlighted passages (a common word, a rarer one, a typo)',
    request: (_f, i) => ({ method: 'GET', path: `/api/tickets?q=${encodeURIComponent(pick(['imprimante', 'VPN', 'authentification', 'imprimnte'], i))}&limit=25` }),
  },
  {
    name: 'cost-report',
    role: 'admin',
    what: 'cost report over the last year, by client, against budget (JSON, first 500 rows)',
    request: (f) => ({ method: 'GET', path: `/api/reports/costs?from=${f.yearAgo}&to=${f.today}&groupBy=client` }),
  },
  {
    name: 'dashboard',
    role: 'admin',
    what: 'performance report (tableau de bord) over the last year, with money',
    request: (f) => ({ method: 'GET', path: `/api/reports/performance?from=${f.yearAgo}&to=${f.today}` }),
  },
  {
    name: 'dashboard-agent',
    role: 'agent',
    what: 'performance report over the last year as an agent sees it (no money)',
    request: (f) => ({ method: 'GET', path: `/api/reports/performance?from=${f.yearAgo}&to=${f.today}` }),
  },
];
