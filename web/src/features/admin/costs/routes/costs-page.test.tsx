import type { Agent } from '@guichet/contract/agents';
import type { CostReport, CostRow } from '@guichet/contract/reports';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localToday } from '../../../../lib/duration';
import { adminMe, json, mockFetch, renderPage } from '../../../../test/render';
import { PRESETS } from '../components/cost-filters';
import { CostsPage } from './costs-page';

const ACME = '00000000-0000-4000-8000-0000000000c1';
const BETA = '00000000-0000-4000-8000-0000000000c2';
const BOB = '00000000-0000-4000-8000-0000000000d1';
const TICKET = '00000000-0000-4000-8000-00000000a001';

function row(patch: Partial<CostRow>): CostRow {
  return {
    key: ACME,
    label: 'Acme SARL',
    periodStart: null,
    ticket: null,
    client: null,
    agent: null,
    entries: 1,
    minutes: 60,
    costCents: 5000,
    budgetCents: null,
    percentOfBudget: null,
    ...patch,
  };
}

const byClient: CostReport = {
  from: '2026-03-01',
  to: '2026-03-31',
  groupBy: 'client',
  currency: 'EUR',
  rows: [
    row({ client: { id: ACME, name: 'Acme SARL' }, entries: 12, minutes: 570, costCents: 112_300, budgetCents: 100_000, percentOfBudget: 112.3 }),
    row({ key: BETA, label: 'Beta & Fils', client: { id: BETA, name: 'Beta & Fils' }, entries: 3, minutes: 45, costCents: 4_500 }),
  ],
  totalRows: 2,
  totals: { entries: 15, minutes: 615, costCents: 116_800, budgetCents: 100_000, percentOfBudget: 116.8 },
};

const byTicket: CostReport = {
  ...byClient,
  groupBy: 'ticket',
  rows: [row({ key: TICKET, label: '#1042', ticket: { id: TICKET, number: 1042, subject: "L'export PDF plante" }, costCents: 7_500 })],
  totalRows: 1,
  totals: { entries: 1, minutes: 60, costCents: 7_500, budgetCents: null, percentOfBudget: null },
};

const bob = { id: BOB, name: 'Bob Agent', active: true } as Agent;

