import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';
import { assertNoAxeViolations, chromiumSkip, focused, focusedId, launchChromium, openAdmin, signInWithDevelopmentForm } from '../support/admin-browser';

/**
 * The back office's foundation: served at /admin with its security headers, it runs under them in
 * headless Chromium without a single CSP violation, signs in with the development form, speaks
 * Catalan, Spanish and English (and says so to the API), and passes axe's WCAG 2.1 A/AA rules.
 */
describe('the back office at /admin', () => {
  let api: TestService;
  let browser: Browser | undefined;

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
  });
  after(async () => {
    await browser?.close();
    await api?.close();
  });

  it('serves the app with a strict Content-Security-Policy and the other security headers', async () => {
    const response = await fetch(`${api.url}/admin/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('cache-control'), 'no-cache', 'a new build is seen at once');
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    assert.equal(directives['default-src'], "'self'");
    assert.equal(directives['script-src'], "'self'");
    assert.equal(directives['style-src'], "'self'");
    assert.equal(directives['connect-src'], "'self'", 'without OIDC configured the app talks to this service only');
    assert.equal(directives['frame-ancestors'], "'none'");
    assert.equal(directives['base-uri'], "'self'");
    assert.equal(directives['form-action'], "'self'");
    assert.equal(directives['object-src'], "'none'");
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style|style=/, 'no inline style');

    // Hashed assets are kept a year; a client route gets the app; a missing file is a 404.
    const asset = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset, 'the page loads its script from /admin/assets');
    const script = await fetch(`${api.url}${asset}`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.ok(script.headers.get('content-security-policy'), 'every /admin answer carries the headers');
    const route = await fetch(`${api.url}/admin/diba/fitxes/111219`);
    assert.equal(route.status, 200);
    assert.equal(await route.text(), html);
    assert.equal((await fetch(`${api.url}/admin/assets/missing-abc123.js`)).status, 404);
    // The API itself is not given the back office's CSP.
    assert.equal((await fetch(`${api.url}/healthz`)).headers.get('content-security-policy'), null);
  });

  it('tells the app how to sign in, and mints development tokens the API accepts', async () => {
    const config = await (await fetch(`${api.url}/admin/config.json`)).json();
    assert.deepEqual(config, { oidc: null, developmentSignIn: true });

    const mint = (body: unknown) => fetch(`${api.url}/admin/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const minted = await mint({ nif: '12345678Z', name: 'Maria Puig Soler', roles: ['editor:diba', 'reviewer:diputacio-lleida'] });
    assert.equal(minted.status, 200);
    assert.equal(minted.headers.get('cache-control'), 'no-store');
    const { token, expiresIn } = await minted.json() as { token: string; expiresIn: number };
    assert.equal(expiresIn, 8 * 3600);
    const viewer = await api.graphql('{ viewer { name nif roles { role provider { slug } } } }', {}, { authorization: `Bearer ${token}` });
    assert.deepEqual(viewer.body.data.viewer, {
      name: 'Maria Puig Soler', nif: '12345678Z',
      roles: [{ role: 'EDITOR', provider: { slug: 'diba' } }, { role: 'REVIEWER', provider: { slug: 'diputacio-lleida' } }],
    });

    // Refusals name the field, and mint nothing.
    for (const [body, field] of [
      [{ nif: '12345678A', name: 'Maria' }, 'nif'],
      [{ nif: '12345678Z', name: '' }, 'name'],
      [{ nif: '12345678Z', name: 'Maria', roles: ['boss:diba'] }, 'roles'],
      [{ nif: '12345678Z', name: 'Maria', represents: { nif: 'nope', name: 'Ajuntament' } }, 'represents.nif'],
    ] as const) {
      const refused = await mint(body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      const answer = await refused.json() as { token?: string; errors: { extensions: { code: string; field: string } }[] };
      assert.equal(answer.token, undefined);
      assert.deepEqual(answer.errors[0].extensions, { code: 'BAD_USER_INPUT', field }, JSON.stringify(body));
    }
  });

  describe('in Chromium', { skip: chromiumSkip }, () => {
    before(async () => {
      browser = await launchChromium();
    });

    it('runs under its CSP, signs in with the development form, and every page passes axe (WCAG 2.1 A/AA)', async () => {
      const admin = await openAdmin(browser!, api.url);
      try {
        const { page } = admin;
        await page.locator('[data-screen="sign-in"]').waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'ca');
        assert.equal(await page.locator('h1').textContent(), 'Inicia la sessió');
        await assertNoAxeViolations(page, 'the sign-in screen');

        // A refused sign-in shows the error next to its field, announced.
        await page.locator('#dev-nif').fill('12345678A');
        await page.locator('#dev-name').fill('Maria Puig Soler');
        await page.locator('#dev-sign-in-form button[type="submit"]').click();
        await page.locator('#dev-nif--error').waitFor();
        assert.equal(await page.locator('#dev-nif').getAttribute('aria-invalid'), 'true');
        assert.match(await page.locator('#dev-nif').getAttribute('aria-describedby') ?? '', /dev-nif--error/);
        assert.equal(await page.locator('[role="alert"]').count(), 1);
        await assertNoAxeViolations(page, 'the sign-in screen with an error');

        await signInWithDevelopmentForm(page, { nif: '12345678Z', name: 'Maria Puig Soler', roles: ['editor:diba', 'reviewer:diputacio-lleida'] });
        assert.match(await page.locator('main').textContent() ?? '', /Hola, Maria Puig Soler\./);
        assert.match(await page.locator('main').textContent() ?? '', /Diputació de Barcelona/);
        await assertNoAxeViolations(page, 'the home screen');
        const signedIn = admin.graphqlRequests.filter((request) => request.operationName === 'AdminViewer');
        assert.ok(signedIn.length >= 1);
        assert.ok(signedIn.every((request) => request.authorization?.startsWith('Bearer ') && request.acceptLanguage === 'ca'), JSON.stringify(signedIn));

        // The language switcher: the page, <html lang> and the API's Accept-Language follow it.
        await page.locator('#language-switcher').selectOption('es');
        await page.locator('h1', { hasText: 'Inicio' }).waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'es');
        await page.locator('main', { hasText: 'Revisor' }).waitFor();
        assert.ok(admin.graphqlRequests.some((request) => request.acceptLanguage === 'es' && request.operationName === 'AdminViewer'),
          'the viewer was asked again in Spanish (labels of roles come from the API)');
        await assertNoAxeViolations(page, 'the home screen in Spanish');
        await page.locator('#language-switcher').selectOption('en');
        await page.locator('h1', { hasText: 'Home' }).waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');

        // A client route opened directly is the app's (the SPA fallback); the token was in memory only, so a
        // reload asks to sign in again. The skip link is first in the tab order.
        await page.goto(`${api.url}/admin/no-such-screen`);
        await page.locator('[data-screen="sign-in"]').waitFor();
        await page.keyboard.press('Tab');
        assert.match(await focused(page), /^A: (Skip to main content|Salta al contingut principal)/);
        await page.keyboard.press('Enter');
        assert.equal(await focusedId(page), 'main');

        assert.deepEqual(admin.cspViolations, [], 'the app works under its Content-Security-Policy');
        assert.deepEqual(admin.pageErrors, []);
      } finally {
        await admin.close();
      }
    });
  });
});
