// Screenshots of the back office's main screens for the README (docs/screenshots/*.png), taken
// with playwright-core and Debian's Chromium from a running service with its demo data:
//   npm start            # in another terminal (or any service outside production)
//   npm run admin:screenshots [-- http://localhost:4000]
// It signs in with the development form as an editor of the Diputació de Barcelona and changes
// nothing but one draft's Spanish title (typed, never saved); then as a reviewer of the Diputació de
// Lleida for the queue, an application's file and the delays; then as an admin of the Diputació de
// Barcelona for an area's form and the holidays (nothing saved). The demo data (seeds/) has fitxes but no
// application, so when Lleida has none submitted the script makes one through the API as a front
// end would (see submittedApplication below): the only thing it writes, once per database.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.argv[2] ?? process.env.ADMIN_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const out = path.join(root, 'docs', 'screenshots');
// Where the service keeps its development CA (the one `npm run sign` signs with), as the service reads DATA_DIR.
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
mkdirSync(out, { recursive: true });

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const REVIEWER = { nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  let context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ca-ES', deviceScaleFactor: 1 });
  let page = await context.newPage();
  /** Closes the page's context and opens a new one: another person, no session of the previous. */
  const freshPage = async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ca-ES', deviceScaleFactor: 1 });
    page = await context.newPage();
  };
  const shot = async (name, options = {}) => {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(out, `${name}.png`), ...options });
    console.log(`docs/screenshots/${name}.png`);
  };

  /** Fills the development sign-in form (on a fresh page) with a person and their roles. */
  const fillSignIn = async (person) => {
    await page.goto(`${base}/admin/`);
    await page.locator('[data-screen="sign-in"]').waitFor();
    await page.locator('#dev-nif').fill(person.nif);
    await page.locator('#dev-name').fill(person.name);
    await page.locator('#dev-roles').fill(person.roles.join('\n'));
  };
  const signIn = async () => {
    await page.locator('#dev-sign-in-form button[type="submit"]').click();
    await page.locator('[data-screen="home"]').waitFor();
  };

  await fillSignIn({ nif: '12345678Z', name: 'Maria Puig Soler', roles: ['editor:diba', 'reviewer:diba'] });
  await shot('sign-in');
  await signIn();
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

  // The reviewers' screens, as a reviewer of the Diputació de Lleida, on an application of the Ajuntament de Lleida.
  const application = await submittedApplication();
  // A fresh browser context: signing out would bring the reviewer back to the editor's last screen.
  await freshPage();
  await fillSignIn(REVIEWER);
  await signIn();
  await page.locator('main').getByRole('link', { name: 'Sol·licituds de Diputació de Lleida per revisar' }).click();
  await page.locator('[data-screen="review-queue"] tbody tr').first().waitFor();
  await shot('review-queue');
  await page.getByRole('link', { name: `Obre l’expedient de ${application.registryNumber}` }).click();
  await page.locator('[data-screen="review-file"] [data-section="registry"] tbody tr').first().waitFor();
  await shot('review-file', { fullPage: true });
  await page.getByRole('link', { name: 'Torna a la cua' }).click();
  await page.getByRole('link', { name: 'Retards per comunicar' }).click();
  await page.locator('[data-screen="review-delays"] [data-section="delays-communicated"] .status:not(:empty)').waitFor();
  await shot('review-delays');

  // An admin's screen: the first area of the provider in its form (names side by side, the missing
  // translations marked); opened and shot, never saved.
  await freshPage();
  await fillSignIn({ nif: '12345678Z', name: 'Núria Ferrer Vidal', roles: ['admin:diba'] });
  await signIn();
  await page.getByRole('navigation').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
  await page.getByRole('link', { name: 'Àrees', exact: true }).click();
  await page.locator('[data-screen="settings-taxonomy"] tbody tr a').first().click();
  await page.locator('[data-screen="settings-taxonomy-form"] form').waitFor();
  await shot('taxonomy-area');

  // The holidays of Barcelona (the seat) this year, chosen by INE code; nothing is saved.
  await page.getByRole('navigation').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
  await page.getByRole('link', { name: 'Festius per any i municipi' }).click();
  await page.locator('#place\\.search').fill('08019');
  await page.locator('#holiday-place-form button[type="submit"]').click();
  await page.locator('[data-place="08019"]').waitFor();
  await page.locator('#holiday-list-form').waitFor();
  // The place chosen, then the holidays that count with their scope, and the start of the list to edit.
  await page.evaluate(`document.querySelector('[data-place]').scrollIntoView()`);
  await shot('holidays');
  await context.close();
} finally {
  await browser.close();
}

