import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminUrl } from '../support/databases';
import { databaseAddress, startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { startTestService, TestService } from '../support/test-service';

const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
/** How late the cache's NOTIFY arrives here: the listener is the one connection without the pool's application_name. */
const NOTIFY_DELAY_MS = 300;

describe('read your writes with the public response cache on', () => {
  let proxy: TcpProxy;
  let api: TestService;

  before(async () => {
    proxy = await startTcpProxy(databaseAddress(adminUrl()), {
      delayFor: (startup) => (startup.includes('cataleg-recursos') ? 0 : NOTIFY_DELAY_MS),
    });
    api = await startTestService({ connectVia: (url) => proxy.urlFor(url), env: { RESPONSE_CACHE: 'true' } });
  });
  after(async () => {
    await api?.close();
    await proxy?.close();
  });

  it('answers an anonymous read sent right after publishResource with what was published, 50 rounds', async () => {
    const [draft] = await api.service.database.orm.em.fork().getConnection().execute<{ id: string; code: string }[]>(
      `select r.id, r.code from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.status = 'DRAFT' order by r.code limit 1`,
    );
    const resourceId = Buffer.from(`Resource:${draft.id}`).toString('base64url');
    const headers = await api.as(EDITOR);
    const change = async (action: 'publishResource' | 'unpublishResource') => {
      const { body } = await api.graphql(`mutation($input: ResourcePublicationInput!) { ${action}(input: $input) { userErrors { code } } }`, { input: { resourceId } }, headers);
      assert.deepEqual(body.data[action].userErrors, [], action);
    };
    const publicView = async () => {
      const response = await api.graphql('query($c: String!) { resource(provider: "diba", code: $c) { code } }', { c: draft.code });
      return response.body.data.resource?.code ?? null;
    };
    assert.equal(await publicView(), null);
    assert.equal(await publicView(), null, 'the draft\'s absence is cached');
    for (let round = 0; round < 50; round += 1) {
      await change('publishResource');
      assert.equal(await publicView(), draft.code, `round ${round}: published, and the publishing instance says so at once`);
      assert.equal(await publicView(), draft.code, `round ${round}: again, from the cache`);
      await change('unpublishResource');
      assert.equal(await publicView(), null, `round ${round}: unpublished, at once`);
    }
  });
});
