import type { Me } from '@guichet/contract/auth';
import type { PerformanceReport } from '@guichet/contract/reports';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { localToday } from '../../../lib/duration';
import { adminMe, json, mockFetch, renderPage } from '../../../test/render';
import { PRESETS } from '../components/dashboard-filters';
import { DashboardPage } from './dashboard-page';

const ACME = '00000000-0000-4000-8000-0000000000c1';
const BETA = '00000000-0000-4000-8000-0000000000c2';
const BOB = '00000000-0000-4000-8000-0000000000d1';
const ZOE = '00000000-0000-4000-8000-0000000000d2';
const TICKET = '00000000-0000-4000-8000-00000000a001';
const BUDGET = '00000000-0000-4000-8000-00000000b001';

const agentMe: Me = { ...adminMe, id: BOB, email: 'bob@example.test', name: 'Bob Agent', role: 'agent' };

const agentReport: PerformanceReport = {
  from: '2026-03-01',
  to: '2026-03-31',
  timeZone: 'Europe/Paris',
  figures: {
    openNow: 1234,
    unassignedNow: 7,
    opened: 42,
    resolved: 30,
    closed: 25,
    resolutionMinutes: { mean: 1_710, median: 200 },
    firstResponseMinutes: { mean: 45, count: 40 },
    satisfaction: { meanTenths: 43, count: 12 },
  },
  weeks: [
    { week: '2026-W09', start: '2026-02-23', opened: 5, resolved: 3, closed: 2, resolutionMinutes: { mean: 90, median: 60 } },
    { week: '2026-W10', start: '2026-03-02', opened: 12, resolved: 9, closed: 8, resolutionMinutes: { mean: 3_000, median: 1_440 } },
    { week: '2026-W11', start: '2026-03-09', opened: 0, resolved: 0, closed: 0, resolutionMinutes: { mean: null, median: null } },
  ],
  agents: [
    { agent: { id: ZOE, name: 'Zoé Martin' }, meanTenths: 48, count: 5, me: false },
    { agent: { id: BOB, name: 'Bob Agent' }, meanTenths: 39, count: 7, me: true },
  ],
  latestRatings: [
    {
      ticket: { id: TICKET, number: 1042, subject: "L'export PDF plante" },
      client: { id: '0190f983-c3da-7f41-b40e-1eb2a58fa567', name: 'Acme Industrie' },
      agent: { id: BOB, name: 'Bob Agent' },
      stars: 4,
      comment: 'Rapide et efficace',
      ratedAt: '2026-03-20T10:00:00.000Z',
    },
  ],
};

const adminReport: PerformanceReport = {
  ...agentReport,
  currency: 'EUR',
  figures: { ...agentReport.figures, costCents: 123_456, clientsOverBudget: 2 },
  agents: agentReport.agents.map((a) => ({ ...a, me: false })),
  clientCosts: [
    { client: { id: ACME, name: 'Acme SARL' }, costCents: 112_300, budgetCents: 100_000, percentOfBudget: 112.3 },
    { client: { id: BETA, name: 'Beta & Fils' }, costCents: 4_500, budgetCents: null, percentOfBudget: null },
  ],
  budgetsAtRisk: [
    {
      client: { id: ACME, name: 'Acme SARL' },
      budgetId: BUDGET,
      periodKind: 'month',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      amountCents: 100_000,
      actualCents: 112_300,
      projectedCents: 150_000,
      percentUsed: 112.3,
      status: 'over',
    },
  ],
};

