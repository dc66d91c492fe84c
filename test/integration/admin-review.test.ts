import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { entityNifControlCharacter } from '../../src/identity/nif';
import { loadOrIssueDevelopmentSigner, signPayload } from '../../src/signature/development-ca';
import { x509 } from '../../src/signature/x509';
import { assertNoAxeViolations, chromiumSkip, launchChromium, openAdmin, signInWithDevelopmentForm } from '../support/admin-browser';
import { applicationClient } from '../support/application-client';
import { checkPades, pdfsig } from '../support/pades-check';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const REVIEWER = { nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] };
const ADMIN = { nif: '11111111H', name: 'Admin Lleida', roles: ['admin:diputacio-lleida'] };

/**
 * The reviewers' and admins' screens of the back office (issue 14), in headless Chromium against
 * the real service: a reviewer finds a submitted application in the queue, requests corrections,
 * and once the entity has answered (through the API, signed) grants it and downloads the sealed
 * copies, each a PDF sealed by the Diputació de Lleida; an admin imports entity identifiers and
 * reads the report. Every screen passes axe's WCAG 2.1 A/AA rules.
 */
describe('the back office for reviewers and admins', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let client: ReturnType<typeof applicationClient>;
  let maria: Headers;
  let developmentCa: Buffer;

  before(async () => {
    // The providers' seal certificates are made on the spot, valid from now: the service runs on real time.
    // Webhooks to this machine are allowed (no receiver listens: nothing is delivered, the worker is off).
    api = await startTestService({ now: new Date().toISOString(), env: { RESPONSE_CACHE: 'false', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_WORKER: 'false' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    developmentCa = Buffer.from(new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8')).rawData);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  const sign = async (payload: string) => {
    const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...MARIA, represents: LLEIDA });
    return signPayload({ payload, certificateChain: signer.chain, privateKey: signer.privateKey });
  };

  /** The Ajuntament de Lleida applies for the encàrrec de gestió (NNTT-EG) and submits, through the API. */
  async function submittedApplication(key: string): Promise<{ id: string; registryNumber: string }> {
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, [], JSON.stringify(started));
    const applicationId = started.application.id;
    await client.step('updateApplicantDetails', { applicationId, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    await client.step('selectServices', { applicationId, serviceCodes: resource.serviceOptions.map((s: any) => s.code) }, maria);
    await client.step('setAgreementDate', { applicationId, date: '2026-11-01' }, maria);
    const accepted = await client.step('acceptConditions', {
      applicationId, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
    }, maria);
    assert.deepEqual(accepted.application.missingSteps, []);
    const { canonicalJson } = (await client.application(applicationId, maria)).signingPayload;
    const submitted = await client.submit({ applicationId, signature: await sign(canonicalJson), idempotencyKey: key }, maria);
    assert.deepEqual(submitted.userErrors, []);
    return { id: applicationId, registryNumber: submitted.receipt.registryNumber };
  }

  /** The entity opens the request for corrections and answers it, signed (as corrections.test.ts does). */
  async function answerCorrections(applicationId: string) {
    const read = await api.graphql('query($id: ID!) { application(id: $id) { correctionRequests { notification { id } } } }', { id: applicationId }, maria);
    const [request] = read.body.data.application.correctionRequests;
    const opened = await api.graphql('mutation($input: OpenNotificationInput!) { openNotification(input: $input) { userErrors { code } } }',
      { input: { notificationId: request.notification.id } }, maria);
    assert.deepEqual(opened.body.data.openNotification.userErrors, []);
    const statement = "S'aporta el certificat de la secretaria.";
    const content = await api.graphql('query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }',
      { input: { applicationId, subject: 'CORRECTIONS_ANSWER', statement, attachmentIds: [] } }, maria);
    assert.equal(content.body.errors, undefined, JSON.stringify(content.body.errors));
    const answered = await api.graphql(`mutation($input: AnswerCorrectionsInput!) { answerCorrections(input: $input) {
      application { status } userErrors { code field } } }`, {
      input: { applicationId, statement, attachmentIds: [], signature: await sign(content.body.data.signedActContent.canonicalJson), idempotencyKey: 'admin-review-answer-1' },
    }, maria);
    assert.equal(answered.body.errors, undefined, JSON.stringify(answered.body.errors));
    assert.deepEqual(answered.body.data.answerCorrections.userErrors, []);
    assert.equal(answered.body.data.answerCorrections.application.status, 'SUBMITTED');
  }

  /** Sealed by the Diputació de Lleida, valid and unmodified for pkijs and for poppler's pdfsig. */
  async function assertSealedPdf(pdf: Buffer, what: string) {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', `${what} is a PDF`);
    const cms = await checkPades(pdf, developmentCa, new Date());
    assert.equal(cms.problem, undefined, what);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted], [true, true, true], what);
    const report = await pdfsig(pdf);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.signerCommonName], [true, true, 'Diputació de Lleida'], report.output);
  }

  /** Clicks a download link and answers the bytes the browser saved. */
  async function download(page: Page, link: ReturnType<Page['locator']>): Promise<Buffer> {
    const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await saved.path();
    assert.ok(file, `the browser saved ${saved.suggestedFilename()}`);
    return readFileSync(file);
  }

  const statusOf = (page: Page) => page.locator('[data-section="details"] [data-status]').getAttribute('data-status');

  it('a reviewer opens the queue, requests corrections, and after the answer grants and downloads the sealed copies', async () => {
    const application = await submittedApplication('admin-review-submit-1');
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await signInWithDevelopmentForm(page, REVIEWER);
      await page.locator('main').getByRole('link', { name: 'Sol·licituds de Diputació de Lleida per revisar' }).click();

      // The queue: the application, with its due date and deadline state, in the order of the API's queue.
      await page.locator('[data-screen="review-queue"]').waitFor();
      const row = page.locator(`tr[data-application="${application.id}"]`);
      await row.waitFor();
      const viaApi = await api.graphql(`{ applications(filter: { provider: ["diputacio-lleida"], status: [SUBMITTED, CORRECTIONS_REQUESTED, REVOCATION_OPEN] },
        orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }, first: 50) { nodes { id deadlineStateLabel } } }`, {}, await api.as(REVIEWER));
      const shown = await page.locator('table.queue tbody tr').evaluateAll((rows: any[]) => rows.map((row) => row.getAttribute('data-application') as string));
      assert.deepEqual(shown, viaApi.body.data.applications.nodes.map((node: any) => node.id), 'the queue is the API\'s, ordered by resolution due date');
      assert.match(await row.textContent() ?? '', new RegExp(viaApi.body.data.applications.nodes[0].deadlineStateLabel));
      await assertNoAxeViolations(page, 'the reviewers\' queue');
      // The filters: an overdue-only queue is empty today.
      await page.locator('#queue-deadline').selectOption('OVERDUE');
      await page.getByRole('button', { name: 'Aplica els filtres' }).click();
      await page.getByText('No hi ha cap sol·licitud amb aquests filtres.').waitFor();
      await page.locator('#queue-deadline').selectOption('');
      await page.getByRole('button', { name: 'Aplica els filtres' }).click();
      await row.waitFor();

      // The file: details, accepted versions with hashes, registry entries with the signature.
      await row.getByRole('link').click();
      await page.locator('[data-screen="review-file"]').waitFor();
      await page.locator('h1', { hasText: application.registryNumber }).waitFor();
      assert.equal(await statusOf(page), 'SUBMITTED');
      const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
      const accepted = await page.locator('[data-section="accepted"]').textContent() ?? '';
      for (const doc of resource.documents.filter((d: any) => d.mustAccept)) assert.ok(accepted.includes(doc.sha256), `the accepted version of ${doc.code} with its hash`);
      const registry = await page.locator('[data-section="registry"]').textContent() ?? '';
      assert.ok(registry.includes(application.registryNumber) && registry.includes(MARIA.nif), 'the submission entry with its signer');
      assert.match(await page.locator('[data-section="due-dates"]').textContent() ?? '', /Presentació de la sol·licitud/);
      await assertNoAxeViolations(page, 'the application file');

      // Request corrections: a refused term shows its error next to the field, in Catalan; then it is sent.
      await page.getByRole('button', { name: 'Requereix esmena' }).click();
      await page.locator('#input\\.items\\.0\\.text').fill('Cal aportar el certificat de la secretaria.');
      await page.locator('#input\\.termDays').fill('31');
      await page.locator('#request-corrections button[type="submit"]').click();
      await page.locator('#input\\.termDays--error').waitFor();
      assert.equal(await page.locator('#input\\.termDays').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'the request for corrections with an error');
      await page.locator('#input\\.termDays').fill('');
      await page.locator('#request-corrections button[type="submit"]').click();
      await page.locator('[data-section="details"] [data-status="CORRECTIONS_REQUESTED"]').waitFor({ timeout: 30_000 });
      await page.locator('[data-section="corrections"]', { hasText: 'Cal aportar el certificat de la secretaria.' }).waitFor();
      await page.getByText('Fet: Requereix esmena.').waitFor();

      // The entity answers through the API; the reviewer comes back to the file and grants.
      await answerCorrections(application.id);
      await page.getByRole('link', { name: 'Torna a la cua' }).click();
      await row.getByRole('link').click();
      await page.locator('[data-section="details"] [data-status="SUBMITTED"]').waitFor();
      await page.getByRole('button', { name: 'Resol' }).click();
      await page.locator('#input\\.decision').selectOption('GRANT');
      await page.locator('#input\\.reasons').fill("L'Ajuntament compleix els requisits de l'encàrrec.");
      await page.locator('#input\\.competentBody').fill('Presidència de la Diputació de Lleida');
      await assertNoAxeViolations(page, 'the resolution form');
      await page.locator('#resolve button[type="submit"]').click();
      await page.locator('[data-section="details"] [data-status="GRANTED"]').waitFor({ timeout: 60_000 });

      // The sealed copies and the resolution, downloaded through the browser, each sealed and intact.
      const copies = page.locator('[data-section="sealed-copies"] a.download');
      await copies.first().waitFor();
      assert.equal(await copies.count(), 2, 'a sealed copy of each accepted document');
      for (let index = 0; index < 2; index += 1) await assertSealedPdf(await download(page, copies.nth(index)), `sealed copy ${index + 1}`);
      await assertSealedPdf(await download(page, page.locator('[data-section="resolutions"] a.download').first()), 'the resolution');
      await assertNoAxeViolations(page, 'the granted application file');

      // The quality report of the provider's resources, as the API computes it for this quarter.
      await page.locator('.banner__brand a').click();
      await page.locator('main').getByRole('link', { name: 'Informe de qualitat dels recursos' }).click();
      await page.locator('[data-screen="review-quality"]').waitFor();
      await page.getByText(/^Període del /).waitFor();
      const from = await page.locator('#quality-from').inputValue();
      const to = await page.locator('#quality-to').inputValue();
      const quality = await api.graphql(`query($from: Date!, $to: Date!) { provider(slug: "diputacio-lleida") { qualityReport(from: $from, to: $to) {
        commitments { resourceCode } } } }`, { from, to }, await api.as(REVIEWER));
      assert.equal(quality.body.errors, undefined, JSON.stringify(quality.body.errors));
      const commitments = quality.body.data.provider.qualityReport.commitments;
      if (commitments.length) assert.equal(await page.locator('[data-table="quality"] tbody tr').count(), commitments.length, 'a row per commitment of the report');
      else await page.getByText('Cap fitxa publicada té compromisos en aquest període.').waitFor();
      await assertNoAxeViolations(page, 'the quality report');

      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('an admin imports entity identifiers and sees what matched, changed and could not be matched', async () => {
    const nifFor = (ine: string) => `P${ine}99${entityNifControlCharacter(`P${ine}99`)}`;
    const [town] = await client.sql<{ ine_code: string; external_key: string; name: string }>(
      `select ine_code, external_key, name from local_entity where type = 'AJUNTAMENT' and province_code = '25' and nif is null order by ine_code limit 1`);
    const csv = `ine_code,nif,dir3_code\n${town.ine_code},${nifFor(town.ine_code)},L01${town.ine_code}0\n25120,${LLEIDA.nif},\n25999,${nifFor('25999')},\n`;

    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await signInWithDevelopmentForm(page, ADMIN);
      await page.locator('main').getByRole('link', { name: 'Administració de Diputació de Lleida' }).click();
      await page.locator('[data-screen="settings"]').waitFor();
      await assertNoAxeViolations(page, 'the admins\' menu');
      await page.getByRole('link', { name: /Importa identificadors/ }).click();
      await page.locator('[data-screen="settings-entity-identifiers"]').waitFor();
      await assertNoAxeViolations(page, 'the entity identifiers import');

      // A malformed file: the error is next to the CSV field, and nothing is written.
      await page.locator('#input\\.csv').fill('nif\nP2500000A\n');
      await page.locator('#entity-identifiers-form button[type="submit"]').click();
      await page.locator('#input\\.csv--error').waitFor();
      await assertNoAxeViolations(page, 'the entity identifiers import with an error');

      // A dry run first (the default), then the import.
      await page.locator('#input\\.csv').fill(csv);
      await page.locator('#entity-identifiers-form button[type="submit"]').click();
      await page.locator('[data-section="import-report"]').waitFor();
      assert.match(await page.locator('[data-section="import-report"]').textContent() ?? '', /Comprovació: no s’ha desat res\./);
      const [still] = await client.sql('select nif from local_entity where external_key = ?', [town.external_key]);
      assert.equal(still.nif, null, 'the dry run wrote nothing');

      await page.locator('#input\\.dryRun').uncheck();
      await page.locator('#entity-identifiers-form button[type="submit"]').click();
      await page.getByText('S’han desat els canvis.').waitFor();
      const count = (name: string) => page.locator(`[data-count="${name}"]`).textContent();
      assert.deepEqual([await count('lines'), await count('matched'), await count('changed'), await count('unchanged'), await count('unmatched')], ['3', '2', '1', '1', '4']);
      const changed = await page.locator('[data-table="changed"]').textContent() ?? '';
      assert.ok(changed.includes(town.name) && changed.includes(nifFor(town.ine_code)) && changed.includes('NIF, Codi DIR3'), changed);
      const [written] = await client.sql('select nif, dir3_code from local_entity where external_key = ?', [town.external_key]);
      assert.deepEqual(written, { nif: nifFor(town.ine_code), dir3_code: `L01${town.ine_code}0` });
      await assertNoAxeViolations(page, 'the entity identifiers import report');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('an admin creates a webhook and sees its secret once, rotates it and disables the subscription', async () => {
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await signInWithDevelopmentForm(page, ADMIN);
      await page.locator('main').getByRole('link', { name: 'Administració de Diputació de Lleida' }).click();
      await page.locator('main').getByRole('link', { name: 'Webhooks' }).click();
      await page.locator('[data-screen="settings-webhooks"]').waitFor();
      await page.getByText('Encara no hi ha cap subscripció.').waitFor();
      await assertNoAxeViolations(page, 'the webhooks');

      // A malformed address: its error is next to the field, and nothing is created.
      await page.locator('#input\\.url').fill('no és una adreça');
      await page.locator('#input\\.topics').fill('application.*');
      await page.locator('#webhook-form button[type="submit"]').click();
      await page.locator('#input\\.url--error').waitFor();
      await assertNoAxeViolations(page, 'the webhooks with an error');
      const listed = async () => (await api.graphql('{ webhookSubscriptions(provider: "diputacio-lleida") { id url enabled } }', {}, await api.as(ADMIN))).body.data.webhookSubscriptions;
      assert.deepEqual(await listed(), []);

      await page.locator('#input\\.url').fill('http://127.0.0.1:9/hook');
      await page.locator('#input\\.description').fill('Gestor d’expedients');
      await page.locator('#webhook-form button[type="submit"]').click();
      const secret = page.locator('[data-secret-value]');
      await secret.waitFor();
      const first = await secret.textContent() ?? '';
      assert.match(first, /^whsec_/);
      const [subscription] = await listed();
      assert.deepEqual([subscription.url, subscription.enabled], ['http://127.0.0.1:9/hook', true]);
      await assertNoAxeViolations(page, 'the webhooks with a new secret');

      await page.getByRole('button', { name: 'Canvia el secret de http://127.0.0.1:9/hook' }).click();
      await page.getByText('S’ha canviat el secret.').waitFor();
      const rotated = await secret.textContent() ?? '';
      assert.match(rotated, /^whsec_/);
      assert.notEqual(rotated, first, 'a new secret, shown once');
      await page.getByText(/El secret anterior signa fins al/).waitFor();

      await page.getByRole('button', { name: 'Desactiva http://127.0.0.1:9/hook' }).click();
      await page.getByText('S’ha desactivat la subscripció.').waitFor();
      assert.equal(await secret.count(), 0, 'the secret is gone from the page');
      assert.deepEqual((await listed()).map((entry: any) => entry.enabled), [false]);
      await page.getByText('Cap enviament.').waitFor();
      await assertNoAxeViolations(page, 'the webhooks after disabling');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });
});
