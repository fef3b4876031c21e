import type { Budget, BudgetList } from '@guichet/contract/budgets';
import type { Client } from '@guichet/contract/clients';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../app/router';
import { adminMe, json, mockFetch, renderPage, renderRoutes } from '../../../test/render';
import { budgetChartPoints } from './budget-chart';
import { budgetList, budgetOf, CLIENT_ID, currentBudget, pastBudget } from '../budget-fixtures';
import { BudgetSection } from './budget-section';

const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

// happy-dom lays nothing out, so recharts measures a 0 × 0 chart and says so: not news in these tests.
beforeEach(() => {
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
  });
});

interface Answers {
  list?: BudgetList;
  create?: (body: unknown) => Response;
}

/** A budgets server: the client's list, one budget's detail, and the writes (recorded in `sent`). */
function serve({ list = budgetList, create }: Answers = {}) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  mockFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (method !== 'GET') sent.push({ method, path: url.pathname, body });
    if (url.pathname === `/api/clients/${CLIENT_ID}/budgets`) {
      if (method === 'GET') return json(list);
      return create ? create(body) : json(budgetOf({ id: '00000000-0000-4000-8000-0000000000b9' }), 201);
    }
    const one = /^\/api\/budgets\/([^/]+)(\/copy)?$/.exec(url.pathname);
    const budget = list.items.find((b) => b.id === one?.[1]);
    if (one && budget) {
      if (one[2]) {
        return json({ created: [budgetOf({ id: 'x1' }), budgetOf({ id: 'x2' }), budgetOf({ id: 'x3' })], skipped: ['2027-03-01'] }, 201);
      }
      if (method === 'GET') return json({ ...budget, daily: budget.id === currentBudget.id ? currentBudget.daily : [] });
      if (method === 'PATCH') return json({ ...budget, ...(body as Partial<Budget>) });
      if (method === 'DELETE') return new Response(null, { status: 204 });
    }
    return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
  });
  return sent;
}

