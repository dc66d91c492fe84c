import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';
import { chromiumSkip, launchChromium, openAdmin } from '../support/admin-browser';

/**
 * The production sign-in of the back office: OpenID Connect authorization code with PKCE against
 * a small identity provider run by the test (discovery, authorize, token), in Chromium under the
 * back office's CSP. The provider checks the PKCE verifier against the challenge, as a real one
 * does, and hands out a token the API accepts; the app keeps it in memory only.
 */
describe('the back office signs in with OpenID Connect (code + PKCE)', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let idp: http.Server;
  let issuer: string;
  let accessToken: string;
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: URLSearchParams[] = [];
  const codes = new Map<string, { challenge: string; redirectUri: string }>();

  const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
  const idToken = () => [
    base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' })),
    base64url(JSON.stringify({ iss: issuer, aud: 'backoffice', sub: 'idp:12345678Z', name: 'Maria Puig Soler', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600 })),
    base64url('not checked by the browser'),
  ].join('.');

  before(async () => {
    idp = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', issuer);
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, authorization' };
      if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
      if (url.pathname === '/.well-known/openid-configuration') {
        return void response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({
          issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'], code_challenge_methods_supported: ['S256'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'],
        }));
      }
      if (url.pathname === '/authorize') {
        authorizeRequests.push(url.searchParams);
        const code = `code-${authorizeRequests.length}`;
        codes.set(code, { challenge: url.searchParams.get('code_challenge') ?? '', redirectUri: url.searchParams.get('redirect_uri') ?? '' });
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        return void response.writeHead(302, { location: back.toString() }).end();
      }
      if (url.pathname === '/token' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk) => { body += chunk; });
        request.on('end', () => {
          const form = new URLSearchParams(body);
          tokenRequests.push(form);
          const issued = codes.get(form.get('code') ?? '');
          const verifier = form.get('code_verifier') ?? '';
          const ok = issued && form.get('grant_type') === 'authorization_code' && form.get('client_id') === 'backoffice'
            && form.get('redirect_uri') === issued.redirectUri && base64url(createHash('sha256').update(verifier).digest()) === issued.challenge;
          if (!ok) return void response.writeHead(400, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant' }));
          codes.delete(form.get('code') ?? '');
          response.writeHead(200, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({
            access_token: accessToken, id_token: idToken(), token_type: 'Bearer', expires_in: 3600, scope: 'openid profile',
          }));
        });
        return;
      }
      response.writeHead(404, cors).end();
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    api = await startTestService({ env: { RESPONSE_CACHE: 'false', ADMIN_OIDC_ISSUER: issuer, ADMIN_OIDC_CLIENT_ID: 'backoffice' } });
    // What the identity provider issues: a token the API trusts (here, signed with the service's development key).
    accessToken = await api.token({ nif: '12345678Z', name: 'Maria Puig Soler', roles: ['editor:diba'] });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((resolve) => (idp ? idp.close(resolve) : resolve(undefined)));
  });

  it('goes to the provider with a PKCE challenge, exchanges the code with its verifier, and calls the API with the token kept in memory only', async () => {
    const csp = (await fetch(`${api.url}/admin/`)).headers.get('content-security-policy') ?? '';
    assert.match(csp, new RegExp(`connect-src 'self' ${issuer.replace(/[.]/g, '\\.')};`), 'the app may call the provider');

    const admin = await openAdmin(browser, api.url, '/admin/diba/fitxes');
    const { page } = admin;
    try {
      await page.locator('[data-screen="sign-in"]').waitFor();
      await page.getByRole('button', { name: 'Inicia la sessió amb el proveïdor d’identitat' }).click();
      await page.locator('[data-screen="resource-list"]').waitFor({ timeout: 20_000 });
      assert.equal(new URL(page.url()).pathname, '/admin/diba/fitxes', 'back where the person was going');

      assert.equal(authorizeRequests.length, 1);
      const authorize = authorizeRequests[0];
      assert.equal(authorize.get('response_type'), 'code');
      assert.equal(authorize.get('client_id'), 'backoffice');
      assert.equal(authorize.get('redirect_uri'), `${api.url}/admin/callback`);
      assert.equal(authorize.get('code_challenge_method'), 'S256');
      assert.match(authorize.get('code_challenge') ?? '', /^[\w-]{43}$/);
      assert.match(authorize.get('scope') ?? '', /\bopenid\b/);
      assert.equal(tokenRequests.length, 1, 'one code exchange, which the provider accepted (it checks the verifier)');

      const calls = admin.graphqlRequests.filter((request) => request.authorization);
      assert.ok(calls.length >= 1);
      assert.ok(calls.every((request) => request.authorization === `Bearer ${accessToken}`));
      // Nothing readable by other scripts: no token in localStorage or sessionStorage, no cookie.
      const stored = await page.evaluate<string>('JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie])');
      assert.ok(!stored.includes(accessToken.split('.')[1]), stored);
      assert.ok(!stored.includes('id_token') && !stored.includes('access_token'), stored);
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);

      // In memory only: a reload asks to sign in again.
      await page.reload();
      await page.locator('[data-screen="sign-in"]').waitFor();
    } finally {
      await admin.close();
    }
  });
});
