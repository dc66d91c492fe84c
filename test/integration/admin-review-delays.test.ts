import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertNoAxeViolations, chromiumSkip, focusedId, launchChromium, openAdmin, signInWithDevelopmentForm } from '../support/admin-browser';
import { applicationClient } from '../support/application-client';
import { LLEIDA, MARIA, submittedWithDevelopmentCa } from '../support/submitted-application';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
const REVIEWER = { nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] };
const EDITOR = { nif: '33333333P', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The delay tasks in the back office (issue 13, art. 21 LPACAP): two applications to a Lleida fitxa
 * whose commitments are "never more than 3 months" and "communicate the causes within 5 business
 * days" are left undecided; 100 days later the delay job has written a task for each. A reviewer
 * finds them from the queue, pending first with their due date and state as the API gives them,
 * sends an empty form (each error next to its field), then the causes and measures; the task moves
 * to the communicated ones with its outgoing registry number and the sealed letter. Axe on each screen.
 */
describe('the back office: communicating a delayed decision', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let client: ReturnType<typeof applicationClient>;
  let maria: Headers;
  let reviewer: Headers;

  before(async () => {
    // Real time first (the development certificates are issued valid from now), then 100 days on.
    api = await startTestService({ now: new Date().toISOString(), env: { RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    reviewer = await api.as(REVIEWER);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A Lleida fitxa resolved within 3 months at most, whose delays are communicated within 5 business days. */
  async function publishedResource(): Promise<string> {
    return client.publishResource('diputacio-lleida', 'RETARD-ADMIN', {
      kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' },
      translations: [{ locale: 'CA', title: 'Assistència amb retard', summary: 'Resum', description: 'Descripció' }],
      qualityCommitments: [
        { indicator: 'DECISION_WITHIN_TERM', text: [{ locale: 'CA', text: 'Resoldre mai en més de 3 mesos' }], threshold: 55, thresholdUnit: 'BUSINESS_DAYS',
          targetPercent: 50, hardLimitAmount: 3, hardLimitUnit: 'MONTHS' },
        { indicator: 'BREACH_COMMUNICATED_WITHIN_TERM', text: [{ locale: 'CA', text: 'Comunicar les causes en 5 dies hàbils' }], threshold: 5, thresholdUnit: 'BUSINESS_DAYS', targetPercent: 100 },
      ],
    }, await api.as(EDITOR));
  }

  /** Maria applies for the Ajuntament de Lleida and submits, signed with the development CA. */
  async function submitted(resourceId: string, key: string): Promise<{ id: string; registryNumber: string }> {
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const applicationId = started.application.id;
    await client.step('updateApplicantDetails', { applicationId, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    return submittedWithDevelopmentCa(api, maria, { id: applicationId, payload: (await client.application(applicationId, maria)).signingPayload.canonicalJson }, key);
  }

  const delaysViaApi = async (pending: boolean) => (await api.graphql(`query($pending: Boolean) { decisionDelays(provider: "diputacio-lleida", pending: $pending, first: 50) {
    nodes { id communicationDueDate deadlineStateLabel communicatedAt registryNumber application { id } } } }`, { pending }, reviewer)).body.data.decisionDelays.nodes;

  it('a reviewer finds the pending delays from the queue and communicates one, with its errors next to the fields first', async () => {
    const resourceId = await publishedResource();
    const first = await submitted(resourceId, 'admin-delay-submit-1');
    const second = await submitted(resourceId, 'admin-delay-submit-2');
    api.clock.set(new Date(Date.now() + 100 * DAY_MS));
    assert.equal(await api.service.runDecisionDelays(), 2, 'a task for each application past the 3 months');

    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await signInWithDevelopmentForm(page, REVIEWER);
      await page.locator('main').getByRole('link', { name: 'Retards en la resolució per comunicar' }).waitFor();
      await page.locator('main').getByRole('link', { name: 'Sol·licituds de Diputació de Lleida per revisar' }).click();
      await page.locator('[data-screen="review-queue"]').waitFor();
      await page.getByRole('link', { name: 'Retards per comunicar' }).click();

      // The list: the pending tasks first, as the API orders them, each with its due date and state; nothing communicated yet.
      await page.locator('[data-screen="review-delays"]').waitFor();
      const pendingRows = page.locator('[data-table="delays-pending"] tbody tr');
      await pendingRows.nth(1).waitFor();
      const pending = await delaysViaApi(true);
      assert.deepEqual(await pendingRows.evaluateAll((rows: any[]) => rows.map((row) => row.getAttribute('data-application') as string)),
        pending.map((task: any) => task.application.id), 'the pending tasks in the API\'s order');
      for (const task of pending) {
        const text = await page.locator(`[data-table="delays-pending"] tr[data-application="${task.application.id}"]`).textContent() ?? '';
        assert.ok(task.deadlineStateLabel && text.includes(task.deadlineStateLabel), `the state of ${task.application.id}: ${text}`);
      }
      await page.getByText('Encara no s’ha comunicat cap retard.').waitFor();
      await assertNoAxeViolations(page, 'the delay tasks');

      // The form: an empty send is refused, each error next to its field, and nothing is communicated.
      await page.getByRole('link', { name: `Comunica el retard de ${first.registryNumber}` }).click();
      await page.locator('[data-screen="review-delay"]').waitFor();
      await page.locator('h1', { hasText: first.registryNumber }).waitFor();
      await assertNoAxeViolations(page, 'the delay communication form');
      await page.locator('#communicate-delay button[type="submit"]').click();
      await page.locator('#input\\.causes--error').waitFor();
      await page.locator('#input\\.measures--error').waitFor();
      assert.equal(await page.locator('#input\\.causes').getAttribute('aria-invalid'), 'true');
      await page.locator('.error-summary', { hasText: 'Causes del retard: Obligatori.' }).waitFor();
      await assertNoAxeViolations(page, 'the delay communication form with errors');
      assert.equal((await delaysViaApi(false)).length, 0);

      // By keyboard alone: the causes, Tab, the measures, Tab, Envia.
      await page.locator('#input\\.causes').focus();
      await page.keyboard.type('La comissió tècnica no s’ha pogut reunir per manca de quòrum.');
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), 'input.measures');
      await page.keyboard.type('S’ha convocat una sessió extraordinària el mes vinent.');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate<string>('document.activeElement?.textContent ?? ""'), 'Envia');
      await page.keyboard.press('Enter');
      const communicated = page.locator('[data-communicated]');
      await communicated.waitFor({ timeout: 60_000 });
      const [task] = await delaysViaApi(false);
      assert.equal(task.application.id, first.id);
      assert.ok(task.communicatedAt && task.registryNumber, 'communicated and registered outgoing');
      assert.equal(await communicated.getAttribute('data-communicated'), task.registryNumber);
      await page.getByText(`S’ha comunicat el retard (registre de sortida ${task.registryNumber}).`).waitFor();
      const letter = communicated.locator('a.download');
      const [saved] = await Promise.all([page.waitForEvent('download'), letter.click()]);
      assert.equal(readFileSync((await saved.path())!).subarray(0, 5).toString('latin1'), '%PDF-', 'the letter is a PDF');
      await assertNoAxeViolations(page, 'the communicated delay');

      // Back in the list: the other one still pending, this one communicated with its letter's number.
      await page.getByRole('link', { name: 'Torna als retards' }).click();
      await page.locator(`[data-table="delays-communicated"] tr[data-application="${first.id}"]`, { hasText: task.registryNumber }).waitFor();
      assert.deepEqual(await pendingRows.evaluateAll((rows: any[]) => rows.map((row) => row.getAttribute('data-application') as string)), [second.id]);
      await assertNoAxeViolations(page, 'the delay tasks after a communication');

      // The application's file says so too, and links to the task.
      await page.getByRole('link', { name: `Mostra la comunicació del retard de ${first.registryNumber}` }).click();
      await page.getByRole('link', { name: 'Obre l’expedient' }).click();
      await page.locator('[data-screen="review-file"] [data-section="details"]', { hasText: task.registryNumber }).waitFor();
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });
});
