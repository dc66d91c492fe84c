// Screenshots of the back office's main screens for the README (docs/screenshots/*.png), taken
// with playwright-core and Debian's Chromium from a running service with its demo data:
//   npm start            # in another terminal (or any service outside production)
//   npm run admin:screenshots [-- http://localhost:4000]
// It signs in with the development form as an editor of the Diputació de Barcelona, then as its
// admin, and changes nothing but one draft's Spanish title (typed, never saved), so it can run
// against any demo database.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.argv[2] ?? process.env.ADMIN_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const out = path.join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ca-ES', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const shot = async (name, on = page) => {
    await on.waitForLoadState('networkidle');
    await on.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  };

  await page.goto(`${base}/admin/`);
  await page.locator('[data-screen="sign-in"]').waitFor();
  await page.locator('#dev-nif').fill('12345678Z');
  await page.locator('#dev-name').fill('Maria Puig Soler');
  await page.locator('#dev-roles').fill('editor:diba\nreviewer:diba');
  await shot('sign-in');
  await page.locator('#dev-sign-in-form button[type="submit"]').click();
  await page.locator('[data-screen="home"]').waitFor();
  await shot('home');

  await page.getByRole('navigation').getByRole('link', { name: 'Fitxes de Diputació de Barcelona' }).click();
  await page.locator('[data-screen="resource-list"] tbody tr').first().waitFor();
  await shot('fitxes');

  // A draft if there is one (its check has more to say), else the first fitxa.
  await page.locator('#list-status').selectOption('DRAFT');
  await page.getByRole('button', { name: 'Filtra' }).click();
  const draft = page.locator('[data-screen="resource-list"] tbody tr', { has: page.locator('.badge--draft') }).first();
  const found = await draft.waitFor({ timeout: 5000 }).then(() => true, () => false);
  await (found ? draft.locator('a') : page.locator('[data-screen="resource-list"] tbody tr a').first()).click();
  await page.locator('[data-screen="resource-edit"] .check').waitFor();
  await shot('fitxa-form');
  const spanishTitle = page.locator('#input\\.content\\.translations\\.ES\\.title');
  if (!(await spanishTitle.inputValue())) await spanishTitle.fill('Título en castellano');
  await spanishTitle.scrollIntoViewIfNeeded();
  await shot('fitxa-translations');

  await page.getByRole('link', { name: 'Historial de versions' }).click();
  await page.locator('[data-screen="resource-history"]').waitFor();
  await shot('fitxa-history');
  await context.close();

  // An admin's screen: the first area of the provider in its form (names side by side, the missing
  // translations marked); opened and shot, never saved.
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ca-ES', deviceScaleFactor: 1 });
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`${base}/admin/`);
  await adminPage.locator('#dev-nif').fill('12345678Z');
  await adminPage.locator('#dev-name').fill('Núria Ferrer Vidal');
  await adminPage.locator('#dev-roles').fill('admin:diba');
  await adminPage.locator('#dev-sign-in-form button[type="submit"]').click();
  await adminPage.getByRole('navigation').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
  await adminPage.getByRole('link', { name: 'Àrees', exact: true }).click();
  await adminPage.locator('[data-screen="settings-taxonomy"] tbody tr a').first().click();
  await adminPage.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
  await shot('taxonomy-area', adminPage);

  // The holidays of Barcelona (the seat) this year, chosen by INE code; nothing is saved.
  await adminPage.getByRole('navigation').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
  await adminPage.getByRole('link', { name: 'Festius per any i municipi' }).click();
  await adminPage.locator('#place\\.search').fill('08019');
  await adminPage.locator('#holiday-place-form button[type="submit"]').click();
  await adminPage.locator('[data-place="08019"]').waitFor();
  await adminPage.locator('#holiday-list-form').waitFor();
  await shot('holidays', adminPage);
  await adminContext.close();
} finally {
  await browser.close();
}
