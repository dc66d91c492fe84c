import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';
import {
  AdminPage, assertNoAxeViolations, chromiumSkip, focusedId, launchChromium, openAdmin, pressTabUntil, signInWithDevelopmentForm,
} from '../support/admin-browser';

/**
 * The admins' holiday screens of the back office (issue 14), in headless Chromium against the real
 * service: a municipality's local holidays of a year set on screen and then skipped by the public
 * `computeDeadline`; the Generalitat's yearly list imported from a file with its report, and a
 * malformed one that changes nothing and says why; axe on every screen and state; the edit flow
 * with the keyboard alone.
 */
const ADMIN = { nif: '22222222J', name: 'Admin Barcelona', roles: ['admin:diba'] };
const VIC = '08298';
const MANRESA = '08113';

const HOLIDAYS = 'query($provider: String!, $year: Int!, $municipality: String) { holidays(provider: $provider, year: $year, municipality: $municipality) { date name scope municipality source } }';
const COMPUTE = 'query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay skippedHolidays { date scope municipality } } }';

describe('the admins\' holiday screens', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  /** The local holidays of one municipality and year, as the public API lists them. */
  const localHolidays = async (municipality: string, year: number) => (await api.graphql(HOLIDAYS, { provider: 'diba', year, municipality })).body.data.holidays
    .filter((holiday: any) => holiday.scope === 'LOCAL' && holiday.municipality === municipality)
    .map((holiday: any) => [holiday.date, holiday.name, holiday.source]);

  const openMenu = async (): Promise<AdminPage> => {
    const admin = await openAdmin(browser, api.url);
    await admin.page.locator('[data-screen="sign-in"]').waitFor();
    await signInWithDevelopmentForm(admin.page, ADMIN);
    await admin.page.locator('main').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
    await admin.page.locator('[data-screen="settings"]').waitFor();
    return admin;
  };
  const errorOf = (page: Page, id: string) => page.locator(`[id="${id}--error"]`).textContent();

  it('an admin sets a municipality\'s local holidays of a year, and computeDeadline then skips them', async () => {
    const vicDeadline = async () => (await api.graphql(COMPUTE, { input: {
      provider: 'diba', municipality: VIC, start: '2026-07-03T10:00:00+02:00', term: { amount: 1, unit: 'BUSINESS_DAYS' },
    } })).body.data.computeDeadline;
    assert.equal((await vicDeadline()).lastDay, '2026-07-06', 'Monday 6 July is a business day before');

    const admin = await openMenu();
    const { page } = admin;
    try {
      await assertNoAxeViolations(page, 'the admins\' menu');
      await page.getByRole('link', { name: 'Festius per any i municipi' }).click();
      await page.locator('[data-screen="settings-holidays"]').waitFor();
      await page.locator('#holiday-list-form').waitFor();

      // The general calendar of 2026 (an empty search): its list to edit holds the Festa d'Aran with
      // the day it replaces, though the seat's calendar does not count it, so saving keeps it.
      await page.locator('#place\\.year').fill('2026');
      await page.locator('#holiday-place-form button[type="submit"]').click();
      await page.waitForURL(/any=2026$/);
      await page.locator('#holiday-list-form').waitFor();
      const generalRows = await page.evaluate<string[][]>(`[...document.querySelectorAll('#holiday-list-form fieldset')].map((row) =>
        [...row.querySelectorAll('input, select')].map((control) => control.value))`);
      assert.ok(generalRows.some((row) => row.join('|') === "2026-06-17|Festa d'Aran|ARAN|2026-12-26"), JSON.stringify(generalRows));
      assert.doesNotMatch(await page.locator('[data-table="holidays"]').textContent() ?? '', /Festa d'Aran/);
      await assertNoAxeViolations(page, 'the holidays of the general calendar');

      // A year out of range is refused next to its field; a name matching several municipalities lists them.
      await page.locator('#place\\.year').fill('1999');
      await page.locator('#holiday-place-form button[type="submit"]').click();
      assert.match(await errorOf(page, 'place.year') ?? '', /entre 2000 i 2100/);
      await page.locator('#place\\.year').fill('2026');
      await page.locator('#place\\.search').fill('Vic');
      await page.locator('#holiday-place-form button[type="submit"]').click();
      await page.locator('[data-list="municipalities"]').waitFor();
      await assertNoAxeViolations(page, 'the municipalities found');
      await page.getByRole('link', { name: `Ajuntament de Vic (${VIC})`, exact: true }).click();
      await page.locator(`[data-place="${VIC}"]`).waitFor();
      assert.match(page.url(), new RegExp(`any=2026&municipi=${VIC}`));

      // The holidays that count: Spain's and Catalonia's, and the seat's (Barcelona), said so.
      const table = page.locator('[data-table="holidays"]');
      await table.waitFor();
      assert.match(await table.textContent() ?? '', /Festa de Catalunya.*Festa local de la seu \(Ajuntament de Barcelona\)/s);
      assert.match(await page.locator('#holiday-list-form').textContent() ?? '', /Encara no hi ha cap festiu a la llista\./);

      // Two holidays, one dated in another year and with no source: the API's errors land next to their fields.
      await page.getByRole('button', { name: 'Afegeix un festiu' }).click();
      await page.locator('#input\\.holidays\\.0\\.date').fill('2026-07-06');
      await page.locator('#input\\.holidays\\.0\\.name').fill('Festa major de Vic');
      await page.getByRole('button', { name: 'Afegeix un festiu' }).click();
      await page.locator('#input\\.holidays\\.1\\.date').fill('2027-12-07');
      await page.locator('#input\\.holidays\\.1\\.name').fill('Sant Miquel dels Sants');
      await page.getByRole('button', { name: 'Afegeix un festiu' }).click();
      await page.getByRole('button', { name: 'Treu el festiu 3' }).click();
      await page.getByRole('button', { name: 'Desa els festius' }).click();
      await page.locator('#input\\.holidays\\.1\\.date--error').waitFor();
      assert.ok(await errorOf(page, 'input.source'), 'the missing source is said next to its field');
      assert.equal(await page.locator('#input\\.holidays\\.0\\.date--error').count(), 0);
      await page.locator('.error-summary').waitFor();
      await assertNoAxeViolations(page, 'the holidays form with errors');
      assert.deepEqual(await localHolidays(VIC, 2026), [], 'nothing was saved');

      await page.locator('#input\\.holidays\\.1\\.date').fill('2026-07-05');
      await page.locator('#input\\.source').fill('Ordre de festes locals 2026 (back office)');
      await page.getByRole('button', { name: 'Desa els festius' }).click();
      await page.locator('.status', { hasText: 'S’han desat 2 festius.' }).waitFor();
      await page.locator('[data-table="holidays"] [data-date="2026-07-06"]').waitFor();
      assert.match(await page.locator('[data-table="holidays"] [data-date="2026-07-06"]').textContent() ?? '', /Festa major de Vic.*Festa local \(Ajuntament de Vic\)/);
      await assertNoAxeViolations(page, 'the holidays saved');

      assert.deepEqual(await localHolidays(VIC, 2026), [
        ['2026-07-05', 'Sant Miquel dels Sants', 'Ordre de festes locals 2026 (back office)'],
        ['2026-07-06', 'Festa major de Vic', 'Ordre de festes locals 2026 (back office)'],
      ]);
      const afterwards = await vicDeadline();
      assert.equal(afterwards.lastDay, '2026-07-07');
      assert.deepEqual(afterwards.skippedHolidays, [{ date: '2026-07-06', scope: 'LOCAL', municipality: VIC }]);
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('an admin imports the official list from a file and reads the report; a malformed file changes nothing and says why', async () => {
    const admin = await openMenu();
    const { page } = admin;
    const choose = (name: string, text: string) => page.locator('#local-holidays-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    const submit = () => page.locator('#local-holidays-form button[type="submit"]').click();
    try {
      await page.getByRole('link', { name: 'Importa la llista oficial de festes locals' }).click();
      await page.locator('[data-screen="settings-local-holidays"]').waitFor();
      await assertNoAxeViolations(page, 'the import of local holidays');

      // A malformed file: 31 February. The line is named next to the CSV, and nothing was changed.
      await choose('festes-2027-malformat.csv', `any;codi;data;festa\n2027;${VIC};05/07/2027;Festa major\n2027;${MANRESA};31/02/2027;Festa impossible\n`);
      await page.locator('#input\\.csv').filter({ hasText: 'Festa impossible' }).waitFor();
      await page.locator('#input\\.source').fill('Ordre de festes locals 2027 (prova)');
      await submit();
      await page.locator('#input\\.csv--error').waitFor();
      assert.match(await errorOf(page, 'input.csv') ?? '', /^Línia 3: /);
      await page.locator('.error-summary').getByRole('link', { name: /^Línia 3: / }).click();
      assert.equal(await focusedId(page), 'input.csv', 'the summary leads to the CSV field');
      assert.equal(await page.locator('[data-outcome="not-imported"]').textContent(), 'El fitxer té errors: no s’ha canviat res.');
      assert.equal(await page.locator('[data-section="import-report"]').count(), 0);
      assert.deepEqual(await localHolidays(VIC, 2027), [], 'the valid line was not imported either');
      await assertNoAxeViolations(page, 'the import of local holidays with errors');

      await choose('festes-2027.csv', [
        'any;codi;data;festa',
        `2027;${VIC}1;05/07/2027;Festa major de Vic`, // Idescat's 6-digit code
        `2027;${VIC};2027-12-07;Sant Miquel dels Sants`,
        '2027;17079;2027-10-29;Sant Narcís', // Girona: not diba's to set
        '2027;99999;2027-06-01;Enlloc',
      ].join('\n'));
      await page.locator('#input\\.csv').filter({ hasText: 'Enlloc' }).waitFor();
      await submit();
      await page.locator('[data-section="import-report"]').waitFor();
      assert.equal(await page.locator('[data-outcome="not-imported"]').count(), 0);
      const count = (name: string) => page.locator(`[data-count="${name}"]`).textContent();
      assert.deepEqual(
        [await count('rows'), await count('matched'), await count('added'), await count('updated'), await count('unchanged'), await count('removed'), await count('outsideTerritory'), await count('unmatched')],
        ['4', '1', '2', '0', '0', '0', '1', '99999'],
      );
      await assertNoAxeViolations(page, 'the import report');
      assert.deepEqual(await localHolidays(VIC, 2027), [
        ['2027-07-05', 'Festa major de Vic', 'Ordre de festes locals 2027 (prova)'],
        ['2027-12-07', 'Sant Miquel dels Sants', 'Ordre de festes locals 2027 (prova)'],
      ]);
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('the edit flow works with the keyboard alone: find a municipality by INE code, add a holiday, save', async () => {
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    const tabTo = (pattern: RegExp, max?: number) => pressTabUntil(page, pattern, max);
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await signInWithDevelopmentForm(page, ADMIN);
      await tabTo(/^A: Administració de Diputació de Barcelona/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="settings"]').waitFor();
      await tabTo(/^A: Festius per any i municipi/);
      await page.keyboard.press('Enter');
      await page.locator('#holiday-list-form').waitFor();

      await tabTo(/^INPUT: Any/);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2026');
      await tabTo(/^INPUT: Municipi \(nom o codi INE\)/);
      await page.keyboard.type(MANRESA);
      await page.keyboard.press('Enter');
      await page.locator(`[data-place="${MANRESA}"]`).waitFor();
      await page.locator('#holiday-list-form').waitFor();

      await tabTo(/^BUTTON: Afegeix un festiu/);
      await page.keyboard.press('Enter');
      await page.waitForFunction('document.activeElement?.id === "input.holidays.0.date"');
      // The date control's order of day and month follows Chromium's own language, not the page's: 9 September reads the same in both.
      await page.keyboard.type('09092026');
      await tabTo(/^INPUT: Festa/);
      await page.keyboard.type('Festa major de Manresa');
      await tabTo(/^INPUT: Font/);
      await page.keyboard.type('Ordre de festes locals 2026 (teclat)');
      await tabTo(/^BUTTON: Desa els festius/);
      await page.keyboard.press('Enter');
      await page.locator('.status', { hasText: 'S’ha desat 1 festiu.' }).waitFor();
      assert.deepEqual(await localHolidays(MANRESA, 2026), [['2026-09-09', 'Festa major de Manresa', 'Ordre de festes locals 2026 (teclat)']]);
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });
});
