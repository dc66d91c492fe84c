import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const NOW = '2026-11-23T10:00:00Z';
const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };

describe('scheduled publication', () => {
  let first: TestService;
  let second: TestService;
  let draft: { id: string; code: string };
  const globalId = (id: string) => Buffer.from(`Resource:${id}`).toString('base64url');
  const sql = <T = any>(query: string, params: unknown[] = []) => first.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const schedule = async (api: TestService, headers: Record<string, string>, input: Record<string, unknown>) => (await api.graphql(
    `mutation($input: ScheduleResourcePublicationInput!) { scheduleResourcePublication(input: $input) {
      schedule { action dueAt } userErrors { code field } } }`, { input }, headers)).body;
  const isPublic = async () => (await first.graphql('query($c: String!) { resource(provider: "diba", code: $c) { code } }', { c: draft.code }, { authorization: '' })).body.data.resource !== null;

  before(async () => {
    first = await startTestService({ now: NOW, env: { RESPONSE_CACHE: 'false' } });
    // A second instance of the service on the same database, as behind a load balancer.
    second = await startTestService({ now: NOW, sameDatabaseAs: first, env: { RESPONSE_CACHE: 'false' } });
    [draft] = await sql(`select r.id, r.code from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.status = 'DRAFT' limit 1`);
  });
  after(async () => {
    await second?.close();
    await first?.close();
  });

  it('refuses instants in the past, in the wrong order, or none, and other providers’ fitxes', async () => {
    const headers = await first.as(EDITOR);
    const past = await schedule(first, headers, { resourceId: globalId(draft.id), publishAt: '2026-11-22T10:00:00Z' });
    assert.deepEqual(past.data.scheduleResourcePublication.userErrors, [{ code: 'IN_THE_PAST', field: ['input', 'publishAt'] }]);
    const order = await schedule(first, headers, { resourceId: globalId(draft.id), publishAt: '2026-11-24T10:00:00Z', unpublishAt: '2026-11-24T09:00:00Z' });
    assert.equal(order.data.scheduleResourcePublication.userErrors[0].code, 'UNPUBLISH_BEFORE_PUBLISH');
    const none = await schedule(first, headers, { resourceId: globalId(draft.id) });
    assert.equal(none.data.scheduleResourcePublication.userErrors[0].code, 'REQUIRED');
    const foreign = await schedule(first, await first.as({ nif: '87654321X', roles: ['editor:ddgi'] }), { resourceId: globalId(draft.id), publishAt: '2026-11-24T10:00:00Z' });
    assert.deepEqual(foreign.data.scheduleResourcePublication.userErrors, [{ code: 'NOT_FOUND', field: ['input', 'resourceId'] }]);
    assert.deepEqual(await sql('select * from publication_schedule'), []);
  });

  it('publishes and unpublishes at the set instants, exactly once across two instances', async () => {
    const headers = await first.as(EDITOR);
    const body = await schedule(first, headers, { resourceId: globalId(draft.id), publishAt: '2026-11-23T11:00:00Z', unpublishAt: '2026-11-23T12:00:00Z' });
    assert.deepEqual(body.data.scheduleResourcePublication.schedule.map((s: { action: string }) => s.action), ['PUBLISH', 'UNPUBLISH']);

    assert.deepEqual(await Promise.all([first.service.runScheduledPublications(), second.service.runScheduledPublications()]), [0, 0], 'nothing is due yet');
    assert.equal(await isPublic(), false);

    for (const api of [first, second]) api.clock.set('2026-11-23T11:00:01Z');
    const published = await Promise.all([first.service.runScheduledPublications(), second.service.runScheduledPublications(), first.service.runScheduledPublications()]);
    assert.equal(published.reduce((a, b) => a + b, 0), 1, `one run did it: ${published}`);
    assert.equal(await isPublic(), true);

    for (const api of [first, second]) api.clock.set('2026-11-23T12:00:01Z');
    const withdrawn = await Promise.all([second.service.runScheduledPublications(), first.service.runScheduledPublications()]);
    assert.equal(withdrawn.reduce((a, b) => a + b, 0), 1);
    assert.equal(await isPublic(), false);

    const audit = await sql(`select action, actor_nif from audit_entry where target_id = ? order by created_at`, [draft.id]);
    assert.deepEqual(audit, [{ action: 'resource.publish', actor_nif: EDITOR.nif }, { action: 'resource.unpublish', actor_nif: EDITOR.nif }]);
    const events = await sql(`select topic from outbox_event where aggregate_id = ? order by sequence`, [draft.id]);
    assert.deepEqual(events.map((e) => e.topic), ['resource.published', 'resource.unpublished']);
    const pending = await sql(`select count(*)::int as n from publication_schedule where done_at is null`);
    assert.equal(pending[0].n, 0);
  });

  it('shows the pending schedule on the fitxa to its editors and admins only, replaced, cancelled, and gone once carried out', async () => {
    for (const api of [first, second]) api.clock.set('2026-11-24T10:00:00Z');
    const editor = await first.as(EDITOR);
    const unitCode = (await first.graphql('{ provider(slug: "diba") { units { code } } }')).body.data.provider.units[0].code;
    const other = { code: 'SCHEDULE-READ-BACK' };
    const created = await first.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: {
        provider: 'diba', code: other.code, content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' }, unitCode,
          translations: [{ locale: 'CA', title: 'Recurs programat', summary: 'Resum.', description: 'Descripció.' }],
        },
      },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, [], JSON.stringify(created.body));
    const resourceId: string = created.body.data.createResource.resource.id;
    const read = async (headers: Record<string, string>, preview = true) => (await first.graphql(
      `query($c: String!, $p: Boolean) { resource(provider: "diba", code: $c, preview: $p) { status publicationSchedule { action dueAt } } }`,
      { c: other.code, p: preview }, headers)).body;
    const cancel = async (headers: Record<string, string>) => (await first.graphql(
      `mutation($input: CancelResourcePublicationScheduleInput!) { cancelResourcePublicationSchedule(input: $input) {
        cancelled { action dueAt } userErrors { code field } } }`, { input: { resourceId } }, headers)).body;

    assert.deepEqual((await read(editor)).data.resource.publicationSchedule, [], 'nothing scheduled yet');
    await schedule(first, editor, { resourceId, publishAt: '2026-11-24T12:00:00Z', unpublishAt: '2026-11-25T12:00:00Z' });
    const both = [{ action: 'PUBLISH', dueAt: '2026-11-24T12:00:00.000Z' }, { action: 'UNPUBLISH', dueAt: '2026-11-25T12:00:00.000Z' }];
    assert.deepEqual((await read(editor)).data.resource.publicationSchedule, both);
    assert.deepEqual((await read(await first.as({ nif: '11111111H', roles: ['admin:diba'] }))).data.resource.publicationSchedule, both, 'admins read drafts too');

    // Scheduling again replaces the whole schedule.
    await schedule(first, editor, { resourceId, publishAt: '2026-11-24T11:00:00Z', unpublishAt: '2026-11-26T12:00:00Z' });
    const replaced = [{ action: 'PUBLISH', dueAt: '2026-11-24T11:00:00.000Z' }, { action: 'UNPUBLISH', dueAt: '2026-11-26T12:00:00.000Z' }];
    assert.deepEqual((await read(editor)).data.resource.publicationSchedule, replaced);

    // Once the publication is carried out it leaves the schedule; the unpublication is still pending.
    for (const api of [first, second]) api.clock.set('2026-11-24T11:00:01Z');
    assert.equal(await first.service.runScheduledPublications(), 1);
    assert.deepEqual((await read(editor)).data.resource, { status: 'PUBLISHED', publicationSchedule: replaced.slice(1) });

    // The fitxa is public now, and its schedule is not: anonymous callers, reviewers and other providers' editors get null.
    for (const headers of [{ authorization: '' }, await first.as({ nif: '22222222J', roles: ['reviewer:diba'] }), await first.as({ nif: '87654321X', roles: ['editor:ddgi', 'admin:ddgi'] })]) {
      const body = await read(headers, false);
      assert.deepEqual(body.data.resource, { status: 'PUBLISHED', publicationSchedule: null }, JSON.stringify(body));
    }

    // Only the provider's editors may cancel it.
    assert.deepEqual((await cancel(await first.as({ nif: '87654321X', roles: ['editor:ddgi'] }))).data.cancelResourcePublicationSchedule,
      { cancelled: [], userErrors: [{ code: 'NOT_FOUND', field: ['input', 'resourceId'] }] });
    assert.deepEqual((await cancel(await first.as({ nif: '11111111H', roles: ['admin:diba'] }))).data.cancelResourcePublicationSchedule,
      { cancelled: [], userErrors: [{ code: 'FORBIDDEN', field: ['input', 'resourceId'] }] });
    assert.deepEqual((await read(editor)).data.resource.publicationSchedule, replaced.slice(1));
    assert.deepEqual((await cancel(editor)).data.cancelResourcePublicationSchedule, { cancelled: replaced.slice(1), userErrors: [] });
    assert.deepEqual((await read(editor)).data.resource.publicationSchedule, []);
    assert.deepEqual((await cancel(editor)).data.cancelResourcePublicationSchedule, { cancelled: [], userErrors: [] }, 'nothing left to cancel');

    // A cancelled change never runs.
    for (const api of [first, second]) api.clock.set('2026-11-26T12:00:01Z');
    assert.equal(await first.service.runScheduledPublications(), 0);
    assert.equal((await read(editor)).data.resource.status, 'PUBLISHED');
  });
});
