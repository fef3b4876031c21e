import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn, signOut } from './helpers';

/** The value of a key figure (its `dd`), e.g. « Ouverts » → « 42 ». */
const figureValue = (page: Page, term: string): Locator =>
  page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]/span[1]`);

/** Switches a chart card to its table and returns the table's body rows. */
async function tableRows(page: Page, card: string): Promise<Locator> {
  const region = page.getByRole('region', { name: card });
  await region.getByText('Voir les chiffres').click();
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr');
}

/** The whole page, and its first screen, at desktop (1280) and phone (390) widths. */
async function screens(page: Page, name: string) {
  for (const [size, width, height] of [['desktop', 1280, 900], ['mobile', 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    // Charts draw for the new width once their container is measured again.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `../.tmp/screens/dashboard-${name}-${size}.png`, fullPage: true });
    await page.screenshot({ path: `../.tmp/screens/dashboard-${name}-${size}-top.png` });
    await page.locator('main dl').screenshot({ path: `../.tmp/screens/dashboard-${name}-${size}-figures.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The dashboard of issue 6 on the demo data (a year of tickets): the admin narrows the period
 * from this year to this month, then to one agent, and the figures, charts and tables follow;
 * the URL keeps the filters. An agent sees the same page with no money and their own row marked.
 */
test('the dashboard: period and agent filters change the figures and tables; agents see no money', async ({ page }) => {
  await signIn(page, 'admin@guichet.demo');
  await page.goto('/dashboard?period=thisYear');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const opened = figureValue(page, 'Ouverts');
  await expect(opened).toHaveText(/^\d[\d\u202f\u00a0]*$/);
  const openedThisYear = await opened.innerText();
  await expect(figureValue(page, 'Coût')).toContainText('€');
  await expect(page.getByRole('region', { name: 'Coût et budget par client' })).toBeVisible();
  await screens(page, 'admin');
  const weeksThisYear = await (await tableRows(page, 'Tickets par semaine')).count();
  expect(weeksThisYear).toBeGreaterThan(8);

  // This month: fewer weeks, fewer tickets opened.
  await page.getByRole('combobox', { name: 'Période', exact: true }).click();
  await page.getByRole('option', { name: 'Ce mois-ci' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(opened).not.toHaveText(openedThisYear);
  const openedThisMonth = await opened.innerText();
  expect(Number(openedThisMonth.replace(/\D/g, ''))).toBeLessThan(Number(openedThisYear.replace(/\D/g, '')));
  const weeks = await tableRows(page, 'Tickets par semaine');
  await expect.poll(() => weeks.count()).toBeLessThanOrEqual(6);

  // One agent: their tickets and the ratings credited to them only.
  await page.getByRole('combobox', { name: 'Agent', exact: true }).click();
  await page.getByRole('option', { name: 'Julien Moreau' }).click();
  await expect(page).toHaveURL(/agentId=/);
  await expect(opened).not.toHaveText(openedThisMonth);
  const agents = await tableRows(page, 'Satisfaction par agent');
  await expect(agents).toHaveCount(1);
  await expect(agents.first()).toContainText('Julien Moreau');

  // The filters in the URL survive a reload, and the CSV export follows them.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Agent', exact: true })).toHaveValue('Julien Moreau');
  const csvHref = await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href');
  expect(csvHref).toMatch(/format=csv/);
  expect(csvHref).toMatch(/agentId=/);
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('section');
  await signOut(page);

  // An agent: the same page, no money anywhere, their own row marked.
  await signIn(page, 'agent1@guichet.demo');
  await page.goto('/dashboard?period=thisYear');
  await expect(figureValue(page, 'Ouverts')).toHaveText(/^\d/);
  await expect(page.locator('dt', { hasText: 'Coût' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Coût et budget par client' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('€');
  await screens(page, 'agent');
  const mine = (await tableRows(page, 'Satisfaction par agent')).filter({ hasText: 'Vous' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Julien Moreau');
});