/**
 * A submitted application of the Ajuntament de Lleida to its Diputació's encàrrec de gestió
 * (NNTT-EG), the first one the Lleida queue lists; made through the API when there is none, as a
 * front end would: a development token for Maria Puig representing the Ajuntament (POST
 * /admin/dev-token, what `npm run token` mints), the application's steps, its signing payload
 * signed with the service's development CA by `npm run sign`'s program (dist/src/signature/sign-cli.js,
 * so the service must run on this machine with this DATA_DIR), and submitApplication.
 */
async function submittedApplication() {
  const reviewer = await token(REVIEWER);
  const queued = await graphql(reviewer, `{ applications(filter: { provider: ["diputacio-lleida"], status: [SUBMITTED] },
    orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }, first: 1) { nodes { id registryNumber } } }`);
  if (queued.applications.nodes.length) return queued.applications.nodes[0];

  const maria = await token({ nif: '12345678Z', name: 'Maria Puig Soler', represents: LLEIDA });
  const { resource } = await graphql(maria, `{ resource(provider: "diputacio-lleida", code: "NNTT-EG") {
    id documents { id sha256 mustAccept } serviceOptions { code recommended } } }`);
  const { localEntities } = await graphql(maria, `query($nif: String!) { localEntities(filter: { nif: $nif }, first: 1) { nodes { id } } }`, { nif: LLEIDA.nif });
  const step = async (name, inputType, input) => {
    const data = await graphql(maria, `mutation($input: ${inputType}!) { ${name}(input: $input) { application { id } userErrors { code field message } } }`, { input });
    if (data[name].userErrors.length) throw new Error(`${name}: ${JSON.stringify(data[name].userErrors)}`);
    return data[name].application;
  };
  const { id } = await step('startApplication', 'StartApplicationInput', { resourceId: resource.id, localEntityId: localEntities.nodes[0].id });
  await step('updateApplicantDetails', 'UpdateApplicantDetailsInput', { applicationId: id, name: 'Maria Puig Soler', nif: '12345678Z', position: 'Alcaldessa', email: 'alcaldia@paeria.cat' });
  const recommended = resource.serviceOptions.filter((option) => option.recommended);
  await step('selectServices', 'SelectServicesInput', { applicationId: id, serviceCodes: (recommended.length ? recommended : resource.serviceOptions.slice(0, 1)).map((option) => option.code) });
  await step('setAgreementDate', 'SetAgreementDateInput', { applicationId: id, date: new Date().toISOString().slice(0, 10) });
  await step('acceptConditions', 'AcceptConditionsInput', {
    applicationId: id, documents: resource.documents.filter((doc) => doc.mustAccept).map((doc) => ({ documentId: doc.id, sha256: doc.sha256 })),
  });
  const { application } = await graphql(maria, 'query($id: ID!) { application(id: $id) { missingSteps { step } signingPayload { canonicalJson } } }', { id });
  if (application.missingSteps.length) throw new Error(`NNTT-EG asks for more steps than this script takes: ${JSON.stringify(application.missingSteps)}`);
  const signed = spawnSync(process.execPath, [path.join(root, 'dist', 'src', 'signature', 'sign-cli.js'), '--nif', '12345678Z', '--name', 'Maria Puig Soler',
    '--represents', LLEIDA.nif, '--entity-name', LLEIDA.name, '--data-dir', dataDir], { input: application.signingPayload.canonicalJson, encoding: 'utf8' });
  if (signed.status !== 0) throw new Error(`signing failed (is the service running here, with DATA_DIR=${dataDir}?): ${signed.stderr}`);
  const submitted = await graphql(maria, `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
    receipt { registryNumber } userErrors { code field message } } }`, { input: { applicationId: id, signature: signed.stdout.trim(), idempotencyKey: `admin-screenshots-${Date.now()}` } });
  if (submitted.submitApplication.userErrors.length) throw new Error(`submitApplication: ${JSON.stringify(submitted.submitApplication.userErrors)}`);
  console.log(`Submitted ${submitted.submitApplication.receipt.registryNumber} for the reviewers' screenshots`);
  return { id, registryNumber: submitted.submitApplication.receipt.registryNumber };
}

/** A development token, as the back office's development sign-in gets it. */
async function token(person) {
  const response = await fetch(`${base}/admin/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) });
  const body = await response.json();
  if (!response.ok) throw new Error(`dev-token: ${JSON.stringify(body)}`);
  return body.token;
}

async function graphql(bearer, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ca', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
