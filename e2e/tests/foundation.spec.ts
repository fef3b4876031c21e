import { expect, test } from '@playwright/test';
import { signIn, signOut, snap } from './helpers';

test('admin: clients list → search → fiche client → add a contact with portal access; the contact signs in to the portal', async ({ page }) => {
  await signIn(page, 'admin@guichet.demo');
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' })).toBeVisible();
  await snap(page, 'clients-list');

  await page.getByRole('searchbox', { name: 'Rechercher un client' }).fill('Fontaine');
  const row = page.getByRole('link', { name: 'Transports Fontaine' });
  await expect(row).toBeVisible();
  await expect(page.getByRole('link', { name: 'Imprimerie Dubois & Fils' })).toHaveCount(0);
  await row.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Transports Fontaine' })).toBeVisible();
  for (const section of ['Coordonnées', 'Contacts', 'Tickets', 'Budget']) {
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByText('CRM-1001')).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un contact' });
  await dialog.getByRole('textbox', { name: 'Nom' }).fill('Nadia Roussel');
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('nadia.roussel@fontaine.example');
  await dialog.getByRole('textbox', { name: 'Fonction' }).fill('Comptable');
  await dialog.getByRole('switch', { name: 'Accès portail' }).check({ force: true });
  await dialog.getByLabel('Mot de passe initial').fill('bienvenue-nadia-1');
  await snap(page, 'add-contact-dialog');
  await dialog.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(dialog).toBeHidden();
  const contactRow = page.getByRole('row', { name: /Nadia Roussel/ });
  await expect(contactRow).toBeVisible();
  await expect(contactRow.getByText('Actif', { exact: true })).toBeVisible();
  await snap(page, 'fiche-client');

  await signOut(page);

  // The new contact signs in: the portal, with their client's name, and no staff pages.
  await signIn(page, 'nadia.roussel@fontaine.example', 'bienvenue-nadia-1');
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes tickets' })).toBeVisible();
  await expect(page.getByText('Transports Fontaine').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  await snap(page, 'portal');
});

test('a client contact sees no staff page', async ({ page }) => {
  await signIn(page, 'contact2@guichet.demo');
  await expect(page).toHaveURL(/\/portal$/);
  for (const url of ['/clients', '/admin/users', '/admin/tokens', '/crm/clients/CRM-1001', '/dashboard']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  }
  // The server refuses the data too, whatever the page shows.
  const res = await page.request.get('/api/clients');
  expect(res.status()).toBe(404);
});

test('the CRM deep link opens the fiche client, after sign-in when needed', async ({ page }) => {
  await page.goto('/crm/clients/CRM-1002');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Adresse e-mail').fill('agent1@guichet.demo');
  await page.getByLabel('Mot de passe').first().fill('guichet-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imprimerie Dubois & Fils' })).toBeVisible();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  // Agents read clients but do not edit them.
  await expect(page.getByRole('button', { name: 'Modifier le client' })).toHaveCount(0);
  await page.goto('/crm/clients/NO-SUCH-REF');
  await expect(page.getByRole('heading', { level: 1, name: 'Client introuvable' })).toBeVisible();
});

test('admin: users, API tokens and CSV import', async ({ page }) => {
  await signIn(page, 'admin@guichet.demo');

  // Users: create an agent, deactivate them.
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
  const create = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
  await create.getByRole('textbox', { name: 'Nom' }).fill('Inès Garnier');
  await create.getByRole('textbox', { name: 'Adresse e-mail' }).fill('ines.garnier@guichet.demo');
  await create.getByRole('radio', { name: 'Agent' }).check();
  await create.getByLabel('Mot de passe initial').fill('agent-ines-2026');
  await create.getByRole('button', { name: "Créer l'utilisateur" }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole('row', { name: /Inès Garnier/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Actions pour Inès Garnier' }).click();
  await page.getByRole('menuitem', { name: 'Désactiver' }).click();
  await page.getByRole('dialog', { name: 'Désactiver Inès Garnier ?' }).getByRole('button', { name: 'Désactiver' }).click();
  await expect(row.getByText('Inactif', { exact: true })).toBeVisible();
  await snap(page, 'admin-users');

  // API tokens: created once, then revoked.
  await page.getByRole('tab', { name: "Jetons d'API" }).click();
  await page.getByLabel('Nom du jeton').fill('CRM production');
  await page.getByRole('button', { name: 'Créer un jeton' }).click();
  const created = page.getByRole('dialog', { name: 'Jeton créé' });
  const secret = created.getByLabel('Jeton', { exact: true });
  await expect(secret).toBeVisible();
  const token = (await secret.textContent())!.trim();
  expect(token).toMatch(/^gch_[A-Za-z0-9_-]+$/);
  await snap(page, 'admin-token-created');
  await created.getByRole('button', { name: "J'ai copié le jeton" }).click();
  const api = await page.request.get('/api/clients?limit=1', { headers: { authorization: `Bearer ${token}` } });
  expect(api.status()).toBe(200);
  await page.getByRole('button', { name: 'Révoquer le jeton CRM production' }).click();
  await page.getByRole('dialog', { name: /Révoquer le jeton/ }).getByRole('button', { name: 'Révoquer le jeton' }).click();
  await expect(page.getByText('Révoqué', { exact: true })).toBeVisible();
  const revoked = await page.request.get('/api/clients?limit=1', { headers: { authorization: `Bearer ${token}`, cookie: '' } });
  expect(revoked.status()).toBe(401);

  // CSV import: good, bad and duplicate rows.
  await page.getByRole('tab', { name: 'Import CSV' }).click();
  const csv = [
    'externalRef;name;email;city',
    'E2E-1;Garage des Alpes;contact@garage-alpes.fr;Annecy',
    'E2E-2;;x@y.fr;',
    'E2E-3;Mauvais mail;pas-un-mail;',
    'CRM-1001;Transports Fontaine;;Lyon',
  ].join('\n');
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Importer le fichier' }).click();
  await expect(page.getByRole('heading', { level: 3, name: "Rapport d'import" })).toBeVisible();
  await expect(page.getByText('Rejeté', { exact: true }).first()).toBeVisible();
  await snap(page, 'admin-import');
  await page.getByRole('switch', { name: 'Afficher seulement les lignes rejetées' }).uncheck({ force: true });
  await expect(page.getByText('Créé', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Mis à jour', { exact: true }).first()).toBeVisible();
});

test('language: switch to English in the user menu, remembered at the next sign-in', async ({ page }) => {
  await signIn(page, 'agent2@guichet.demo');
  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: /User menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel(/E-mail|Email/).first().fill('agent2@guichet.demo');
  await page.getByLabel(/Mot de passe|Password/).first().fill('guichet-demo');
  await page.getByRole('button', { name: /Se connecter|Sign in/ }).click();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await snap(page, 'clients-list-en');
  // Back to French, so the journeys that sign in as this agent later read French pages.
  expect((await page.request.patch('/api/auth/me', { data: { locale: 'fr' } })).status()).toBe(200);
});