function serve(answer: (query: URLSearchParams) => Response = (q) => json(q.get('groupBy') === 'ticket' ? byTicket : byClient)) {
  return mockFetch((url) => {
    if (url.pathname === '/api/reports/costs') return answer(url.searchParams);
    if (url.pathname === '/api/agents') return json({ items: [bob] });
    if (url.pathname === `/api/clients/${ACME}`) return json({ id: ACME, name: 'Acme SARL' });
    if (url.pathname === '/api/clients') return json({ items: [], nextCursor: null });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

/** Intl separates thousands and units with no-break spaces; compare with plain ones. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const reportCalls = (calls: ReturnType<typeof serve>) => calls.filter((c) => c.url.pathname === '/api/reports/costs');
const MARCH = '/admin/costs?from=2026-03-01&to=2026-03-31';

describe('CostsPage', { timeout: 15_000 }, () => {
  beforeEach(() => {
    // happy-dom lays nothing out, so recharts warns that the chart has no size: expected here.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });

  it('shows the totals and one row per client, from the range in the URL', async () => {
    const calls = serve();
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: MARCH });

    const acme = await screen.findByRole('link', { name: 'Acme SARL' });
    expect(acme.getAttribute('href')).toBe(`/clients/${ACME}`);
    expect(Object.fromEntries(reportCalls(calls)[0]!.url.searchParams)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'client',
      sort: '-costCents',
    });

    const table = screen.getByRole('table', { name: 'Détail des coûts, une ligne par client' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    const cells = within(first!).getAllByRole('cell').map(text);
    expect(cells).toEqual(['Acme SARL', '12', '9 h 30', '1 123,00 €', '1 000,00 €', '112,3 % (budget dépassé)']);
    expect(within(second!).getByRole('link', { name: 'Beta & Fils' })).toBeTruthy();
    expect(within(second!).getAllByRole('cell').map(text)).toEqual(['Beta & Fils', '3', '45 min', '45,00 €', '—', '—']);

    // Totals: entries, time, cost, budget and the share of the budget used.
    const totals = (term: string) => text(screen.getByText(term, { selector: 'dt' }).nextElementSibling);
    expect(totals('Entrées')).toBe('15');
    expect(totals('Temps')).toBe('10 h 15');
    expect(totals('Coût')).toBe('1 168,00 €');
    expect(totals('Budget')).toBe('1 000,00 €');
    expect(totals('% du budget')).toBe('116,8 % (budget dépassé)');

    // The chart has a text alternative with the same numbers.
    const chart = screen.getByRole('figure', { name: 'Coût par client' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(text(document.getElementById(chart.getAttribute('aria-describedby')!))).toBe(
      'Données du graphique : Acme SARL, 1 123,00 € pour un budget de 1 000,00 € ; Beta & Fils, 45,00 €.',
    );
    expect(screen.queryByText(/premières lignes/)).toBeNull();
  });

  it('asks for the current month when the URL has no range', async () => {
    const calls = serve();
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: '/admin/costs' });
    await screen.findByRole('link', { name: 'Acme SARL' });

    const month = PRESETS.thisMonth(localToday());
    const query = reportCalls(calls)[0]!.url.searchParams;
    expect([query.get('from'), query.get('to')]).toEqual([month.from, month.to]);
    expect(screen.getByRole('button', { name: 'Ce mois-ci' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Mois dernier' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('puts another grouping in the URL and asks the server again', async () => {
    const calls = serve();
    const { router } = renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: `${MARCH}&sort=label` });
    await screen.findByRole('link', { name: 'Acme SARL' });

    fireEvent.click(screen.getByRole('radio', { name: 'Ticket' }));

    // A new grouping starts from its own default order.
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-03-01&to=2026-03-31&groupBy=ticket'));
    const link = await screen.findByRole('link', { name: "#1042 L'export PDF plante" });
    expect(link.getAttribute('href')).toBe(`/tickets/${TICKET}`);
    const last = reportCalls(calls).at(-1)!.url.searchParams;
    expect(last.get('groupBy')).toBe('ticket');
    expect(last.get('sort')).toBe('-costCents');
    // No budget in the answer: no budget total, no budget columns.
    expect(screen.queryByText('Budget', { selector: 'dt' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '% du budget' })).toBeNull();
  });

  it('sorts on the server from the column headers', async () => {
    const calls = serve();
    const { router } = renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: MARCH });
    await screen.findByRole('link', { name: 'Acme SARL' });
    const cost = screen.getByRole('columnheader', { name: /Coût/ });
    expect(cost.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(cost).getByRole('button'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('costCents'));
    await waitFor(() => expect(reportCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('costCents'));

    fireEvent.click(within(screen.getByRole('columnheader', { name: /Client/ })).getByRole('button'));
    await waitFor(() => expect(reportCalls(calls).at(-1)!.url.searchParams.get('sort')).toBe('label'));
  });

  it('links the CSV export to the same filters, with format=csv', async () => {
    serve();
    renderPage(<CostsPage />, {
      me: adminMe,
      path: '/admin/costs',
      initialEntry: `${MARCH}&groupBy=month&clientId=${ACME}&agentId=${BOB}&sort=-minutes`,
    });

    const link = await screen.findByRole('link', { name: 'Exporter en CSV' });
    const href = new URL(link.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/api/reports/costs');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'month',
      clientId: ACME,
      agentId: BOB,
      sort: '-minutes',
      format: 'csv',
    });
    // The bookmarked client and agent show by name.
    const field = (label: string) => screen.getByLabelText(label, { selector: 'input:not([type="radio"])' }) as HTMLInputElement;
    await waitFor(() => expect(field('Client').value).toBe('Acme SARL'));
    await waitFor(() => expect(field('Agent').value).toBe('Bob Agent'));
  });

  it('names periods in the interface language and says when the table is cut', async () => {
    serve(() =>
      json({
        ...byClient,
        groupBy: 'quarter',
        rows: [
          row({ key: '2026-Q2', label: '2026-Q2', periodStart: '2026-04-01', costCents: 3_000 }),
          row({ key: '2026-Q1', label: '2026-Q1', periodStart: '2026-01-01', costCents: 9_000, budgetCents: 10_000, percentOfBudget: 90 }),
        ],
        totalRows: 742,
      } satisfies CostReport),
    );
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: `${MARCH}&groupBy=quarter` });

    expect(await screen.findByText('T2 2026')).toBeTruthy();
    expect(screen.getByText("2 premières lignes sur 742 — l'export CSV contient tout.")).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Période/ }).getAttribute('aria-sort')).toBe('ascending');
    const summary = screen.getByRole('figure', { name: 'Coût par trimestre' }).getAttribute('aria-describedby')!;
    // Calendar order in the chart, whatever the table's order.
    expect(text(document.getElementById(summary))).toBe(
      'Données du graphique : T1 2026, 90,00 € pour un budget de 100,00 € ; T2 2026, 30,00 €.',
    );
  });

  it('says when no time was logged', async () => {
    serve(() => json({ ...byClient, rows: [], totalRows: 0, totals: { entries: 0, minutes: 0, costCents: 0, budgetCents: null, percentOfBudget: null } }));
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: MARCH });
    expect(await screen.findByRole('heading', { name: 'Aucun temps saisi sur cette période' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error alert when the report fails', async () => {
    serve(() => json({ error: { code: 'internal_error', message: 'Boom' } }, 500));
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: MARCH });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('does not ask for more than three years', async () => {
    const calls = serve();
    renderPage(<CostsPage />, { me: adminMe, path: '/admin/costs', initialEntry: '/admin/costs?from=2020-01-01&to=2026-01-01' });
    expect(await screen.findByText(/ne peut pas dépasser trois ans/)).toBeTruthy();
    expect(reportCalls(calls)).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'Exporter en CSV' })).toBeNull();
  });
});
