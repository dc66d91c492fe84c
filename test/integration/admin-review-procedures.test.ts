import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, chromiumSkip, launchChromium, openAdmin, signInWithDevelopmentForm } from '../support/admin-browser';
import { LLEIDA, MARIA, readyDraft, signedByMaria, submittedWithDevelopmentCa } from '../support/submitted-application';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
const REVIEWER = { nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] };
const COMPETENT_BODY = 'Presidència de la Diputació de Lleida';

/** A Catalan calendar day `days` after today (YYYY-MM-DD), as a date control takes it. */
const dayFromToday = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date(Date.now() + days * 24 * 60 * 60 * 1000));

/**
 * The procedures after submission in the back office (issue 14), in headless Chromium against the
 * real service: a reviewer opens a hearing on a submitted application, and opens a revocation on a
 * granted one, closes it without revoking, opens another and revokes the grant. Each form is first
 * refused (a missing reason, a term out of range, a deadline in the past) with the error next to its
 * field; then the file shows the new state as the API has it. Axe on every form, errors included.
 */
describe('the back office: hearings and revocations', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let maria: Headers;
  let reviewer: Headers;

  before(async () => {
    // The providers' seal certificates are made on the spot, valid from now: the service runs on real time.
    api = await startTestService({ now: new Date().toISOString(), env: { RESPONSE_CACHE: 'false' } });
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    reviewer = await api.as(REVIEWER);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  const submitted = async (key: string) => submittedWithDevelopmentCa(api, maria, await readyDraft(api, maria), key);

  /** The entity's allegations in the revocation's hearing, signed, so the hearing is concluded and the grant may be revoked. */
  async function allege(applicationId: string) {
    const statement = 'L’Ajuntament aportarà l’acord del Ple quan el pugui adoptar.';
    const content = await api.graphql('query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }',
      { input: { applicationId, subject: 'ALLEGATIONS', statement } }, maria);
    assert.equal(content.body.errors, undefined, JSON.stringify(content.body.errors));
    const alleged = await api.graphql('mutation($input: SubmitAllegationsInput!) { submitAllegations(input: $input) { userErrors { code field } } }', {
      input: { applicationId, statement, signature: await signedByMaria(api, content.body.data.signedActContent.canonicalJson), idempotencyKey: 'admin-revocation-allegations-1' },
    }, maria);
    assert.equal(alleged.body.errors, undefined, JSON.stringify(alleged.body.errors));
    assert.deepEqual(alleged.body.data.submitAllegations.userErrors, []);
  }

  /** The file as the API has it, for what the page must show. */
  const fileViaApi = async (id: string) => (await api.graphql(`query($id: ID!) { application(id: $id) { status statusLabel
    dueDateHistory { reasonLabel } hearings { noticeRegistryNumber termDays } revocations { open outcomeLabel } } }`, { id }, reviewer)).body.data.application;

  /** Signs the reviewer in and opens the application's file from the queue, filtered by its status. */
  async function openFile(page: Page, application: { id: string; registryNumber: string }, status: string) {
    await page.locator('[data-screen="sign-in"]').waitFor();
    await signInWithDevelopmentForm(page, REVIEWER);
    await page.locator('main').getByRole('link', { name: 'Sol·licituds de Diputació de Lleida per revisar' }).click();
    await page.locator('[data-screen="review-queue"]').waitFor();
    await page.locator('#queue-status').selectOption(status);
    await page.getByRole('button', { name: 'Aplica els filtres' }).click();
    await page.getByRole('link', { name: `Obre l’expedient de ${application.registryNumber}` }).click();
    await page.locator('[data-screen="review-file"]').waitFor();
    await page.locator(`[data-section="details"] [data-status="${status}"]`).waitFor();
  }

  /** Sends the open form and waits for the error next to `field`, marked invalid on its control. */
  async function refusedAt(page: Page, form: string, fields: string[], label: string) {
    await page.locator(`#${form} button[type="submit"]`).click();
    for (const field of fields) {
      await page.locator(`#input\\.${field}--error`).waitFor();
      assert.equal(await page.locator(`#input\\.${field}`).getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
    }
    await assertNoAxeViolations(page, `${label} with errors`);
  }

  it('a reviewer opens a hearing on a submitted application; a missing reason and a bad term are shown next to their fields', async () => {
    const application = await submitted('admin-hearing-submit-1');
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    try {
      await openFile(page, application, 'SUBMITTED');
      await page.getByRole('button', { name: 'Obre una audiència' }).click();
      await assertNoAxeViolations(page, 'the hearing form');
      await refusedAt(page, 'open-hearing', ['reasons'], 'the hearing form');
      await page.locator('#input\\.reasons').fill("La resolució té en compte l'informe tècnic del servei, que l'Ajuntament no ha aportat.");
      await page.locator('#input\\.termDays').fill('5');
      await refusedAt(page, 'open-hearing', ['termDays'], 'the hearing form');
      assert.match(await page.locator('#input\\.termDays--error').textContent() ?? '', /10/, 'the error says the range');
      assert.deepEqual((await fileViaApi(application.id)).hearings, [], 'nothing opened while refused');

      await page.locator('#input\\.termDays').fill('12');
      await page.locator('#open-hearing button[type="submit"]').click();
      await page.getByText('Fet: Obre una audiència.').waitFor({ timeout: 60_000 });
      const file = await fileViaApi(application.id);
      assert.equal(file.hearings.length, 1);
      const hearings = page.locator('[data-section="hearings"]');
      await hearings.getByText(file.hearings[0].noticeRegistryNumber).waitFor();
      assert.match(await hearings.textContent() ?? '', /12 dies hàbils/);
      // The file shows the application as the API has it now: its status and every due-date change.
      assert.equal(await page.locator('[data-section="details"] [data-status]').textContent(), file.statusLabel);
      assert.equal(await page.locator('[data-section="due-dates"] tbody tr').count(), file.dueDateHistory.length);
      await assertNoAxeViolations(page, 'the file with a hearing');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('a reviewer opens a revocation on a granted application and closes it, then opens another and revokes the grant', async () => {
    const application = await submitted('admin-revocation-submit-1');
    const granted = await api.graphql('mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) { application { status } userErrors { code field } } }', {
      input: { applicationId: application.id, decision: 'GRANT', reasons: "L'Ajuntament compleix els requisits de l'encàrrec.", competentBody: COMPETENT_BODY },
    }, reviewer);
    assert.deepEqual(granted.body.data.resolveApplication, { application: { status: 'GRANTED' }, userErrors: [] });

    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    const status = (value: string) => page.locator(`[data-section="details"] [data-status="${value}"]`).waitFor({ timeout: 60_000 });
    const openRevocation = async (deficiency: string) => {
      await page.getByRole('button', { name: 'Obre una revocació' }).click();
      await page.locator('#input\\.deficiencies').fill(deficiency);
      await page.locator('#input\\.measures').fill("Aportar l'acord del Ple en el termini indicat.");
      await page.locator('#input\\.deadline').fill(dayFromToday(20));
      await page.locator('#open-revocation button[type="submit"]').click();
      await status('REVOCATION_OPEN');
    };
    const endRevocation = async (action: string, form: string, reasons: string) => {
      await page.getByRole('button', { name: action }).click();
      await refusedAt(page, form, ['reasons', 'competentBody'], `the form "${action}"`);
      await page.locator('#input\\.reasons').fill(reasons);
      await page.locator('#input\\.competentBody').fill(COMPETENT_BODY);
      await page.locator(`#${form} button[type="submit"]`).click();
    };
    try {
      await openFile(page, application, 'GRANTED');

      // A diagnosis without measures and with a deadline already past: both errors next to their fields, nothing opened.
      await page.getByRole('button', { name: 'Obre una revocació' }).click();
      await assertNoAxeViolations(page, 'the revocation form');
      await page.locator('#input\\.deficiencies').fill("No s'ha aportat l'acord del Ple.");
      await page.locator('#input\\.deadline').fill(dayFromToday(-1));
      await refusedAt(page, 'open-revocation', ['measures', 'deadline'], 'the revocation form');
      assert.deepEqual((await fileViaApi(application.id)).revocations, []);
      await page.getByRole('button', { name: 'Cancel·la' }).click();

      await openRevocation("No s'ha aportat l'acord del Ple.");
      await page.locator('[data-section="revocations"]', { hasText: 'Oberta' }).waitFor();
      await assertNoAxeViolations(page, 'the file with a revocation open');

      await endRevocation('Tanca la revocació sense revocar', 'close-revocation', "L'Ajuntament ha aportat l'acord del Ple.");
      await status('GRANTED');
      const closed = await fileViaApi(application.id);
      assert.deepEqual(closed.revocations.map((revocation: any) => revocation.open), [false]);
      await page.locator('[data-section="revocations"]', { hasText: closed.revocations[0].outcomeLabel }).waitFor();

      await openRevocation("No s'ha executat l'encàrrec en el termini pactat.");
      // Revoking needs the entity heard: it answers the diagnosis through the API.
      await allege(application.id);
      await endRevocation('Revoca l’atorgament', 'revoke-grant', "L'Ajuntament no ha corregit les deficiències en el termini.");
      await status('REVOKED');
      const revoked = await fileViaApi(application.id);
      assert.equal(revoked.status, 'REVOKED');
      assert.deepEqual(revoked.revocations.map((revocation: any) => revocation.open), [false, false]);
      const outcomes = await page.locator('[data-section="revocations"] tbody tr td:last-child').allTextContents();
      assert.deepEqual(outcomes, revoked.revocations.map((revocation: any) => revocation.outcomeLabel), 'each revocation with its outcome');
      await page.getByText('Fet: Revoca l’atorgament.').waitFor();
      assert.equal(await page.locator('[data-action]').count(), 0, 'nothing more to do on a revoked grant');
      await assertNoAxeViolations(page, 'the revoked application file');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });
});
