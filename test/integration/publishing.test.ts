import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };

describe('publishing fitxes', () => {
  let api: TestService;
  let drafts: { id: string; code: string; slug: string; version: number }[];
  const globalId = (id: string) => Buffer.from(`Resource:${id}`).toString('base64url');
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const mutate = (action: 'publishResource' | 'unpublishResource' | 'archiveResource', headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: ResourcePublicationInput!) { ${action}(input: $input) {
      resource { code status version } warnings { code field } userErrors { code field message } } }`, { input }, headers);
  const publicView = (slug: string, code: string) => api.graphql('query($p: String!, $c: String!) { resource(provider: $p, code: $c) { code title } }', { p: slug, c: code });

  before(async () => {
    api = await startTestService();
    drafts = await sql(`select r.id, r.code, p.slug, r.version from resource r join provider p on p.id = r.provider_id where r.status = 'DRAFT' order by p.slug, r.code`);
  });
  after(async () => {
    await api?.close();
  });

  it('publishes a draft for an editor: public at once (caches emptied), audited, announced, with translation warnings', async () => {
    const draft = drafts.find((d) => d.slug === 'diba')!;
    const before = await publicView(draft.slug, draft.code);
    assert.equal(before.body.data.resource, null);
    // The position now: the cursor of the latest change (null when there is none yet).
    const feedBefore = (await api.graphql('{ resourceChanges(last: 1) { pageInfo { endCursor } } }')).body.data.resourceChanges.pageInfo.endCursor;

    const headers = await api.as(EDITOR);
    const { body } = await mutate('publishResource', headers, { resourceId: globalId(draft.id), expectedVersion: draft.version });
    assert.deepEqual(body.data.publishResource.userErrors, []);
    assert.equal(body.data.publishResource.resource.status, 'PUBLISHED');
    assert.ok(body.data.publishResource.warnings.every((w: { code: string }) => w.code === 'MISSING_TRANSLATION'));

    let after = await publicView(draft.slug, draft.code);
    for (let i = 0; i < 50 && after.body.data.resource === null; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      after = await publicView(draft.slug, draft.code);
    }
    assert.equal(after.body.data.resource.code, draft.code);

    const feed = await api.graphql('query($after: String) { resourceChanges(after: $after) { nodes { topic provider code resourceId } pageInfo { hasNextPage } } }', { after: feedBefore });
    assert.deepEqual(feed.body.data.resourceChanges.nodes, [{ topic: 'PUBLISHED', provider: 'diba', code: draft.code, resourceId: globalId(draft.id) }]);
    assert.equal(feed.body.data.resourceChanges.pageInfo.hasNextPage, false);

    const log = await api.graphql('{ auditLog(provider: "diba", first: 5) { totalCount nodes { action actorNif targetId details } } }', {}, headers);
    assert.equal(log.body.data.auditLog.nodes[0].action, 'resource.publish');
    assert.equal(log.body.data.auditLog.nodes[0].actorNif, EDITOR.nif);
    assert.equal(log.body.data.auditLog.nodes[0].targetId, draft.id);

    const unpublished = await mutate('unpublishResource', headers, { resourceId: globalId(draft.id) });
    assert.equal(unpublished.body.data.unpublishResource.resource.status, 'UNPUBLISHED');
    let gone = await publicView(draft.slug, draft.code);
    for (let i = 0; i < 50 && gone.body.data.resource !== null; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      gone = await publicView(draft.slug, draft.code);
    }
    assert.equal(gone.body.data.resource, null);
    const archived = await mutate('archiveResource', headers, { resourceId: globalId(draft.id) });
    assert.equal(archived.body.data.archiveResource.resource.status, 'ARCHIVED');
    const again = await mutate('unpublishResource', headers, { resourceId: globalId(draft.id) });
    assert.equal(again.body.data.unpublishResource.userErrors[0].code, 'INVALID_STATUS');
  });

  it('refuses a stale version, and of concurrent conflicting changes exactly one wins', async () => {
    const [fitxa] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
    const headers = await api.as(EDITOR);
    const stale = await mutate('publishResource', headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version + 7 });
    assert.equal(stale.body.data.publishResource.userErrors[0].code, 'STALE_VERSION');
    const [unchanged] = await sql(`select version from resource where id = ?`, [fitxa.id]);
    assert.equal(unchanged.version, fitxa.version);

    // Republishing the same draft is idempotent; withdrawing and archiving conflict.
    const actions = ['unpublishResource', 'archiveResource', 'unpublishResource', 'archiveResource'] as const;
    const results = await Promise.all(actions.map((action) => mutate(action, headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version })));
    const codes = results.map((r, i) => r.body.data?.[actions[i]].userErrors[0]?.code ?? (r.body.errors ? 'ERROR' : 'OK'));
    assert.equal(codes.filter((c) => c === 'OK').length, 1, JSON.stringify(codes));
    assert.ok(codes.every((c) => c === 'OK' || c === 'STALE_VERSION'), JSON.stringify(codes));
    const [after] = await sql(`select version from resource where id = ?`, [fitxa.id]);
    assert.equal(after.version, fitxa.version + 1, 'exactly one change was written');
  });

  it('blocks publication of a fitxa incomplete in Catalan, naming the field, and writes nothing', async () => {
    const draft = drafts.find((d) => d.slug !== 'diba')!;
    await sql(`update resource_translation set summary = null where resource_id = ? and locale = 'CA'`, [draft.id]);
    const auditBefore = await sql(`select count(*)::int as n from audit_entry`);
    const headers = await api.as({ nif: '87654321X', roles: [`editor:${draft.slug}`] });
    const { body } = await mutate('publishResource', headers, { resourceId: globalId(draft.id) });
    assert.deepEqual(body.data.publishResource.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field]), [['REQUIRED', ['input', 'content', 'translations', 'CA', 'summary']]]);
    assert.deepEqual(await sql(`select count(*)::int as n from audit_entry`), auditBefore);
    const [row] = await sql(`select status from resource where id = ?`, [draft.id]);
    assert.equal(row.status, 'DRAFT');
  });

  it('lets nobody but editors of the provider change publication', async () => {
    // Not signed in is top-level; everything else is a user error of the payload.
    const refusal = (body: any, name: string) => body.errors?.[0]?.extensions?.code ?? body.data?.[name]?.userErrors?.[0]?.code;
    const [fitxa] = await sql(`select r.id, r.status, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
    const cases: [Record<string, string>, string][] = [
      [{}, 'UNAUTHENTICATED'],
      [await api.as({ nif: '11111111H' }), 'NOT_FOUND'],
      [await api.as({ nif: '11111111H', roles: ['editor:ddgi', 'admin:ddgi', 'reviewer:ddgi'] }), 'NOT_FOUND'],
      [await api.as({ nif: '11111111H', roles: ['reviewer:diba'] }), 'FORBIDDEN'],
      [await api.as({ nif: '11111111H', roles: ['admin:diba'] }), 'FORBIDDEN'],
    ];
    for (const [headers, code] of cases) {
      for (const action of ['publishResource', 'unpublishResource', 'archiveResource'] as const) {
        const { body } = await mutate(action, headers, { resourceId: globalId(fitxa.id) });
        assert.equal(refusal(body, action), code, `${action} → ${code}`);
      }
    }
    const [after] = await sql(`select status, version from resource where id = ?`, [fitxa.id]);
    assert.deepEqual([after.status, after.version], [fitxa.status, fitxa.version]);
    const foreignLog = await api.graphql('{ auditLog(provider: "diba") { totalCount } }', {}, await api.as({ nif: '11111111H', roles: ['editor:ddgi'] }));
    assert.equal(foreignLog.body.errors?.[0].extensions?.code, 'FORBIDDEN');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await assert.rejects(sql(`update audit_entry set action = 'forged'`), /append-only/);
    await assert.rejects(sql(`delete from audit_entry`), /append-only/);
  });
});
