import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut, snap } from './helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const ALWAYS = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]]));

/** Only agent1 (Julien Moreau) available, around the clock, so auto-assignment is predictable whatever the hour. */
async function onlyAgent1Available(page: Page) {
  const agents = (await (await page.request.get('/api/agents')).json()).items as { id: string; email: string }[];
  for (const agent of agents) {
    const res = await page.request.patch(`/api/agents/${agent.id}`, {
      data: agent.email === 'agent1@guichet.demo' ? { available: true, workingHours: ALWAYS, timezone: 'UTC', capacity: null } : { available: false },
    });
    expect(res.status()).toBe(200);
  }
}

test('a ticket end to end: created with a screenshot, auto-assigned, answered, resolved, rated, reopened', async ({ page }) => {
  const subject = `Lecteur de badges en panne ${Date.now().toString(36)}`;

  // Admin opens the fiche client and creates the ticket with a screenshot.
  await signIn(page, 'admin@guichet.demo');
  await onlyAgent1Available(page);
  await page.goto('/crm/clients/CRM-1001');
  await expect(page.getByRole('heading', { level: 1, name: 'Transports Fontaine' })).toBeVisible();
  await page.getByRole('region', { name: 'Tickets' }).getByRole('button', { name: 'Nouveau ticket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau ticket pour Transports Fontaine' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Sujet' }).fill(subject);
  await page.getByRole('textbox', { name: 'Description détaillée' }).fill("Le lecteur de l'entrée **nord** ne lit plus aucun badge depuis 8 h.");
  await page.getByRole('radio', { name: 'Haute' }).check();
  await page.getByLabel('Pièces jointes').setInputFiles({ name: 'capture-lecteur.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('button', { name: 'Retirer capture-lecteur.png' })).toBeVisible();
  await snap(page, 'new-ticket');
  await page.getByRole('button', { name: 'Créer le ticket' }).click();

  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const ticketUrl = page.url();
  const ticketId = ticketUrl.split('/').pop()!;
  await expect(page.getByRole('region', { name: 'Informations' })).toContainText('Julien Moreau');
  await expect(page.getByRole('img', { name: 'capture-lecteur.png' })).toBeVisible();
  await snap(page, 'ticket-admin');
  await signOut(page);

  // The agent sees the assignment in the bell, replies and resolves.
  await signIn(page, 'agent1@guichet.demo');
  await page.getByRole('button', { name: /^Notifications \(/ }).click();
  await expect(page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: /vous a été assigné/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto(`/tickets/${ticketId}`);
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('Nous avons redémarré le contrôleur, pouvez-vous réessayer ?');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(message(page, 'Nous avons redémarré le contrôleur')).toBeVisible();
  // Log the time spent; the agent sees minutes, never money.
  const time = page.getByRole('region', { name: 'Temps passé' });
  await time.getByRole('textbox', { name: 'Minutes' }).or(time.getByLabel('Minutes')).first().fill('45');
  await time.getByRole('button', { name: 'Enregistrer le temps' }).click();
  await expect(time).toContainText('45 min');
  await expect(time).not.toContainText('€');
  const statusGroup = page.getByRole('group', { name: 'Changer le statut' });
  await expect(statusGroup.getByRole('button', { name: 'Marquer comme résolu' })).toBeVisible();
  // Only legal moves are offered: an in-progress ticket cannot be « started » again.
  await expect(statusGroup.getByRole('button', { name: 'Démarrer' })).toHaveCount(0);
  await statusGroup.getByRole('button', { name: 'Marquer comme résolu' }).click();
  await expect(page.getByText('Résolu', { exact: true }).first()).toBeVisible();
  await snap(page, 'ticket-agent-resolved');
  await signOut(page);

  // The client contact sees the reply in the portal and rates 4 stars; then reopens with a reply.
  await signIn(page, 'contact1@guichet.demo');
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole('link', { name: subject }).click();
  await expect(message(page, 'Nous avons redémarré le contrôleur')).toBeVisible();
  const rating = page.getByRole('region', { name: 'Évaluation' });
  await rating.getByRole('radio', { name: '4 étoiles' }).check();
  await rating.getByRole('textbox', { name: 'Commentaire' }).fill('Réactif et clair.');
  await rating.getByRole('button', { name: "Envoyer l'évaluation" }).click();
  await expect(page.getByText('Merci ! Votre évaluation a été enregistrée.')).toBeVisible();
  await snap(page, 'ticket-contact-rated');
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('Le lecteur est de nouveau en panne ce soir.');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByText('En cours', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // Staff see the rating credited to the agent, and the reopening in the history.
  await signIn(page, 'admin@guichet.demo');
  await page.goto(`/tickets/${ticketId}`);
  const staffRating = page.getByRole('region', { name: 'Évaluation' });
  await expect(staffRating.getByRole('img', { name: '4 sur 5' })).toBeVisible();
  await expect(staffRating).toContainText('Réactif et clair.');
  await expect(staffRating).toContainText('Julien Moreau');
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(/Résolu → En cours/);
  await snap(page, 'ticket-admin-rated');
});

test('internal notes stay with staff, and script in a message runs nowhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page, 'agent2@guichet.demo');
  const created = await page.request.post('/api/tickets', {
    data: { clientId: await clientIdOf(page, 'CRM-1002'), subject: '<img src=x onerror=alert(1)>', description: '<script>alert(2)</script>' },
  });
  expect(created.status()).toBe(201);
  const ticket = await created.json();
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('Note : le client a déjà eu ce souci en mars.');
  await page.getByRole('switch', { name: 'Note interne (invisible pour le client)' }).check({ force: true });
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByText('Note interne', { exact: true }).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('Bonjour <b onmouseover=alert(3)>test</b> [lien](javascript:alert(4))');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(message(page, 'Bonjour')).toBeVisible();
  await snap(page, 'ticket-internal-note');
  await signOut(page);

  await signIn(page, 'contact2@guichet.demo');
  await page.goto(`/portal/tickets/${ticket.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(message(page, 'Bonjour')).toBeVisible();
  await expect(page.getByText('déjà eu ce souci')).toHaveCount(0);
  await page.mouse.move(400, 400);
  expect(dialogs).toEqual([]);
});

/** A posted message in the discussion (not the text still in the reply box while it is sent). */
function message(page: Page, text: string) {
  return page.getByRole('region', { name: 'Discussion' }).getByRole('article').filter({ hasText: text }).first();
}

async function clientIdOf(page: Page, ref: string): Promise<string> {
  return (await (await page.request.get(`/api/clients/by-ref/${ref}`)).json()).id;
}
