import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';
import {
  AdminPage, assertNoAxeViolations, chromiumSkip, focused, launchChromium, openAdmin, signInWithDevelopmentForm,
} from '../support/admin-browser';

/**
 * The admins' taxonomy screens of the back office (issue 14), in headless Chromium against the real
 * service: areas (and the other kinds, drawn from the same table) listed, created with their
 * translations, edited, refused with user errors next to their fields, deleted after a confirmation
 * or refused while in use; another provider's admin does not reach them; axe on every screen; the
 * create and edit flow with the keyboard alone.
 */
const ADMIN = { nif: '12345678Z', name: 'Núria Admin Ferrer', roles: ['admin:diba'] };
const OTHER_ADMIN = { nif: '87654321X', name: 'Pere Admin Lleida', roles: ['admin:ddgi'] };

describe('the admins\' taxonomy screens', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let adminHeaders: Record<string, string>;

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    browser = await launchChromium();
    adminHeaders = await api.as(ADMIN);
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  const signedIn = async (person: typeof ADMIN): Promise<AdminPage> => {
    const admin = await openAdmin(browser, api.url);
    await signInWithDevelopmentForm(admin.page, person);
    return admin;
  };
  /** The provider's areas as the public API serves them in Spanish. */
  const spanishAreas = async (): Promise<{ code: string; name: string }[]> => {
    const response = await api.graphql('{ provider(slug: "diba") { areas { code name } } }', {}, { 'accept-language': 'es' });
    return response.body.data.provider.areas;
  };
  const saveArea = async (code: string, name: string) => {
    const saved = await api.graphql('mutation($input: SaveAreaInput!) { saveArea(input: $input) { userErrors { code } } }', { input: { provider: 'diba', code, name } }, adminHeaders);
    assert.deepEqual(saved.body.data.saveArea.userErrors, []);
  };
  const openAreas = async (page: Page) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
    await page.locator('[data-screen="settings"]').waitFor();
    await page.getByRole('link', { name: 'Àrees', exact: true }).click();
    await page.locator('[data-screen="settings-taxonomy"] table').waitFor();
  };
  /** Goes to a path of the back office as a link would: a reload would lose the session, which lives in memory only. */
  const visit = (page: Page, path: string) => page.evaluate(`history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'));`);
  const row = (page: Page, code: string) => page.locator(`[data-screen="settings-taxonomy"] tr[data-code="${code}"]`);

  it('an admin creates an area with its translations, edits it, and the public API serves it in Spanish', async () => {
    const admin = await signedIn(ADMIN);
    const { page } = admin;
    try {
      await openAreas(page);
      await assertNoAxeViolations(page, 'the list of areas');
      await page.getByRole('link', { name: 'Nova àrea' }).click();
      await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
      await assertNoAxeViolations(page, 'the form of a new area');

      await page.locator('#input\\.code').fill('cultura-popular');
      await page.locator('#input\\.name').fill('Àrea de Cultura Popular');
      await page.locator('#input\\.translations\\.ES\\.name').fill('Área de Cultura Popular');
      // Spanish is there; English and Occitan are marked as missing, next to their controls.
      assert.equal(await page.locator('.missing-translation').count(), 2);
      assert.match(await page.locator('#input\\.translations\\.EN\\.name--hint').textContent() ?? '', /Falta la traducció/);
      assert.equal(await page.locator('#input\\.translations\\.ES\\.name--hint').count(), 0);
      await assertNoAxeViolations(page, 'the form of a new area with missing translations');
      await page.getByRole('button', { name: 'Desa' }).click();

      await page.locator('.status', { hasText: 'S’ha creat l’àrea cultura-popular.' }).waitFor();
      assert.match(await row(page, 'cultura-popular').textContent() ?? '', /Àrea de Cultura Popular.*Castellà: traducció present.*Anglès: falta la traducció/s);
      assert.deepEqual((await spanishAreas()).find((area) => area.code === 'cultura-popular'), { code: 'cultura-popular', name: 'Área de Cultura Popular' });

      await row(page, 'cultura-popular').getByRole('link', { name: 'Edita Àrea de Cultura Popular' }).click();
      await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
      assert.equal(await page.locator('#input\\.translations\\.ES\\.name').inputValue(), 'Área de Cultura Popular');
      assert.equal(await page.locator('#input\\.code').getAttribute('readonly'), '');
      await page.locator('#input\\.translations\\.ES\\.name').fill('Área de Cultura y Fiestas Populares');
      await page.locator('#input\\.translations\\.EN\\.name').fill('Popular Culture Area');
      await page.locator('#input\\.translations\\.OC\\.name').fill('Àrea de Cultura Populara');
      assert.equal(await page.locator('.missing-translation').count(), 0);
      await assertNoAxeViolations(page, 'the form of an area being edited');
      await page.getByRole('button', { name: 'Desa' }).click();
      await page.locator('.status', { hasText: 'S’han desat els canvis.' }).waitFor();

      assert.deepEqual((await spanishAreas()).find((area) => area.code === 'cultura-popular'), { code: 'cultura-popular', name: 'Área de Cultura y Fiestas Populares' });
      const english = await api.graphql('{ provider(slug: "diba", locale: EN) { areas { code name } } }');
      assert.ok(english.body.data.provider.areas.some((area: { code: string; name: string }) => area.code === 'cultura-popular' && area.name === 'Popular Culture Area'));
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('shows the API\'s user errors next to their fields, in the person\'s language, and saves nothing', async () => {
    const admin = await signedIn(ADMIN);
    const { page } = admin;
    try {
      await openAreas(page);
      await page.getByRole('link', { name: 'Nova àrea' }).click();
      await page.locator('#input\\.code').fill('Codi Dolent');
      await page.locator('#input\\.name').fill('Àrea amb un codi dolent');
      await page.getByRole('button', { name: 'Desa' }).click();
      const codeError = page.locator('#input\\.code--error');
      await codeError.waitFor();
      assert.equal(await codeError.textContent(), 'Un codi té d\'1 a 64 lletres minúscules, xifres i guions.');
      assert.equal(await page.locator('#input\\.code').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('.error-summary').textContent() ?? '', /Codi: Un codi té/);
      await assertNoAxeViolations(page, 'the form of an area with a user error');

      // The same refusal in Spanish once the person switches the interface to Spanish.
      await page.locator('#language-switcher').selectOption('es');
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.locator('#input\\.code--error', { hasText: 'Un código tiene de 1 a 64 letras minúsculas' }).waitFor();

      // A unit's contact point: each refused field gets its own message.
      await visit(page, '/admin/diba/administracio/unitats/nou');
      await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
      await page.locator('#input\\.code').fill('unitat-erronia');
      await page.locator('#input\\.name').fill('Unidad errónea');
      await page.locator('#input\\.email').fill('no-es-un-correu');
      await page.locator('#input\\.website').fill('ftp://exemple.cat');
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.locator('#input\\.email--error', { hasText: 'No es una dirección de correo electrónico.' }).waitFor();
      assert.equal(await page.locator('#input\\.website--error').textContent(), 'Debe ser una dirección http(s).');
      await assertNoAxeViolations(page, 'the form of a unit with user errors, in Spanish');

      // A catalogue whose period ends before it starts: the error stands by its last day.
      await visit(page, '/admin/diba/administracio/catalegs/nou');
      await page.locator('#input\\.startDate').waitFor();
      await page.locator('#input\\.code').fill('cataleg-erroni');
      await page.locator('#input\\.name').fill('Catàleg erroni');
      await page.locator('#input\\.startDate').fill('2027-03-01');
      await page.locator('#input\\.endDate').fill('2027-01-31');
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.locator('#input\\.endDate--error', { hasText: 'El periodo termina antes de empezar.' }).waitFor();
      await assertNoAxeViolations(page, 'the form of a catalogue with a user error, in Spanish');

      const saved = await api.graphql('{ provider(slug: "diba") { units { code } catalogues { code } } }');
      assert.ok(!saved.body.data.provider.units.some((unit: { code: string }) => unit.code === 'unitat-erronia'));
      assert.ok(!saved.body.data.provider.catalogues.some((catalogue: { code: string }) => catalogue.code === 'cataleg-erroni'));
      assert.deepEqual(admin.cspViolations, []);
    } finally {
      await admin.close();
    }
  });

  it('deletes an unused area after a confirmation, and shows the refusal for one still in use', async () => {
    await saveArea('area-sobrera', 'Àrea sobrera');
    await saveArea('area-amb-ambit', 'Àrea amb un àmbit');
    const programme = await api.graphql('mutation { saveProgramme(input: { provider: "diba", code: "ambit-de-prova", name: "Àmbit de prova", areaCode: "area-amb-ambit" }) { userErrors { code } } }', {}, adminHeaders);
    assert.deepEqual(programme.body.data.saveProgramme.userErrors, []);
    const admin = await signedIn(ADMIN);
    const { page } = admin;
    try {
      await openAreas(page);
      await row(page, 'area-sobrera').getByRole('button', { name: 'Elimina Àrea sobrera' }).click();
      const confirmation = page.locator('[data-confirm-delete="area-sobrera"]');
      await confirmation.waitFor();
      assert.equal(await page.evaluate<string>('document.activeElement.id'), 'delete-confirm-title');
      await assertNoAxeViolations(page, 'the confirmation of a deletion');
      // Changing one's mind deletes nothing and gives the focus back to the button.
      await confirmation.getByRole('button', { name: 'No, mantén-lo' }).click();
      assert.equal(await page.evaluate<string>('document.activeElement.id'), 'delete-area-sobrera');
      assert.equal(await row(page, 'area-sobrera').count(), 1);

      await row(page, 'area-sobrera').getByRole('button', { name: 'Elimina Àrea sobrera' }).click();
      await confirmation.getByRole('button', { name: 'Sí, elimina-ho' }).click();
      await page.locator('.status', { hasText: 'S’ha eliminat l’àrea area-sobrera.' }).waitFor();
      await row(page, 'area-sobrera').waitFor({ state: 'detached' });
      assert.ok(!(await spanishAreas()).some((area) => area.code === 'area-sobrera'));

      await row(page, 'area-amb-ambit').getByRole('button', { name: 'Elimina Àrea amb un àmbit' }).click();
      await page.locator('[data-confirm-delete="area-amb-ambit"]').getByRole('button', { name: 'Sí, elimina-ho' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      assert.match(await summary.textContent() ?? '', /Àrea amb un àmbit \(area-amb-ambit\): Encara el fan servir 0 fitxes i 1 programes: canvieu-los primer\./);
      assert.equal(await page.evaluate<string>('document.activeElement.className'), 'error-summary');
      assert.equal(await row(page, 'area-amb-ambit').count(), 1);
      await assertNoAxeViolations(page, 'the list of areas with a refused deletion');
      assert.ok((await spanishAreas()).some((area) => area.code === 'area-amb-ambit'));
      assert.deepEqual(admin.cspViolations, []);
    } finally {
      await admin.close();
    }
  });

  it('another provider\'s admin neither has the link nor sees the screens of this provider', async () => {
    await saveArea('area-nomes-diba', 'Àrea només de la Diputació de Barcelona');
    const admin = await signedIn(OTHER_ADMIN);
    const { page } = admin;
    try {
      assert.equal(await page.getByRole('link', { name: 'Administració de Diputació de Barcelona' }).count(), 0);
      await page.getByRole('navigation').getByRole('link', { name: /^Administració de / }).click();
      await page.getByRole('link', { name: 'Àrees', exact: true }).click();
      await page.locator('[data-screen="settings-taxonomy"]').waitFor();
      await page.waitForLoadState('networkidle');
      assert.equal(await row(page, 'area-nomes-diba').count(), 0);

      await visit(page, '/admin/diba/administracio/arees');
      await page.locator('[data-screen="settings-taxonomy"]', { hasText: 'No teniu permís per veure aquesta pàgina.' }).waitFor();
      assert.equal(await page.locator('table').count(), 0);
      await visit(page, '/admin/diba/administracio/arees/area-nomes-diba/edita');
      await page.locator('[data-screen="settings-taxonomy-form"]', { hasText: 'No teniu permís per veure aquesta pàgina.' }).waitFor();
      assert.equal(await page.locator('form#taxonomy-form').count(), 0);
      await assertNoAxeViolations(page, 'a taxonomy screen refused to another provider\'s admin');
    } finally {
      await admin.close();
    }
  });

  it('creates and edits a programme with the keyboard alone', async () => {
    await saveArea('area-teclat', 'Àrea del teclat');
    const admin = await signedIn(ADMIN);
    const { page } = admin;
    /** Presses Tab until the focused element matches (fails after `max` presses). */
    const tabTo = async (pattern: RegExp, max = 200) => {
      for (let presses = 0; presses < max; presses += 1) {
        await page.keyboard.press('Tab');
        if (pattern.test(await focused(page))) return;
      }
      assert.fail(`Tab never reached ${pattern} (last: ${await focused(page)})`);
    };
    try {
      await tabTo(/^A: Administració de Diputació de Barcelona/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="settings"]').waitFor();
      await tabTo(/^A: Àmbits \(programes\)/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="settings-taxonomy"]').waitFor();
      await tabTo(/^A: Nou àmbit/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();

      await tabTo(/^INPUT: Codi/);
      await page.keyboard.type('ambit-teclat');
      await tabTo(/^INPUT: Català/);
      await page.keyboard.type('Àmbit fet amb el teclat');
      await tabTo(/^INPUT: Castellà/);
      await page.keyboard.type('Ámbito hecho con el teclado');
      await tabTo(/^SELECT: Àrea/);
      // A closed select moves through its options with the arrow keys.
      for (let presses = 0; presses < 200 && await page.locator('#input\\.areaCode').inputValue() !== 'area-teclat'; presses += 1) {
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await page.locator('#input\\.areaCode').inputValue(), 'area-teclat');
      await tabTo(/^BUTTON: Desa$/);
      await page.keyboard.press('Enter');
      await page.locator('.status', { hasText: 'S’ha creat l’àmbit ambit-teclat.' }).waitFor();

      await tabTo(/^A: Edita Àmbit fet amb el teclat/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
      await tabTo(/^INPUT: Anglès/);
      await page.keyboard.type('Field made with the keyboard');
      await tabTo(/^BUTTON: Desa$/);
      await page.keyboard.press('Enter');
      await page.locator('.status', { hasText: 'S’han desat els canvis.' }).waitFor();

      const saved = await api.graphql('{ provider(slug: "diba", locale: EN) { programmes { code name area { code } } } }');
      assert.deepEqual(saved.body.data.provider.programmes.find((item: { code: string }) => item.code === 'ambit-teclat'),
        { code: 'ambit-teclat', name: 'Field made with the keyboard', area: { code: 'area-teclat' } });
      assert.deepEqual(admin.cspViolations, []);
    } finally {
      await admin.close();
    }
  });
});
