import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { startTestService, TestService } from '../support/test-service';

const LOCAL_PAGE = 'http://localhost:5173';
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const JORDI = { nif: '87654321X', name: 'Jordi Puig' };
const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const headerList = (value: string | null) => (value ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);

describe('browsers: CORS, signed download links and caching headers', () => {
  let api: TestService;
  /** Links carry PUBLIC_BASE_URL; the test service listens elsewhere. */
  const local = (url: string) => { const parsed = new URL(url); return `${api.url}${parsed.pathname}${parsed.search}`; };
  const preflight = (path: string, origin: string, requestHeaders = 'authorization,content-type,accept-language') => fetch(`${api.url}${path}`, {
    method: 'OPTIONS', headers: { origin, 'access-control-request-method': path === '/graphql' ? 'POST' : 'GET', 'access-control-request-headers': requestHeaders },
  });
  const upload = async (headers: Record<string, string>, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
    const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
    assert.equal(response.status, 201);
    return await response.json() as { id: string; downloadUrl: string };
  };

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
  });
  after(async () => {
    await api?.close();
  });

  it('answers preflights from a local page (no CORS_ORIGINS outside production) on GraphQL, uploads and every download route', async () => {
    for (const path of ['/graphql', '/files', '/files/x', '/documents/x', '/resources/diba/111219.jsonld', '/resources/diba/111219.pdf']) {
      const response = await preflight(path, LOCAL_PAGE, 'authorization,content-type,accept-language,apollo-require-preflight,x-apollo-operation-name');
      assert.equal(response.status, 204, path);
      assert.equal(response.headers.get('access-control-allow-origin'), LOCAL_PAGE, path);
      for (const header of ['authorization', 'content-type', 'accept-language', 'apollo-require-preflight', 'x-apollo-operation-name']) {
        assert.ok(headerList(response.headers.get('access-control-allow-headers')).includes(header), `${path} allows ${header}`);
      }
      assert.ok(headerList(response.headers.get('access-control-allow-methods')).includes(path === '/graphql' ? 'post' : 'get'), path);
      assert.equal(response.headers.get('access-control-allow-credentials'), null, 'bearer tokens only, never cookies');
      assert.ok(headerList(response.headers.get('vary')).includes('origin'), path);
    }
    for (const origin of ['http://127.0.0.1:8080', 'https://localhost']) {
      assert.equal((await preflight('/graphql', origin)).headers.get('access-control-allow-origin'), origin);
    }

    const answer = await api.graphql('{ providers { slug } }', undefined, { origin: LOCAL_PAGE });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('access-control-allow-origin'), LOCAL_PAGE);
    assert.deepEqual(headerList(answer.headers.get('access-control-expose-headers')).filter((h) => ['etag', 'content-disposition', 'retry-after'].includes(h)).sort(),
      ['content-disposition', 'etag', 'retry-after']);
  });

  it('gives no CORS headers to other origins, and keeps CSRF prevention for simple requests', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null', 'http://192.168.1.10:3000']) {
      const response = await preflight('/graphql', origin);
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(response.headers.get('access-control-allow-headers'), null, origin);
      const answer = await api.graphql('{ providers { slug } }', undefined, { origin });
      assert.equal(answer.headers.get('access-control-allow-origin'), null, origin);
    }
    // A form post or a plain fetch (text/plain, no preflight) is refused by Apollo before running anything.
    const simple = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: LOCAL_PAGE }, body: JSON.stringify({ query: '{ providers { slug } }' }) });
    assert.equal(simple.status, 400);
    assert.doesNotMatch(await simple.text(), /"slug"/);
  });

  it('with CORS_ORIGINS set, allows exactly those origins and no longer every local one', async () => {
    const configured = await startTestService({ env: { CORS_ORIGINS: 'https://cataleg.diba.cat, http://localhost:3000' }, sameDatabaseAs: api });
    try {
      const ask = (origin: string) => fetch(`${configured.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      assert.equal((await ask('https://cataleg.diba.cat')).headers.get('access-control-allow-origin'), 'https://cataleg.diba.cat');
      assert.equal((await ask('http://localhost:3000')).headers.get('access-control-allow-origin'), 'http://localhost:3000');
      for (const origin of [LOCAL_PAGE, 'https://cataleg.diba.cat.evil.example', 'http://cataleg.diba.cat']) {
        assert.equal((await ask(origin)).headers.get('access-control-allow-origin'), null, origin);
      }
    } finally {
      await configured.close();
    }
  });

  it('signs upload links that work without a bearer header, expire, and refuse any tampering', async () => {
    const maria = await api.as({ nif: '11111111H', represents: BARCELONA });
    const bytes = Buffer.concat([samplePdf(), Buffer.from('% enllaç signat\n')]);
    const { id, downloadUrl } = await upload(maria, bytes, 'Memòria.pdf');
    const link = new URL(downloadUrl);
    assert.equal(link.pathname, `/files/${id}`);
    assert.match(link.searchParams.get('expires') ?? '', /^\d+$/);
    const now = api.clock.now().getTime();
    assert.equal(Number(link.searchParams.get('expires')), Math.floor(now / 1000) + 300, 'five minutes by default, on the service clock');

    const plain = await fetch(local(downloadUrl), { headers: { origin: LOCAL_PAGE } });
    assert.equal(plain.status, 200);
    assert.equal(sha256(Buffer.from(await plain.arrayBuffer())), sha256(bytes));
    assert.equal(plain.headers.get('cache-control'), 'private, no-store');
    assert.equal(plain.headers.get('access-control-allow-origin'), LOCAL_PAGE);
    assert.match(plain.headers.get('content-disposition') ?? '', /^attachment; filename=/);
    assert.equal((await fetch(`${api.url}/files/${id}`)).status, 401, 'without the signature a token is needed');
    assert.equal((await fetch(`${api.url}/files/${id}`, { headers: maria })).status, 200, 'bearer access keeps working');

    const other = await upload(maria, Buffer.concat([samplePdf(), Buffer.from('% un altre\n')]), 'Altre.pdf');
    const signature = link.searchParams.get('signature')!;
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const tampered = [
      `/files/${id}?expires=${link.searchParams.get('expires')}&signature=${flipped}`,
      `/files/${id}?expires=${Number(link.searchParams.get('expires')) + 3600}&signature=${signature}`,
      `/files/${other.id}${link.search}`,
      `/files/${id}?expires=${link.searchParams.get('expires')}`,
      `/files/${id}?signature=${signature}`,
      `/files/${id}?expires=abc&signature=${signature}`,
      `/files/${id}?expires=${link.searchParams.get('expires')}&signature=${signature}&signature=${signature}`,
      `/documents/${id}${link.search}`,
    ];
    for (const path of tampered) {
      const response = await fetch(`${api.url}${path}`);
      assert.equal(response.status, 403, path);
      const body = await response.json() as any;
      assert.equal(body.errors[0].extensions.code, 'FORBIDDEN', path);
      assert.doesNotMatch(JSON.stringify(body), /expires|signature=|sha256|hmac/i, 'no details');
    }

    api.clock.set(new Date(now + 301_000));
    try {
      assert.equal((await fetch(local(downloadUrl))).status, 403, 'expired');
      assert.equal((await fetch(`${api.url}/files/${id}`, { headers: maria })).status, 200);
    } finally {
      api.clock.set(new Date(now));
    }
    assert.equal((await fetch(local(downloadUrl))).status, 200, 'valid again on the original clock: the expiry is what refused it');
  });

  it('signs links to unpublished document versions for the provider\'s staff only, and gives the public plain links', async () => {
    const editor = await api.as(EDITOR);
    const file = await upload(editor, Buffer.concat([samplePdf(), Buffer.from('% condicions\n')]), 'Condicions.pdf');
    const [{ code: unitCode }] = await api.service.database.orm.em.fork().getConnection().execute(
      `select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' order by u.code limit 1`);
    const ca = (text: string) => [{ locale: 'CA', text }];
    const created = await api.graphql(`mutation($input: CreateResourceInput!) { createResource(input: $input) {
      resource { id documents { id url downloadUrl } } userErrors { code message } } }`, { input: { provider: 'diba', code: 'CORS-DOCS', content: {
      kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode, resolutionTerm: { amount: 3, unit: 'MONTHS' },
      translations: [{ locale: 'CA', title: 'Fitxa amb document', summary: 'Resum', description: 'Descripció' }],
      documents: [{ code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: ca("Condicions d'accés"), fileId: file.id }],
    } } }, editor);
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const [document] = created.body.data.createResource.resource.documents;
    assert.equal(new URL(document.downloadUrl).pathname, new URL(document.url).pathname);
    assert.ok(new URL(document.downloadUrl).searchParams.get('signature'));
    assert.equal((await fetch(local(document.url))).status, 404, 'the unsigned address is not public yet');
    const signed = await fetch(local(document.downloadUrl));
    assert.equal(signed.status, 200);
    assert.equal(signed.headers.get('cache-control'), 'private, no-store');
    await signed.arrayBuffer();

    // Staff of another provider cannot preview the draft, so no link reaches them.
    const lleida = await api.as({ nif: '22222222J', roles: ['editor:diputacio-lleida'] });
    const foreign = await api.graphql('{ resource(provider: "diba", code: "CORS-DOCS", preview: true) { documents { downloadUrl } } }', undefined, lleida);
    assert.equal(foreign.body.data.resource, null);

    const published = await api.graphql(`mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code message } } }`,
      { input: { resourceId: created.body.data.createResource.resource.id } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    const anonymous = await api.graphql('{ resource(provider: "diba", code: "CORS-DOCS") { documents { url downloadUrl } } }');
    const [publicDocument] = anonymous.body.data.resource.documents;
    assert.equal(publicDocument.downloadUrl, publicDocument.url, 'public versions need no signature, and cached answers hold no expiring link');
    const download = await fetch(local(publicDocument.url), { headers: { origin: LOCAL_PAGE } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('cache-control'), 'public, max-age=86400');
    assert.equal(download.headers.get('access-control-allow-origin'), LOCAL_PAGE);
    assert.ok(headerList(download.headers.get('access-control-expose-headers')).includes('content-disposition'));
    await download.arrayBuffer();
  });

  it('signs attachment links for those who may read the application, and nobody else gets one', async () => {
    const client = applicationClient(api);
    api.clock.set('2023-03-15T09:30:00Z');
    try {
      const jordi = await api.as({ ...JORDI, represents: BARCELONA });
      const reviewer = await api.as({ nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] });
      const resource = await client.resource('diba', '111219');
      const entityId = await client.localEntityId(BARCELONA.nif);
      for (const code of ['email-service-in-use', 'technical-planning-meeting']) {
        const requirement = resource.requirements.find((r: any) => r.code === code);
        const recorded = await api.graphql(`mutation($input: RecordRequirementFulfilmentInput!) { recordRequirementFulfilment(input: $input) { userErrors { code } } }`,
          { input: { localEntityId: entityId, requirementId: requirement.id, date: '2023-02-20' } }, reviewer);
        assert.deepEqual(recorded.body.data.recordRequirementFulfilment.userErrors, []);
      }
      const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: entityId }, jordi);
      assert.deepEqual(started.userErrors, []);
      const id = started.application.id;
      const bytes = Buffer.concat([samplePdf(), Buffer.from('% formulari adjunt\n')]);
      const fileId = await client.upload(jordi, bytes, 'formulari.pdf');
      assert.deepEqual((await client.step('attachFile', { applicationId: id, documentCode: 'interlocutors-form', fileId }, jordi)).userErrors, []);

      const query = 'query($id: ID!) { application(id: $id) { attachments { fileId downloadUrl } } }';
      const own = await api.graphql(query, { id }, jordi);
      const [attachment] = own.body.data.application.attachments;
      assert.equal(new URL(attachment.downloadUrl).pathname, `/files/${fileId}`);
      const download = await fetch(local(attachment.downloadUrl));
      assert.equal(download.status, 200);
      assert.equal(sha256(Buffer.from(await download.arrayBuffer())), sha256(bytes));

      // A reviewer does not see drafts, nor does a stranger: no application, so no link.
      for (const headers of [reviewer, await api.as({ nif: '22222222J', name: 'Algú' }), {}]) {
        const answer = await api.graphql(query, { id }, headers);
        assert.equal(answer.body.data?.application ?? null, null);
        assert.doesNotMatch(JSON.stringify(answer.body), /signature=/);
      }
    } finally {
      api.clock.set('2026-11-23T10:00:00Z');
    }
  });

  it('sends Cache-Control, ETag and Vary on the JSON-LD of a fitxa, and 304 when the client has it', async () => {
    const response = await fetch(`${api.url}/resources/diba/111219.jsonld`, { headers: { origin: LOCAL_PAGE } });
    assert.equal(response.status, 200);
    const body = await response.text();
    const etag = response.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]{43}"$/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.ok(headerList(response.headers.get('vary')).includes('origin'));
    assert.equal(response.headers.get('access-control-allow-origin'), LOCAL_PAGE);
    assert.match(body, /111219/);
    assert.equal(response.headers.get('content-type'), 'application/ld+json; charset=utf-8');

    const again = await fetch(`${api.url}/resources/diba/111219.jsonld`, { headers: { 'if-none-match': `W/"x", ${etag}` } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    const changed = await fetch(`${api.url}/resources/diba/111219.jsonld`, { headers: { 'if-none-match': '"stale"' } });
    assert.equal(changed.status, 200);
    assert.equal(await changed.text(), body);
  });
});
