import { expect, test } from '@playwright/test';
import { signIn, signOut, snap } from './helpers';

/**
 * The budget journey of issue 4: an admin sets a client's monthly budget, an agent logs time on
 * the client's ticket up to 80 %, the admin's bell shows the alert and the fiche client the usage
 * and the projection. Agent 1's demo rate is 45.00 an hour: 80 minutes = 60.00 = 80 % of 75.00.
 */
test('a monthly budget: set by the admin, used to 80 % by an agent, alert in the bell, usage and projection on the fiche client', async ({ page }) => {
  const name = `Atelier Budget ${Date.now().toString(36)}`;
  await signIn(page, 'admin@guichet.demo');
  const client = await (await page.request.post('/api/clients', { data: { name, address: {} } })).json();
  const agents = (await (await page.request.get('/api/agents')).json()).items as { id: string; email: string }[];
  const agent1 = agents.find((a) => a.email === 'agent1@guichet.demo')!;
  const ticket = await (await page.request.post('/api/tickets', { data: { clientId: client.id, subject: 'Serveur de fichiers saturé', description: 'Plus de place.' } })).json();
  const assigned = await page.request.post(`/api/tickets/${ticket.id}/assign`, { data: { agentId: agent1.id, version: ticket.version } });
  expect(assigned.status()).toBe(200);

  // The admin sets this month's budget on the fiche client.
  await page.goto(`/clients/${client.id}`);
  const budget = page.getByRole('region', { name: 'Budget' });
  await budget.getByRole('button', { name: 'Définir un budget' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau budget' });
  await dialog.getByRole('textbox', { name: /Montant/ }).fill('75');
  await snap(page, 'budget-new');
  await dialog.getByRole('button', { name: 'Créer le budget' }).click();
  await expect(dialog).toBeHidden();
  await expect(budget.getByRole('heading', { name: /Budget en cours/ })).toBeVisible();
  await expect(budget).toContainText('75,00');
  await signOut(page);

  // The agent logs 80 minutes on the client's ticket: time, never money.
  await signIn(page, 'agent1@guichet.demo');
  await page.goto(`/tickets/${ticket.id}`);
  const time = page.getByRole('region', { name: 'Temps passé' });
  await time.getByLabel('Minutes').first().fill('80');
  await time.getByRole('button', { name: 'Enregistrer le temps' }).click();
  await expect(time).toContainText('1 h 20');
  await expect(time).not.toContainText('€');
  await signOut(page);

  // The admin's bell shows the 80 % alert; it leads to the fiche client with usage and projection.
  await signIn(page, 'admin@guichet.demo');
  await page.getByRole('button', { name: /^Notifications \(/ }).click();
  const alert = page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: new RegExp(`Budget ${name} .*seuil de 80 % atteint`) });
  await expect(alert).toBeVisible();
  await snap(page, 'budget-bell');
  await alert.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(budget.getByRole('progressbar', { name: /Budget utilisé : 80/ })).toBeVisible();
  await expect(budget).toContainText('60,00');
  await expect(budget).toContainText('Projection fin de période');
  await expect(budget).toContainText(/Seuil de 80 % franchi/);
  await snap(page, 'budget-fiche-client');

  // The clients list shows the usage; Administration → Coûts the same money.
  await page.goto('/clients');
  await page.getByLabel('Rechercher un client').fill(name);
  await expect(page.getByRole('row')).toHaveCount(2); // the header and our client
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('80');
  await snap(page, 'budget-clients-list');
  await page.goto('/admin/costs');
  await expect(page.getByRole('table')).toContainText(name);
  await snap(page, 'costs-report');
});
