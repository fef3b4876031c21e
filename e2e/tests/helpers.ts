import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'guichet-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Full-page screenshot kept with the run's results, to look at what changed. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `../.tmp/screenshots/${name}.png`, fullPage: true });
}