function serve(answer: (query: URLSearchParams) => Response) {
  return mockFetch((url) => {
    if (url.pathname === '/api/reports/performance') return answer(url.searchParams);
    if (url.pathname === '/api/agents') return json({ items: [{ id: BOB, name: 'Bob Agent', active: true }, { id: ZOE, name: 'Zoé Martin', active: true }] });
    if (url.pathname === '/api/clients') return json({ items: [], nextCursor: null });
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
}

/** Intl separates thousands and units with no-break spaces; compare with plain ones. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
const term = (label: string) => screen.queryAllByRole('term').find((dt) => text(dt) === label);
const figure = (label: string) => text(term(label)!.nextElementSibling);
const reportCalls = (calls: ReturnType<typeof serve>) => calls.filter((c) => c.url.pathname === '/api/reports/performance');
const MARCH = '/dashboard?period=custom&from=2026-03-01&to=2026-03-31';

describe('DashboardPage', { timeout: 15_000 }, () => {
  beforeEach(() => {
    // happy-dom lays nothing out, so recharts warns that the chart has no size: expected here.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });

  it('shows an admin the figures with money, cost against budget and the budgets at risk', async () => {
    const calls = serve(() => json(adminReport));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: MARCH });

    await waitFor(() => expect(term('Tickets ouverts')).toBeTruthy());
    expect(Object.fromEntries(reportCalls(calls)[0]!.url.searchParams)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(screen.getByText('Du 1 mars 2026 au 31 mars 2026')).toBeTruthy();

    expect(figure('Tickets ouverts')).toBe('1 234En ce moment');
    expect(figure('Non assignés')).toBe('7En ce moment');
    expect(figure('Ouverts')).toBe('42Sur la période');
    expect(figure('Fermés')).toBe('25Sur la période');
    expect(figure('Résolution moyenne')).toBe('1 j 4 hDe la création à la résolution');
    expect(figure('Résolution médiane')).toBe('3 h 20De la création à la résolution');
    expect(figure('Première réponse')).toBe('45 minEn moyenne, sur 40 tickets');
    expect(figure('Satisfaction moyenne')).toBe('4,3 / 512 évaluations');
    expect(figure('Coût')).toBe('1 234,56 €Sur la période');
    expect(figure('Clients hors budget')).toBe('2Dépassé ou dépassement prévu');

    const costs = screen.getByRole('region', { name: 'Coût et budget par client' });
    const summary = within(costs).getByRole('figure').getAttribute('aria-describedby')!;
    expect(text(document.getElementById(summary))).toBe(
      'Données du graphique : Acme SARL, 1 123,00 € pour un budget de 1 000,00 € ; Beta & Fils, 45,00 €.',
    );

    const atRisk = screen.getByRole('region', { name: 'Clients hors budget' });
    expect(within(atRisk).getByRole('link', { name: 'Acme SARL' }).getAttribute('href')).toBe(`/clients/${ACME}`);
    const [row] = within(atRisk).getAllByRole('row').slice(1);
    expect(within(row!).getAllByRole('cell').map(text)).toEqual(['mars 2026', '1 000,00 €', '1 123,00 € (112,3 %)', '1 500,00 €', 'Dépassé']);

    const ratings = screen.getByRole('region', { name: 'Dernières évaluations' });
    expect(within(ratings).getByRole('link', { name: "#1042 L'export PDF plante" }).getAttribute('href')).toBe(`/tickets/${TICKET}`);
    expect(within(ratings).getByText('4 étoiles sur 5')).toBeTruthy();
    expect(within(ratings).getByText('Rapide et efficace')).toBeTruthy();
    expect(within(ratings).getByText(/Acme Industrie · agent : Bob Agent/)).toBeTruthy();
  });

  it('lists the most used budgets at risk, ten first, and says when the API listed only part of them', async () => {
    const budgets = Array.from({ length: 12 }, (_, i) => ({ ...adminReport.budgetsAtRisk![0]!, budgetId: `0190f983-c3da-7f41-b40e-1eb2a58fa5${String(10 + i)}` }));
    serve(() => json({ ...adminReport, budgetsAtRisk: budgets, budgetsAtRiskTotal: 150 }));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: MARCH });
    const atRisk = await screen.findByRole('region', { name: 'Clients hors budget' });
    expect(within(atRisk).getAllByRole('row')).toHaveLength(11);
    fireEvent.click(within(atRisk).getByRole('button', { name: 'Afficher les 12 budgets' }));
    expect(within(atRisk).getAllByRole('row')).toHaveLength(13);
    expect(within(atRisk).getByText('Les 12 budgets les plus consommés sur 150.')).toBeTruthy();
  });

  it('shows an agent no money at all, and no empty money card', async () => {
    serve(() => json(agentReport));
    renderPage(<DashboardPage />, { me: agentMe, path: '/dashboard', initialEntry: MARCH });

    await waitFor(() => expect(term('Tickets ouverts')).toBeTruthy());
    expect(term('Coût')).toBeUndefined();
    expect(term('Clients hors budget')).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Coût et budget par client' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Clients hors budget' })).toBeNull();
    expect(screen.getAllByRole('term')).toHaveLength(9);
    expect(document.body.textContent).not.toMatch(/€|EUR/);
  });

  it('gives every chart its numbers in a table one click away', async () => {
    serve(() => json(adminReport));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: MARCH });

    const weekly = await screen.findByRole('region', { name: 'Tickets par semaine' });
    expect(within(weekly).queryByRole('table')).toBeNull();
    fireEvent.click(within(weekly).getByRole('radio', { name: 'Voir les chiffres' }));

    const table = within(weekly).getByRole('table', { name: 'Tickets par semaine : les chiffres' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => text(r))).toEqual([
      'Semaine 9 (du 23 févr.)532',
      'Semaine 10 (du 2 mars)1298',
      'Semaine 11 (du 9 mars)000',
    ]);

    const resolution = screen.getByRole('region', { name: 'Temps de résolution par semaine' });
    fireEvent.click(within(resolution).getByRole('radio', { name: 'Voir les chiffres' }));
    const cells = within(within(resolution).getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map(text));
    expect(cells).toEqual([
      ['3', '1 h 30', '1 h'],
      ['9', '2 j 2 h', '1 j'],
      ['0', '—', '—'],
    ]);

    const costs = screen.getByRole('region', { name: 'Coût et budget par client' });
    fireEvent.click(within(costs).getByRole('radio', { name: 'Voir les chiffres' }));
    const acme = within(costs).getByRole('row', { name: /Acme SARL/ });
    expect(within(acme).getAllByRole('cell').map(text)).toEqual(['1 123,00 €', '1 000,00 €', '112,3 % (budget dépassé)']);

    // And back to the chart.
    fireEvent.click(within(weekly).getByRole('radio', { name: 'Graphique' }));
    expect(within(weekly).queryByRole('table')).toBeNull();
    expect(within(weekly).getByRole('figure')).toBeTruthy();
  });

  it("highlights the agent's own row in the satisfaction chart and table", async () => {
    serve(() => json(agentReport));
    renderPage(<DashboardPage />, { me: agentMe, path: '/dashboard', initialEntry: MARCH });

    const agents = await screen.findByRole('region', { name: 'Satisfaction par agent' });
    const summary = within(agents).getByRole('figure').getAttribute('aria-describedby')!;
    expect(text(document.getElementById(summary))).toBe(
      'Données du graphique : Zoé Martin, 4,8 sur 5 (5 évaluations) ; Bob Agent (vous), 3,9 sur 5 (7 évaluations).',
    );

    fireEvent.click(within(agents).getByRole('radio', { name: 'Voir les chiffres' }));
    const [zoe, bob] = within(within(agents).getByRole('table')).getAllByRole('row').slice(1);
    expect(text(bob)).toBe('Bob AgentVous3,9 / 57');
    expect(bob!.hasAttribute('data-me')).toBe(true);
    expect(text(zoe)).toBe('Zoé Martin4,8 / 55');
    expect(zoe!.hasAttribute('data-me')).toBe(false);
  });

  it('asks for the current month by default and for the chosen period, kept in the URL', async () => {
    const calls = serve(() => json(adminReport));
    const { router } = renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: '/dashboard' });
    await waitFor(() => expect(term('Tickets ouverts')).toBeTruthy());

    const today = localToday();
    const month = PRESETS.thisMonth(today);
    expect(Object.fromEntries(reportCalls(calls)[0]!.url.searchParams)).toEqual(month);

    fireEvent.click(screen.getByLabelText('Période', { selector: 'input' }));
    // happy-dom runs no CSS transition: the dropdown's options stay out of the accessibility tree.
    fireEvent.click(await screen.findByRole('option', { name: 'Cette année', hidden: true }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=thisYear'));
    await waitFor(() => expect(reportCalls(calls).at(-1)!.url.searchParams.get('from')).toBe(PRESETS.thisYear(today).from));
  });

  it('links the CSV export to the same filters', async () => {
    serve(() => json(adminReport));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: `${MARCH}&clientId=${ACME}&agentId=${BOB}` });

    const link = await screen.findByRole('link', { name: 'Exporter en CSV' });
    const href = new URL(link.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/api/reports/performance');
    expect(Object.fromEntries(href.searchParams)).toEqual({ from: '2026-03-01', to: '2026-03-31', clientId: ACME, agentId: BOB, format: 'csv' });
  });

  it('says when nothing happened in the period', async () => {
    const quiet = {
      ...agentReport,
      figures: { ...agentReport.figures, opened: 0, resolved: 0, closed: 0, satisfaction: { meanTenths: null, count: 0 } },
      agents: [],
      latestRatings: [],
    };
    serve(() => json(quiet));
    renderPage(<DashboardPage />, { me: agentMe, path: '/dashboard', initialEntry: MARCH });
    expect(await screen.findByRole('heading', { name: 'Aucun ticket sur cette période' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Tickets par semaine' })).toBeNull();
    expect(figure('Satisfaction moyenne')).toBe('—0 évaluation');
  });

  it('shows an error alert with a retry that asks again', async () => {
    let fail = true;
    const calls = serve(() => (fail ? json({ error: { code: 'internal_error', message: 'Boom' } }, 500) : json(adminReport)));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: MARCH });
    const alert = await screen.findByRole('alert');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(term('Tickets ouverts')).toBeTruthy());
    expect(reportCalls(calls)).toHaveLength(2);
  });

  it('speaks English with English number formats', async () => {
    await i18n.changeLanguage('en');
    serve(() => json(adminReport));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: MARCH });
    await waitFor(() => expect(term('Open tickets')).toBeTruthy());
    expect(figure('Open tickets')).toBe('1,234Right now');
    expect(figure('Mean resolution')).toBe('1 d 4 hFrom creation to resolution');
    expect(figure('Mean satisfaction')).toBe('4.3 / 512 ratings');
    expect(screen.getByText('From Mar 1, 2026 to Mar 31, 2026')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Tickets per week' })).toBeTruthy();
  });

  it('does not ask for more than three years', async () => {
    const calls = serve(() => json(adminReport));
    renderPage(<DashboardPage />, { me: adminMe, path: '/dashboard', initialEntry: '/dashboard?from=2020-01-01&to=2026-01-01' });
    expect(await screen.findByText(/ne peut pas dépasser trois ans/)).toBeTruthy();
    expect(reportCalls(calls)).toHaveLength(0);
  });
});
