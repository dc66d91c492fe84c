import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';

/**
 * The API as browsers enforce CORS: headless Chromium (Debian's `chromium`, driven by
 * playwright-core) loads a page from another origin that searches the catalogue and looks a fitxa
 * up with fetch(), and a page from an origin the service does not allow, which the browser blocks.
 * Without Chromium the test is skipped locally, and fails in CI (CI=true), where .ci/run installs it.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const skip = available || inCi ? false : `${CHROMIUM} is not installed (apt-get install chromium); the browser test was SKIPPED`;

/** What a front end's page does: a catalogue search and a fitxa lookup, written into the DOM. */
const PAGE = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Cercador</title></head>
<body><pre id="search">pending</pre><pre id="fitxa">pending</pre><pre id="jsonld">pending</pre>
<script type="module">
const api = new URLSearchParams(location.search).get('api');
const graphql = async (query, variables) => {
  const response = await fetch(api + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'es' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};
const show = (id, value) => { document.getElementById(id).textContent = JSON.stringify(value); };
try {
  show('search', await graphql(
    'query Search($filter: ResourceFilter) { resources(filter: $filter, first: 10) { totalCount nodes { code title locale } facets { kind { value label count } provider { value label count } } } }',
    { filter: { provider: ['diba'], search: 'correu electrònic' } }));
} catch (error) { show('search', { blocked: String(error) }); }
try {
  show('fitxa', await graphql('query Fitxa($code: String!) { resource(provider: "diba", code: $code) { code title kind locale } }', { code: '111219' }));
} catch (error) { show('fitxa', { blocked: String(error) }); }
try {
  const response = await fetch(api + '/resources/diba/111219.jsonld');
  show('jsonld', { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control') });
} catch (error) { show('jsonld', { blocked: String(error) }); }
document.body.dataset.done = 'yes';
</script></body></html>`;

describe('a browser page on another origin uses the API', { skip }, () => {
  let api: TestService;
  let pages: http.Server;
  let pagePort: number;
  let browser: Browser;

  before(async () => {
    if (!available) assert.fail(`${CHROMIUM} is missing: CI must run the browser test (.ci/run installs Debian's chromium)`);
    pages = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagePort = (pages.address() as AddressInfo).port;
    // Only the page server's 127.0.0.1 origin: the same server reached as "localhost" is another origin, not allowed.
    api = await startTestService({ env: { CORS_ORIGINS: `http://127.0.0.1:${pagePort}`, RESPONSE_CACHE: 'false' } });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  after(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
  });

  const load = async (pageOrigin: string) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${pageOrigin}/?api=${encodeURIComponent(api.url)}`);
      await page.waitForSelector('body[data-done="yes"]', { timeout: 20_000 });
      const read = async (id: string) => JSON.parse((await page.textContent(`#${id}`)) ?? 'null');
      return { search: await read('search'), fitxa: await read('fitxa'), jsonld: await read('jsonld') };
    } finally {
      await page.close();
    }
  };

  it('searches the catalogue and reads a fitxa from an allowed origin, with the same answers as a server-side client', async () => {
    const { search, fitxa, jsonld } = await load(`http://127.0.0.1:${pagePort}`);

    const expected = await api.graphql('query($filter: ResourceFilter) { resources(filter: $filter, first: 10) { totalCount nodes { code title locale } facets { kind { value label count } provider { value label count } } } }',
      { filter: { provider: ['diba'], search: 'correu electrònic' } }, { 'accept-language': 'es' });
    assert.equal(search.errors, undefined, JSON.stringify(search));
    assert.deepEqual(search, expected.body);
    assert.ok(search.data.resources.totalCount >= 1);
    assert.ok(search.data.resources.nodes.some((node: any) => node.code === '111219'));
    // Facets with labels in the page's language (Accept-Language: es) and counts that add up.
    const { kind, provider } = search.data.resources.facets;
    const diba = provider.find((value: any) => value.value === 'diba');
    assert.equal(diba.count, search.data.resources.totalCount, 'the provider filter is this dimension\'s own selection');
    const material = kind.find((value: any) => value.value === 'MATERIAL');
    assert.ok(material.count >= 1 && typeof material.label === 'string' && material.label.length > 0);
    assert.equal(kind.reduce((sum: number, value: any) => sum + value.count, 0), search.data.resources.totalCount, 'each fitxa has one kind');

    assert.deepEqual(fitxa, { data: { resource: { code: '111219', title: 'Migración del servicio de correo electrónico', kind: 'MATERIAL', locale: 'ES' } } });

    // Exposed headers are readable by the page; the rest of a cross-origin answer's headers are not.
    assert.equal(jsonld.status, 200);
    assert.match(jsonld.etag ?? '', /^"[A-Za-z0-9_-]{43}"$/);
    assert.equal(jsonld.cacheControl, 'public, max-age=300');
  });

  it('is blocked by the browser when the page comes from an origin the service does not allow', async () => {
    const { search, fitxa, jsonld } = await load(`http://localhost:${pagePort}`);
    for (const result of [search, fitxa, jsonld]) assert.match(String(result.blocked), /TypeError: Failed to fetch/);
  });
});
