import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './helpers';

// Made-up words, so that each is found in exactly the tickets this file writes it into.
const MESSAGE_WORD = 'zorglubine';
const ACCENTED_WORD = 'brélocquée';
const NOTE_WORD = 'wobbulateur';
const OTHER_CLIENT_WORD = 'frobnicatrice';

/** Screenshots asked for by the search work, kept beside the run's other pictures. */
async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `../.tmp/screens/search-${name}.png`, animations: 'disabled', fullPage });
}

async function clientIdOf(page: Page, ref: string): Promise<string> {
  return (await (await page.request.get(`/api/clients/by-ref/${ref}`)).json()).id;
}

async function newTicket(page: Page, ref: string, subject: string, description: string): Promise<string> {
  const res = await page.request.post('/api/tickets', { data: { clientId: await clientIdOf(page, ref), subject, description } });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

async function post(page: Page, ticketId: string, body: string, internal = false) {
  const res = await page.request.post(`/api/tickets/${ticketId}/messages`, { data: { body, internal } });
  expect(res.status()).toBe(201);
}

/** The row of the results whose subject link has this name. */
function resultRow(page: Page, subject: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: subject }) });
}

test('staff find a ticket by a word of its discussion from the header, in any form, and open it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const subject = 'Routeur du dépôt instable';
  await signIn(page, 'agent1@guichet.demo');
  const ticketId = await newTicket(page, 'CRM-1001', subject, 'Les coupures reviennent chaque matin vers 9 h.');
  await post(page, ticketId, `Le technicien a remplacé la ${MESSAGE_WORD} du routeur ; la carte était ${ACCENTED_WORD}.`);

  await page.goto('/clients');
  const header = page.getByRole('banner');
  const box = header.getByRole('textbox', { name: 'Rechercher des tickets' });
  await expect(box).toBeVisible();
  await shot(page, 'header-desktop');

  // « / » reaches the search from anywhere on the page.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type(MESSAGE_WORD);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/tickets\\?q=${MESSAGE_WORD}$`));
  await expect(page.getByRole('textbox', { name: 'Rechercher', exact: true })).toHaveValue(MESSAGE_WORD);
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('Pertinence');
  const row = resultRow(page, subject);
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Dans la discussion')).toBeVisible();
  await expect(row.locator('mark')).toHaveText([MESSAGE_WORD]);
  await expect(page.getByRole('row')).toHaveCount(2); // the header row and this one
  await shot(page, 'results');

  // Another form of the word (plural, capitals) and a word typed without its accents find it too.
  for (const [query, hit] of [
    ['Zorglubines', MESSAGE_WORD],
    ['brelocquee', ACCENTED_WORD],
  ]) {
    await page.goto(`/tickets?q=${encodeURIComponent(query!)}`);
    await expect(resultRow(page, subject).locator('mark')).toContainText([hit!]);
  }

  await resultRow(page, subject).getByRole('link', { name: subject }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticketId}$`));
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
});

test('on a narrow screen the header search is a button that opens the field', async ({ page }) => {
  // Just wide enough for the field: it still fits beside an agent's availability switch.
  await page.setViewportSize({ width: 800, height: 600 });
  await signIn(page, 'agent1@guichet.demo');
  await expect(page.getByRole('banner').getByRole('textbox', { name: 'Rechercher des tickets' })).toBeVisible();
  await shot(page, 'header-800');
  await signOut(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin@guichet.demo');
  const header = page.getByRole('banner');
  await expect(header.getByRole('textbox', { name: 'Rechercher des tickets' })).toHaveCount(0);
  await shot(page, 'header-narrow');

  await header.getByRole('button', { name: 'Ouvrir la recherche de tickets' }).click();
  const box = page.getByRole('textbox', { name: 'Rechercher des tickets' });
  await expect(box).toBeFocused();
  await box.fill('imprimante');
  await shot(page, 'header-narrow-open');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tickets\?q=imprimante$/);
  await expect(page.locator('mark').first()).toBeVisible();
  await shot(page, 'results-narrow', true);

  // Words found in subjects are marked in the subject itself.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('link', { name: /imprim/i }).first().locator('mark').first()).toHaveText(/^imprim/i);
  await shot(page, 'results-subjects');
});

test("a contact's search finds their client's tickets only, never an internal note", async ({ page }) => {
  const subject = 'Massicot bloqué en position haute';
  await signIn(page, 'agent2@guichet.demo');
  const ticketId = await newTicket(page, 'CRM-1002', subject, `La lame reste levée, la ${OTHER_CLIENT_WORD} clignote en rouge.`);
  await post(page, ticketId, `Note : le ${NOTE_WORD} est hors garantie.`, true);
  await signOut(page);

  // Another client's contact: nothing, and a way back to the whole list.
  await signIn(page, 'contact1@guichet.demo');
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole('textbox', { name: 'Rechercher', exact: true }).fill(OTHER_CLIENT_WORD);
  await expect(page).toHaveURL(new RegExp(`/portal\\?q=${OTHER_CLIENT_WORD}$`));
  const empty = page.getByRole('heading', { name: `Aucun ticket ne correspond à « ${OTHER_CLIENT_WORD} »` });
  await expect(empty).toBeVisible();
  await shot(page, 'portal-empty');
  await page.getByRole('main').getByRole('button', { name: 'Effacer la recherche' }).last().click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('textbox', { name: 'Rechercher', exact: true })).toHaveValue('');
  await signOut(page);

  // The ticket's own client finds it, by its description, but not by the internal note.
  await signIn(page, 'contact2@guichet.demo');
  await page.goto(`/portal?q=${OTHER_CLIENT_WORD}`);
  const row = resultRow(page, subject);
  await expect(row.getByText('Dans la description')).toBeVisible();
  await expect(row.locator('mark')).toHaveText([OTHER_CLIENT_WORD]);
  await shot(page, 'portal-results');
  await page.goto(`/portal?q=${NOTE_WORD}`);
  await expect(page.getByRole('heading', { name: `Aucun ticket ne correspond à « ${NOTE_WORD} »` })).toBeVisible();
});
