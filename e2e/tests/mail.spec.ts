import { type APIRequestContext, expect, test, type Page } from '@playwright/test';
import { newAddress, sendTestMail, waitForMail } from '../../server/test/mailbox.ts';
import { DEMO_PASSWORD, signIn, signOut, snap } from './helpers';
import { supportAddress, withMailServers } from './mail';

const ALWAYS = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]]));

const ELISE = 'contact1@guichet.demo';

async function eliseContact(request: APIRequestContext, email: string) {
  const client = (await (await request.get('/api/clients?q=CRM-1001')).json()).items[0] as { id: string };
  const contacts = (await (await request.get(`/api/clients/${client.id}/contacts`)).json()).items as { id: string; email: string }[];
  return { url: `/api/clients/${client.id}/contacts/${contacts.find((c) => c.email === email)!.id}` };
}

/** Élise's contact gets a mailbox of her own in the test mail server, and is Transports Fontaine's main contact. */
async function giveEliseAMailbox(page: Page): Promise<string> {
  const address = newAddress('elise');
  const res = await page.request.patch((await eliseContact(page.request, ELISE)).url, { data: { email: address, main: true } });
  expect(res.status(), await res.text()).toBe(200);
  // only agent1 takes tickets, whatever the hour
  const agents = (await (await page.request.get('/api/agents')).json()).items as { id: string; email: string }[];
  for (const agent of agents) {
    await page.request.patch(`/api/agents/${agent.id}`, {
      data: agent.email === 'agent1@guichet.demo' ? { available: true, workingHours: ALWAYS, timezone: 'UTC', capacity: null } : { available: false },
    });
  }
  return address;
}

let eliseAddress: string | null = null;
// the other journeys sign in as Élise with her demo address: she gets it back
test.afterEach(async ({ request }) => {
  if (!eliseAddress) return;
  expect((await request.post('/api/auth/login', { data: { email: 'admin@guichet.demo', password: DEMO_PASSWORD } })).status()).toBe(200);
  expect((await request.patch((await eliseContact(request, eliseAddress)).url, { data: { email: ELISE } })).status()).toBe(200);
  eliseAddress = null;
});

test('Élise never signs in: her ticket opened from the fiche client reaches her by mail, she answers by mail, and rates from the mail', async ({ page, browser }) => {
  // skipped locally without the test mail servers; in CI they are always there, and a missing one fails the journey
  test.skip(!withMailServers() && process.env.CI !== 'true', 'needs the test mail servers (scripts/mail-servers.sh)');
  test.setTimeout(120_000);
  const subject = `Scanner du quai 3 muet ${Date.now().toString(36)}`;

  // The admin opens a ticket for Élise from the fiche client: she is the requester by default.
  await signIn(page, 'admin@guichet.demo');
  const elise = (eliseAddress = await giveEliseAMailbox(page));
  await page.goto('/crm/clients/CRM-1001');
  await page.getByRole('region', { name: 'Tickets' }).getByRole('button', { name: 'Nouveau ticket' }).click();
  await expect(page.getByRole('combobox', { name: 'Demandeur' })).toHaveValue(new RegExp(elise.replace(/[.+]/g, '\\$&')));
  await page.getByRole('textbox', { name: 'Sujet' }).fill(subject);
  await page.getByRole('textbox', { name: 'Description détaillée' }).fill('Le scanner du quai 3 ne transmet plus les bons de livraison.');
  await snap(page, 'mail-new-ticket');
  await page.getByRole('button', { name: 'Créer le ticket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const ticketId = page.url().split('/').pop()!;
  await expect(page.getByRole('region', { name: 'Informations' })).toContainText('Élise Fontaine');
  await signOut(page);

  // Élise's mailbox receives it, with its number.
  const [opened] = await waitForMail(elise, (m) => !!m.subject?.includes(`Ticket ouvert : ${subject}`), { timeoutMs: 30_000 });
  const number = /\[#(\d+)\]/.exec(opened!.subject!)![1];
  expect(opened!.text).toContain('Le scanner du quai 3 ne transmet plus');

  // She answers from her mail client, quoting the mail.
  await sendTestMail({
    from: `Élise Fontaine <${elise}>`,
    to: opened!.replyTo?.value[0]?.address ?? supportAddress(),
    subject: `RE: ${opened!.subject}`,
    inReplyTo: opened!.messageId,
    references: [opened!.messageId!],
    text: `Il affiche « Erreur 42 » au démarrage.\n\nLe ${new Date().toLocaleDateString('fr-FR')}, Support Guichet a écrit :\n> ${opened!.text!.split('\n').join('\n> ')}`,
  });

  // The agent sees her answer on the ticket (quoted history cut) and resolves.
  await signIn(page, 'agent1@guichet.demo');
  await page.goto(`/tickets/${ticketId}`);
  const answer = page.getByRole('region', { name: 'Discussion' }).getByRole('article').filter({ hasText: 'Il affiche « Erreur 42 » au démarrage.' });
  await expect(async () => {
    await page.reload();
    await expect(answer).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(answer).toContainText('Élise Fontaine');
  await expect(answer).not.toContainText('a écrit');
  await expect(answer.getByRole('button', { name: "Voir l'original" })).toBeVisible();
  await snap(page, 'mail-answer-on-ticket');
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('Mise à jour du pilote faite : il transmet de nouveau.');
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await page.getByRole('group', { name: 'Changer le statut' }).getByRole('button', { name: 'Marquer comme résolu' }).click();
  await expect(page.getByText('Résolu', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // Élise receives the resolution with « Évaluer », and rates from it without signing in.
  const [resolved] = await waitForMail(elise, (m) => m.subject === `[#${number}] Résolu : ${subject}`, { timeoutMs: 30_000 });
  const rateUrl = new URL(/https?:\/\/\S+\/rate\/[\w.-]+/.exec(resolved!.text!)![0]);
  const stranger = await browser.newContext();
  const mailPage = await stranger.newPage();
  await mailPage.goto(`${rateUrl.pathname}?stars=5`);
  await expect(mailPage.getByRole('heading', { name: new RegExp(`Évaluer le ticket #${number}`) })).toBeVisible();
  await expect(mailPage.getByRole('radio', { name: '5 étoiles' })).toBeChecked();
  await mailPage.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill('Rapide, sans même me connecter.');
  await snap(mailPage, 'mail-rate-page');
  await mailPage.getByRole('button', { name: 'Envoyer' }).click();
  await expect(mailPage.getByRole('status', { name: 'Merci pour votre évaluation !' })).toBeVisible();
  await stranger.close();

  // The staff see all of it on the ticket.
  await signIn(page, 'agent1@guichet.demo');
  await page.goto(`/tickets/${ticketId}`);
  await expect(page.getByRole('region', { name: 'Évaluation' })).toContainText('Rapide, sans même me connecter.');
});
