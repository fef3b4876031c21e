import type { Me } from '@guichet/contract/auth';
import type { TimeEntry, TimeEntryList } from '@guichet/contract/time';
import type { HistoryEvent, Ticket } from '@guichet/contract/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminMe, contactMe, json, mockFetch, renderPage } from '../../../test/render';
import { AGENT_ID, agent, message, stubDocumentFonts, ticket, TICKET_ID } from '../ticket-fixtures';
import { TicketPage } from './ticket-page';

const agentMe: Me = { ...adminMe, id: AGENT_ID, name: 'Julien Moreau', email: 'julien@guichet.test', role: 'agent' };

function entry(overrides: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id: '00000000-0000-4000-8000-00000000e001',
    ticketId: TICKET_ID,
    agent: { id: AGENT_ID, name: 'Julien Moreau' },
    workDate: '2026-04-01',
    minutes: 90,
    note: '<b>Analyse</b> du PDF',
    createdAt: '2026-04-01T10:00:00.000Z',
    updatedAt: '2026-04-01T10:00:00.000Z',
    editable: true,
    ...overrides,
  };
}

interface Api {
  ticket: Ticket;
  entries?: TimeEntryList;
  history?: HistoryEvent[];
  sent?: Record<string, unknown[]>;
}

function serve({ ticket: current, entries = { items: [], totalMinutes: 0 }, history = [], sent = {} }: Api) {
  return mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const record = (key: string) => (sent[key] ??= []).push(JSON.parse(String(init?.body)));
    if (url.pathname === `/api/tickets/${TICKET_ID}` && method === 'GET') return json(current);
    if (url.pathname === `/api/tickets/${TICKET_ID}/time-entries` && method === 'GET') return json(entries);
    if (url.pathname === `/api/tickets/${TICKET_ID}/time-entries` && method === 'POST') {
      record('time');
      return json(entry(), 201);
    }
    if (url.pathname === `/api/tickets/${TICKET_ID}/messages` && method === 'POST') {
      record('messages');
      return json(message({ id: '00000000-0000-4000-8000-00000000b0ff' }), 201);
    }
    if (url.pathname === `/api/tickets/${TICKET_ID}/messages`) return json({ items: [] });
    if (url.pathname === `/api/tickets/${TICKET_ID}/history`) return json({ items: history });
    if (url.pathname === '/api/agents') return json({ items: [agent()] });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

const open = (me: Me, path = '/tickets/:ticketId') =>
  renderPage(<TicketPage />, { me, path, initialEntry: path.replace(':ticketId', TICKET_ID) });
const timeRegion = () => screen.findByRole('region', { name: 'Temps passé' });
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Ticket time tracking', () => {
  beforeAll(stubDocumentFonts);
  afterEach(() => window.localStorage.clear());

  it('shows no time region to a client contact', async () => {
    serve({ ticket: ticket({ can: { reply: true, internalNote: false, assign: false, takeOver: false, changePriority: false, rate: false }, allowedTransitions: [] }) });
    open(contactMe, '/portal/tickets/:ticketId');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Temps passé' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Démarrer le chronomètre' })).toBeNull();
    expect(screen.queryByLabelText('Temps passé (minutes)')).toBeNull();
  });

  it('shows an agent the time and the entries, but no money', async () => {
    serve({
      ticket: ticket({ timeSpentMinutes: 150 }),
      entries: { items: [entry(), entry({ id: '00000000-0000-4000-8000-00000000e002', minutes: 60, note: null, editable: false, agent: { id: '00000000-0000-4000-8000-0000000000a8', name: 'Léa' } })], totalMinutes: 150 },
    });
    open(agentMe);
    const region = await timeRegion();
    expect(await within(region).findByText('Total : 2 h 30')).toBeTruthy();
    expect(within(region).getByText('1 h 30')).toBeTruthy();
    // The note is text, not markup.
    expect(within(region).getByText('<b>Analyse</b> du PDF')).toBeTruthy();
    expect(within(region).getAllByRole('button', { name: /^Supprimer la saisie du/ })).toHaveLength(1);
    expect(text(document.body)).not.toContain('€');
    expect(text(document.body)).not.toContain('Coût');
  });

  it('shows an admin the cost, in the region and the header', async () => {
    serve({
      ticket: ticket({ timeSpentMinutes: 150, costCents: 11250 }),
      entries: { items: [entry({ costCents: 6750 })], totalMinutes: 150, totalCostCents: 11250 },
    });
    open(adminMe);
    const region = await timeRegion();
    await within(region).findByText('Total : 2 h 30');
    expect(text(region)).toContain('Coût : 112,50 €');
    expect(text(region)).toContain('67,50 €');
    expect(text(document.body)).toContain('Temps passé : 2 h 30 · Coût : 112,50 €');
  });

  it('saves an entry from « Ajouter du temps »', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({ ticket: ticket(), sent });
    open(agentMe);
    const region = await timeRegion();
    fireEvent.change(within(region).getByLabelText(/Date du travail/), { target: { value: '2026-04-01' } });
    fireEvent.change(within(region).getByLabelText(/^Minutes/), { target: { value: '45' } });
    fireEvent.change(within(region).getByLabelText('Note'), { target: { value: 'Reproduit le bug' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Enregistrer le temps' }));
    await waitFor(() => expect(sent.time).toEqual([{ workDate: '2026-04-01', minutes: 45, note: 'Reproduit le bug' }]));
  });

  it('keeps the timer running across a remount, and « Arrêter » fills the minutes', async () => {
    serve({ ticket: ticket() });
    const first = open(agentMe);
    fireEvent.click(within(await timeRegion()).getByRole('button', { name: 'Démarrer le chronomètre' }));
    expect(window.localStorage.getItem(`guichet.timer.${TICKET_ID}`)).not.toBeNull();
    first.unmount();

    // 90 seconds ago, as if the page had been reloaded since.
    window.localStorage.setItem(`guichet.timer.${TICKET_ID}`, String(Date.now() - 90_000));
    serve({ ticket: ticket() });
    open(agentMe);
    const region = await timeRegion();
    expect(within(region).getByRole('timer').textContent).toMatch(/^0:01:3\d$/);
    fireEvent.click(within(region).getByRole('button', { name: 'Arrêter' }));
    expect((within(region).getByLabelText(/^Minutes/) as HTMLInputElement).value).toBe('2');
    expect(within(region).getByRole('button', { name: 'Démarrer le chronomètre' })).toBeTruthy();
    expect(window.localStorage.getItem(`guichet.timer.${TICKET_ID}`)).toBeNull();
  });

  it('sends the time spent with a reply', async () => {
    const sent: Record<string, unknown[]> = {};
    serve({ ticket: ticket(), sent });
    open(agentMe);
    fireEvent.change(await screen.findByLabelText(/Votre réponse/), { target: { value: 'Corrigé.' } });
    fireEvent.change(screen.getByLabelText(/Temps passé \(minutes\)/), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    await waitFor(() => expect(sent.messages).toHaveLength(1));
    expect(sent.messages![0]).toMatchObject({ body: 'Corrigé.', timeSpentMinutes: 20 });
  });

  it('tells time changes in the history', async () => {
    const at = '2026-04-01T10:00:00.000Z';
    const actor = { id: AGENT_ID, name: 'Julien Moreau' };
    serve({
      ticket: ticket(),
      history: [
        { id: '00000000-0000-4000-8000-0000000f0001', kind: 'time', from: null, to: '30 min 2026-04-01', actor, at },
        { id: '00000000-0000-4000-8000-0000000f0002', kind: 'time', from: '30 min 2026-04-01', to: '45 min 2026-04-01', actor, at },
        { id: '00000000-0000-4000-8000-0000000f0003', kind: 'time', from: '45 min 2026-04-01', to: null, actor, at },
      ],
    });
    open(agentMe);
    const history = await screen.findByRole('region', { name: 'Historique' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    const items = within(history).getAllByRole('listitem').map(text);
    expect(items[0]).toMatch(/^Temps : ajout de 30 min \(1 avr\. 2026\) · Julien Moreau/);
    expect(items[1]).toMatch(/^Temps : 30 min → 45 min · /);
    expect(items[2]).toMatch(/^Temps : suppression de 45 min · /);
  });
});
