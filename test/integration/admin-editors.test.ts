import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { samplePdf } from '../support/file-samples';
import { startTestService, TestService } from '../support/test-service';
import {
  AdminPage, assertNoAxeViolations, chromiumSkip, focusedId, launchChromium, openAdmin, pressTabUntil, signInWithDevelopmentForm,
} from '../support/admin-browser';

/**
 * The editors' screens of the back office (issue 14), in headless Chromium against the real
 * service: the list, the form with the four languages side by side, the publication check,
 * publishing, a conflict between two editors, documents, history and restore, axe on every
 * screen, and the whole edit flow with the keyboard alone.
 */
const EDITOR = { nif: '12345678Z', name: 'Maria Puig Soler', roles: ['editor:diba'] };
const SECOND_EDITOR = { nif: '87654321X', name: 'Jordi Vila Roca', roles: ['editor:diba'] };

describe('the editors\' screens', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let editorHeaders: Record<string, string>;
  let unitCode: string;

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    browser = await launchChromium();
    editorHeaders = await api.as({ nif: EDITOR.nif, name: EDITOR.name, roles: EDITOR.roles });
    const units = await api.graphql('{ provider(slug: "diba") { units { code } } }');
    unitCode = units.body.data.provider.units[0].code;
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A draft that lacks only its Spanish translation: publishable, with one warning. */
  async function createDraft(code: string, catalanTitle: string): Promise<void> {
    const created = await api.graphql(`mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field message } } }`, {
      input: {
        provider: 'diba', code,
        content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' }, unitCode,
          translations: [
            { locale: 'CA', title: catalanTitle, summary: 'Resum en català.', description: 'Descripció en català.' },
            { locale: 'EN', title: `${catalanTitle} (EN)`, summary: 'Summary.', description: 'Description.' },
            { locale: 'OC', title: `${catalanTitle} (OC)`, summary: 'Resum en aranés.', description: 'Descripcion en aranés.' },
          ],
        },
      },
    }, editorHeaders);
    assert.deepEqual(created.body.data.createResource.userErrors, [], JSON.stringify(created.body));
  }

  const signedIn = async (person: typeof EDITOR): Promise<AdminPage> => {
    const admin = await openAdmin(browser, api.url);
    await signInWithDevelopmentForm(admin.page, person);
    return admin;
  };
  const checkText = (page: Page) => page.locator('.check').textContent();
  /** From any screen: the provider's list, drafts matching `search`, then the fitxa's form. */
  const openDraft = async (page: Page, search: string, title: string) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Fitxes de Diputació de Barcelona' }).click();
    await page.locator('#list-status').selectOption('DRAFT');
    await page.locator('#list-search').fill(search);
    await page.getByRole('button', { name: 'Filtra' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.locator('[data-screen="resource-edit"]').waitFor();
  };

  it('an editor finds a draft, fills in the Spanish translation, sees the check turn clean, publishes, and the API serves the Spanish title', async () => {
    await createDraft('ADMIN-E2E-1', 'Assessorament en contractació pública');
    const admin = await signedIn(EDITOR);
    const { page } = admin;
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'Fitxes de Diputació de Barcelona' }).click();
      await page.locator('[data-screen="resource-list"]').waitFor();
      await page.locator('#list-search').fill('contractació pública');
      await page.locator('#list-status').selectOption('DRAFT');
      await page.getByRole('button', { name: 'Filtra' }).click();
      const link = page.getByRole('link', { name: 'Assessorament en contractació pública' });
      await link.waitFor();
      assert.match(await page.locator('tbody').textContent() ?? '', /ADMIN-E2E-1.*Esborrany/s);
      await assertNoAxeViolations(page, 'the list of fitxes');

      await link.click();
      await page.locator('[data-screen="resource-edit"]').waitFor();
      await page.locator('.check').waitFor();
      assert.equal(await checkText(page), 'Es pot publicar, amb avisos.');
      assert.equal(await page.locator('.check__warnings').textContent(), 'Castellà: Falta aquesta traducció: els lectors d\'aquesta llengua veuran el text en català.');
      // The missing language is marked next to each field that has Catalan text.
      assert.match(await page.locator('.translation-status').textContent() ?? '', /Castellà: falta la traducció/);
      assert.ok(await page.locator('#input\\.content\\.translations\\.ES\\.title--hint .missing-translation').count() === 1);
      await assertNoAxeViolations(page, 'the fitxa form');

      await page.locator('#input\\.content\\.translations\\.ES\\.title').fill('Asesoramiento en contratación pública');
      await page.locator('#input\\.content\\.translations\\.ES\\.summary').fill('Resumen en castellano.');
      await page.locator('#input\\.content\\.translations\\.ES\\.description').fill('Descripción en castellano.');
      assert.match(await page.locator('.notice').first().textContent() ?? '', /Deseu els canvis abans de publicar/);
      await page.getByRole('button', { name: 'Desa', exact: true }).click();
      await page.locator('.status', { hasText: 'Desat: versió 2.' }).waitFor();
      await page.locator('.check--ok', { hasText: 'Es pot publicar: cap error ni avís.' }).waitFor();
      assert.equal(await page.locator('.check__warnings').count(), 0);
      await assertNoAxeViolations(page, 'the fitxa form with a clean check');

      await page.getByRole('button', { name: 'Publica', exact: true }).click();
      await page.locator('.status', { hasText: 'Fet: Publicat.' }).waitFor();

      const published = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-1") { title locale status } }', {}, { 'accept-language': 'es' });
      assert.deepEqual(published.body.data.resource, { title: 'Asesoramiento en contratación pública', locale: 'ES', status: 'PUBLISHED' });
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('two editors edit the same fitxa: the second sees the conflict with both versions and chooses, nothing is overwritten silently', async () => {
    await createDraft('ADMIN-E2E-2', 'Suport a la transformació digital');
    const first = await signedIn(EDITOR);
    const second = await signedIn(SECOND_EDITOR);
    try {
      for (const { page } of [first, second]) {
        await openDraft(page, 'transformació digital', 'Suport a la transformació digital');
        await page.locator('#input\\.content\\.translations\\.CA\\.title').waitFor();
      }
      await first.page.locator('#input\\.content\\.translations\\.CA\\.title').fill('Suport a la transformació digital dels ajuntaments');
      await first.page.getByRole('button', { name: 'Desa', exact: true }).click();
      await first.page.locator('.status', { hasText: 'Desat: versió 2.' }).waitFor();

      const secondPage = second.page;
      await secondPage.locator('#input\\.content\\.translations\\.CA\\.summary').fill('Un resum del segon editor.');
      await secondPage.getByRole('button', { name: 'Desa', exact: true }).click();
      const conflict = secondPage.locator('[data-screen="conflict"]');
      await conflict.waitFor();
      const text = await conflict.textContent() ?? '';
      assert.match(text, /Un altre editor ha desat aquesta fitxa/);
      assert.match(text, /Maria Puig Soler ha desat la versió 2/);
      // Both versions, field by field: the title the first editor saved and the summary the second typed.
      const rows = await conflict.locator('tbody tr').allTextContents();
      assert.ok(rows.some((row) => row.includes('Títol · Català') && row.includes('Suport a la transformació digital') && row.includes('dels ajuntaments')), rows.join('\n'));
      assert.ok(rows.some((row) => row.includes('Resum · Català') && row.includes('Un resum del segon editor.') && row.includes('Resum en català.')), rows.join('\n'));
      // Nothing of the second editor's was saved yet.
      const meanwhile = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-2", preview: true) { version summary } }', {}, editorHeaders);
      assert.deepEqual(meanwhile.body.data.resource, { version: 2, summary: 'Resum en català.' });
      await assertNoAxeViolations(secondPage, 'the fitxa form with a conflict');

      await secondPage.getByRole('button', { name: 'Desa la meva versió sobre la 2' }).click();
      await secondPage.locator('.status', { hasText: 'Desat: versió 3.' }).waitFor();
      assert.equal(await conflict.count(), 0);
      const after = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-2", preview: true) { version title summary } }', {}, editorHeaders);
      assert.deepEqual(after.body.data.resource, { version: 3, title: 'Suport a la transformació digital', summary: 'Un resum del segon editor.' });
      assert.deepEqual([...first.cspViolations, ...second.cspViolations], []);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('creates a fitxa, uploads a condition document, sees the history field by field and restores an earlier version', async () => {
    const admin = await signedIn(EDITOR);
    const { page } = admin;
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'Fitxes de Diputació de Barcelona' }).click();
      await page.getByRole('link', { name: 'Nova fitxa' }).click();
      await page.locator('[data-screen="resource-create"]').waitFor();
      await assertNoAxeViolations(page, 'the new fitxa form');
      // A refused code: the error is next to its field, in the person's language.
      await page.locator('#input\\.code').fill('no vàlid!');
      await page.locator('#input\\.content\\.translations\\.CA\\.title').fill('Préstec de material per a activitats');
      await page.getByRole('button', { name: 'Crea la fitxa' }).click();
      await page.locator('#input\\.code--error').waitFor();
      assert.equal(await page.locator('#input\\.code').getAttribute('aria-invalid'), 'true');
      await assertNoAxeViolations(page, 'the new fitxa form with an error');
      await page.locator('#input\\.code').fill('ADMIN-E2E-3');
      await page.getByRole('button', { name: 'Crea la fitxa' }).click();
      await page.locator('[data-screen="resource-edit"]').waitFor();

      // A condition document: add it, upload its file (the upload shows its progress), save.
      await page.getByRole('button', { name: 'Afegeix: Document' }).click();
      await page.locator('#input\\.content\\.documents\\.0\\.code').fill('CONDICIONS');
      await page.locator('#input\\.content\\.documents\\.0\\.title\\.CA').fill('Condicions de la prestació');
      await page.locator('#input\\.content\\.documents\\.0\\.fileId').setInputFiles({ name: 'condicions.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
      await page.locator('.status', { hasText: 'condicions.pdf s\'ha pujat' }).waitFor();
      await page.getByRole('button', { name: 'Desa', exact: true }).click();
      await page.locator('.status', { hasText: 'Desat: versió 2.' }).waitFor();
      const saved = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-3", preview: true) { content { documents { code fileId sha256 mediaType } } } }', {}, editorHeaders);
      const [document] = saved.body.data.resource.content.documents;
      assert.equal(document.code, 'CONDICIONS');
      assert.match(document.sha256, /^[0-9a-f]{64}$/);
      assert.equal(document.mediaType, 'application/pdf');

      await page.locator('#input\\.content\\.translations\\.CA\\.title').fill('Préstec de material per a activitats culturals');
      await page.getByRole('button', { name: 'Desa', exact: true }).click();
      await page.locator('.status', { hasText: 'Desat: versió 3.' }).waitFor();

      await page.getByRole('link', { name: 'Historial de versions' }).click();
      await page.locator('[data-screen="resource-history"]').waitFor();
      const history = await page.locator('.revisions').textContent() ?? '';
      assert.match(history, /Versió 3/);
      assert.match(history, /Préstec de material per a activitats culturals/);
      await assertNoAxeViolations(page, 'the history');
      await page.getByRole('button', { name: 'Restaura la versió 2' }).click();
      await page.locator('.status', { hasText: 'La versió 2 torna a ser l’esborrany.' }).waitFor();
      const restored = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-3", preview: true) { title version } }', {}, editorHeaders);
      assert.equal(restored.body.data.resource.title, 'Préstec de material per a activitats');
      assert.deepEqual(admin.cspViolations, []);
    } finally {
      await admin.close();
    }
  });

  it('an editor schedules the publication, still sees the schedule after reloading the page, and cancels it', async () => {
    await createDraft('ADMIN-E2E-5', 'Programació de tallers de lectura');
    const admin = await signedIn(EDITOR);
    const { page } = admin;
    const pending = page.locator('.schedule__pending li');
    const readSchedule = async () => (await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-5", preview: true) { publicationSchedule { action dueAt } } }', {}, editorHeaders))
      .body.data.resource.publicationSchedule;
    try {
      await openDraft(page, 'tallers de lectura', 'Programació de tallers de lectura');
      await pending.first().waitFor();
      assert.deepEqual(await pending.allTextContents(), ['No hi ha res programat.']);
      assert.equal(await page.getByRole('button', { name: 'Cancel·la la programació' }).count(), 0);

      // The service's clock is at 2026-11-23; the browser reads the instants in its own time zone.
      const typed = ['2026-12-01T09:00', '2027-01-15T18:30'];
      await page.locator('#input\\.publishAt').fill(typed[0]);
      await page.locator('#input\\.unpublishAt').fill(typed[1]);
      await page.getByRole('button', { name: 'Programa', exact: true }).click();
      await page.locator('.status', { hasText: 'Programació desada.' }).waitFor();
      const instants = await page.evaluate<string[]>(`${JSON.stringify(typed)}.map((value) => new Date(value).toISOString())`);
      const local = await page.evaluate<string[]>(`${JSON.stringify(typed)}.map((value) => new Date(value).toLocaleString('ca'))`);
      const shown = [`Es publicarà el ${local[0]}.`, `Es despublicarà el ${local[1]}.`];
      assert.deepEqual(await readSchedule(), [{ action: 'PUBLISH', dueAt: instants[0] }, { action: 'UNPUBLISH', dueAt: instants[1] }]);
      assert.deepEqual(await pending.allTextContents(), shown);
      await assertNoAxeViolations(page, 'the fitxa form with a pending schedule');

      // A reload forgets every state of the page, the session too (it is kept in memory only):
      // what the panel shows after signing in again comes from Resource.publicationSchedule.
      await page.reload();
      await signInWithDevelopmentForm(page, EDITOR, 'resource-edit');
      await page.locator('.schedule__pending li', { hasText: 'Es publicarà' }).waitFor();
      assert.deepEqual(await pending.allTextContents(), shown);

      await page.getByRole('button', { name: 'Cancel·la la programació' }).click();
      await page.locator('.status', { hasText: 'Programació cancel·lada.' }).waitFor();
      assert.deepEqual(await pending.allTextContents(), ['No hi ha res programat.']);
      assert.deepEqual(await readSchedule(), []);
      // The button went away with the schedule; the focus goes to the next thing to do, not to the page.
      assert.equal(await focusedId(page), 'input.publishAt');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });

  it('the whole edit flow works with the keyboard alone: sign in, find the draft, translate, save, publish', async () => {
    await createDraft('ADMIN-E2E-4', 'Cessió d’equipament per a esdeveniments');
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    const tabTo = (pattern: RegExp, max?: number) => pressTabUntil(page, pattern, max);
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await tabTo(/^INPUT: NIF de la persona/);
      await page.keyboard.type(EDITOR.nif);
      await tabTo(/^INPUT: Nom i cognoms/);
      await page.keyboard.type(EDITOR.name);
      await tabTo(/^TEXTAREA: Rols/);
      await page.keyboard.type('editor:diba');
      await tabTo(/^BUTTON: Inicia la sessió/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="home"]').waitFor();

      await tabTo(/^A: Fitxes de Diputació de Barcelona/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="resource-list"]').waitFor();
      await tabTo(/^INPUT: Cerca/);
      await page.keyboard.type('esdeveniments');
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Cessió d’equipament per a esdeveniments' }).waitFor();
      await tabTo(/^A: Cessió d’equipament per a esdeveniments/);
      await page.keyboard.press('Enter');
      await page.locator('[data-screen="resource-edit"]').waitFor();
      await page.locator('.check').waitFor();

      for (const [field, text] of [['title', 'Cesión de equipamiento para eventos'], ['summary', 'Resumen.'], ['description', 'Descripción.']]) {
        await tabTo(new RegExp(`^(INPUT|TEXTAREA): Castellà$`), 400);
        assert.equal(await page.evaluate<string>('document.activeElement.id'), `input.content.translations.ES.${field}`);
        await page.keyboard.type(text);
      }
      await tabTo(/^BUTTON: Desa$/, 600);
      await page.keyboard.press('Enter');
      await page.locator('.status', { hasText: 'Desat: versió 2.' }).waitFor();
      await page.locator('.check--ok').waitFor();
      await tabTo(/^BUTTON: Publica$/, 800);
      await page.keyboard.press('Space');
      await page.locator('.status', { hasText: 'Fet: Publicat.' }).waitFor();

      const published = await api.graphql('{ resource(provider: "diba", code: "ADMIN-E2E-4") { title status } }', {}, { 'accept-language': 'es' });
      assert.deepEqual(published.body.data.resource, { title: 'Cesión de equipamiento para eventos', status: 'PUBLISHED' });
      assert.deepEqual(admin.cspViolations, []);
    } finally {
      await admin.close();
    }
  });
});