describe('BudgetSection', { timeout: 20_000 }, () => {
  // « Today » is in the fixtures' November 2026, whenever the tests run (the clock alone: timers stay real).
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("shows the client's costs, the current budget's figures, status, pace, alerts and periods", async () => {
    serve();
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });

    const costs = await screen.findByLabelText('Coût du client');
    expect(norm(costs.textContent)).toContain('Coût ce mois-ci850,00 €');
    expect(norm(costs.textContent)).toContain('Coût cette année9 123,45 €');
    expect(norm(costs.textContent)).toContain('Coût total20 000,00 €');

    expect(screen.getByRole('heading', { name: 'Budget en cours\u202f: novembre 2026' })).toBeTruthy();
    const section = norm(document.body.textContent);
    expect(section).toContain('850,00 € dépensés sur 1 000,00 € (85 %)');
    expect(section).toContain('Reste150,00 €');
    expect(section).toContain('Projection fin de période1 275,00 €');
    expect(section).toContain('Tickets ouverts dans la période7');
    expect(section).toContain('Tickets traités5');
    expect(section).toContain('Coût par ticket170,00 €');
    expect(section).toContain('Jours écoulés20 sur 30');
    expect(section).toContain('Au rythme actuel, le budget sera épuisé le 23 nov. 2026.');
    expect(section).toContain('Seuil de 80 % franchi le 12 nov. 2026');
    expect(section).toContain('Projection au-dessus du budget le 8 nov. 2026');
    expect(screen.getAllByText('Dépassement prévu').length).toBeGreaterThan(0);
    expect(screen.getByRole('progressbar', { name: /^Budget utilisé\s: 85\s%$/ })).toBeTruthy();
    // The chart (loaded on demand) and its words for screen readers.
    const chart = await screen.findByRole('figure', { name: 'Réel cumulé jour par jour' });
    expect(norm(chart.textContent)).toContain(
      'Réel cumulé au 20 nov. 2026 : 850,00 €, pour un budget de 1 000,00 €. Au rythme actuel : 1 275,00 € à la fin de la période, le 30 nov. 2026.',
    );

    const table = screen.getByRole('table', { name: 'Budgets du client, toutes périodes' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => norm(row.textContent))).toEqual([
      'décembre 20261 000,00 €0,00 €0 %À venir',
      'novembre 2026en cours1 000,00 €850,00 €85 %Dépassement prévu',
      'octobre 20261 000,00 €1 120,00 €112 %Dépassé',
    ]);
  });

  it('says when the budget is already exceeded, in red', async () => {
    serve({ list: { ...budgetList, current: { ...currentBudget, ...pastBudget, state: 'current', daily: [] } } });
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });
    expect(await screen.findByText('Budget dépassé depuis le 27 oct. 2026.')).toBeTruthy();
    expect(norm(screen.getByText('-120,00 €').textContent)).toBe('-120,00 €');
  });

  it('offers « Définir un budget » without one, and sends the chosen period start and the amount in cents', async () => {
    const user = userEvent.setup();
    const sent = serve({ list: { ...budgetList, items: [pastBudget], current: null } });
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });

    expect(await screen.findByRole('heading', { name: 'Aucun budget pour la période en cours' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Définir un budget' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau budget' });

    await user.click(within(dialog).getByRole('radio', { name: 'Trimestre' }));
    const nextYear = String(new Date().getFullYear() + 1);
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Trimestre concerné' }), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Année concernée' }), { target: { value: nextYear } });
    await user.type(within(dialog).getByLabelText(/^Montant \(€\)/), '1 250,50');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le budget' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'POST',
      path: `/api/clients/${CLIENT_ID}/budgets`,
      body: { periodKind: 'quarter', periodStart: `${nextYear}-04-01`, amountCents: 125_050, thresholds: [80, 100] },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nouveau budget' })).toBeNull());
  });

  it('takes the month and thresholds as typed, refuses a bad amount, and explains an overlap', async () => {
    const user = userEvent.setup();
    const sent = serve({
      create: () =>
        json(
          {
            error: {
              code: 'budget_overlap',
              message: 'This client already has a budget covering some of these days.',
              details: { budgetId: 'b0', periodKind: 'quarter', periodStart: '2027-01-01' },
            },
          },
          409,
        ),
    });
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });

    await user.click(await screen.findByRole('button', { name: 'Nouveau budget' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau budget' });
    const thresholds = within(dialog).getByRole('combobox', { name: "Seuils d'alerte (%)" });
    await user.type(thresholds, '50{Enter}');
    await user.type(within(dialog).getByLabelText(/^Montant \(€\)/), '12,345');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le budget' }));
    expect(await within(dialog).findByText(/au plus deux décimales/)).toBeTruthy();
    expect(sent).toHaveLength(0);

    const amount = within(dialog).getByLabelText(/^Montant \(€\)/);
    await user.clear(amount);
    await user.type(amount, '900');
    await user.click(within(dialog).getByRole('button', { name: 'Créer le budget' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    // The period offered first is the one after the latest budget (December 2026).
    expect(sent[0]?.body).toEqual({ periodKind: 'month', periodStart: '2027-01-01', amountCents: 90_000, thresholds: [50, 80, 100] });
    expect(await within(dialog).findByText(/déjà un budget sur tout ou partie de cette période : celui de T1 2027\./)).toBeTruthy();
  });

  it("opens a period's detail from « Périodes », copies it to the next periods and deletes it", async () => {
    const user = userEvent.setup();
    const sent = serve();
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });

    await user.click(await screen.findByRole('button', { name: 'Voir le budget octobre 2026' }));
    const drawer = await screen.findByRole('dialog', { name: 'Budget octobre 2026' });
    await waitFor(() => expect(norm(drawer.textContent)).toContain('Budget dépassé depuis le 27 oct. 2026.'));
    expect(within(drawer).getByText('Dépassé')).toBeTruthy();

    await user.click(within(drawer).getByRole('button', { name: 'Copier sur les périodes suivantes' }));
    const copy = await screen.findByRole('dialog', { name: 'Copier le budget octobre 2026' });
    const periods = within(copy).getByRole('textbox', { name: 'Nombre de mois suivants' });
    await user.clear(periods);
    await user.type(periods, '4');
    await user.click(within(copy).getByRole('button', { name: 'Copier' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ method: 'POST', path: `/api/budgets/${pastBudget.id}/copy`, body: { periods: 4 } }));
    expect(await screen.findByText('3 budgets créés. 1 période ignorée (déjà couverte).')).toBeTruthy();

    await user.click(within(drawer).getByRole('button', { name: 'Supprimer' }));
    const confirm = await screen.findByRole('dialog', { name: 'Supprimer le budget\u202f?' });
    expect(norm(confirm.textContent)).toContain('Le budget octobre 2026 (1 000,00 €) sera supprimé');
    await user.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ method: 'DELETE', path: `/api/budgets/${pastBudget.id}`, body: undefined }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Budget octobre 2026' })).toBeNull());
  });

  it('edits the amount and thresholds of the current budget', async () => {
    const user = userEvent.setup();
    const sent = serve();
    renderPage(<BudgetSection clientId={CLIENT_ID} />, { me: adminMe });

    const actions = await screen.findByRole('group', { name: 'Actions sur le budget novembre 2026' });
    await user.click(within(actions).getByRole('button', { name: 'Modifier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le budget novembre 2026' });
    const amount = within(dialog).getByLabelText(/^Montant \(€\)/) as HTMLInputElement;
    expect(amount.value).toBe('1000');
    await user.clear(amount);
    await user.type(amount, '1200,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ method: 'PATCH', path: `/api/budgets/${currentBudget.id}`, body: { amountCents: 120_050, thresholds: [80, 100] } }),
    );
  });
});

describe('budgetChartPoints', () => {
  it('covers every day of the period, with the projection from today to the last day', () => {
    const points = budgetChartPoints(currentBudget);
    expect(points).toHaveLength(30);
    expect(points[19]).toEqual({ date: '2026-11-20', actual: 85_000, budget: 100_000, projection: 85_000 });
    expect(points[20]).toEqual({ date: '2026-11-21', budget: 100_000 });
    expect(points[29]).toEqual({ date: '2026-11-30', budget: 100_000, projection: 127_500 });
  });
});

describe('fiche client', { timeout: 20_000 }, () => {
  const acme = { id: CLIENT_ID, name: 'Acme SARL', address: {}, active: true } as Client;
  const serveClientPage = () =>
    mockFetch((url) => {
      if (url.pathname === `/api/clients/${CLIENT_ID}`) return json(acme);
      if (url.pathname === `/api/clients/${CLIENT_ID}/budgets`) return json(budgetList);
      return json({ items: [], nextCursor: null, total: 0 });
    });

  it('has the « Budget » section for admins', async () => {
    serveClientPage();
    renderRoutes(routes, { me: adminMe, initialEntry: `/clients/${CLIENT_ID}` });
    expect(await screen.findByRole('heading', { name: 'Budget en cours\u202f: novembre 2026' })).toBeTruthy();
  });

  it('shows agents nothing about money, and does not ask for it', async () => {
    const calls = serveClientPage();
    renderRoutes(routes, { me: { ...adminMe, role: 'agent' }, initialEntry: `/clients/${CLIENT_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme SARL' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Budget' })).toBeNull();
    expect(calls.some((c) => c.url.pathname.endsWith('/budgets'))).toBe(false);
  });
});
