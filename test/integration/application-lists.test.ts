import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applicationClient, globalId } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const JOAN = { nif: '11111111H', name: 'Joan Sense Autorització' };

const LIST_FIELDS = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id } } nodes { id status resolutionDueDate deadlineState localEntity { nif } resource { code } }`;

describe('lists of applications: my applications, the reviewers\' queue, nodes', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let jordi: Record<string, string>;
  let joan: Record<string, string>;
  let lleidaReviewer: Record<string, string>;
  let dibaReviewer: Record<string, string>;
  let lleidaEntity: string;
  let barcelonaEntity: string;
  const resources: Record<string, string> = {};
  /** Submitted ones in order of due date, then the open draft and the draft given up. */
  const ids: Record<string, string> = {};

  /** A published fitxa for ajuntaments, always open, whose only step is the applicant's details. */
  async function publishSimpleResource(provider: string, code: string, months: number): Promise<string> {
    const editor = await api.as({ nif: '22222222J', name: 'Editora', roles: [`editor:${provider}`] });
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = ? limit 1`, [provider]);
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: {
        provider, code, content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: months, unit: 'MONTHS' },
          translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
        },
      },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const resourceId = created.body.data.createResource.resource.id;
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    return resourceId;
  }

  async function start(resourceId: string, localEntityId: string, headers: Record<string, string>): Promise<string> {
    const started = await client.step('startApplication', { resourceId, localEntityId }, headers);
    assert.deepEqual([started.errors, started.userErrors], [undefined, []]);
    return started.application.id;
  }

  async function submitted(resourceId: string, person: typeof MARIA, entity: typeof LLEIDA, at: string, key: string): Promise<string> {
    api.clock.set(at);
    try {
      const headers = await api.as({ ...person, represents: entity });
      const id = await start(resourceId, await client.localEntityId(entity.nif), headers);
      const details = await client.step('updateApplicantDetails', { applicationId: id, name: person.name, nif: person.nif, position: 'Alcaldia', email: 'alcaldia@example.cat' }, headers);
      assert.deepEqual(details.application.missingSteps, []);
      const signature = await pki.sign((await client.application(id, headers)).signingPayload.canonicalJson, await pki.signer({ ...person, represents: entity }));
      const result = await client.submit({ applicationId: id, signature, idempotencyKey: key }, headers);
      assert.deepEqual(result.userErrors, []);
      return id;
    } finally {
      api.clock.set('2026-11-23T10:00:00Z');
    }
  }

  const list = async (headers: Record<string, string>, args = '', variables: Record<string, unknown> = {}, signature = '') => {
    const response = await api.graphql(`query${signature} { applications${args} { ${LIST_FIELDS} } }`, variables, headers);
    return { data: response.body.data?.applications, errors: response.body.errors };
  };
  const queue = (headers: Record<string, string>, filter: Record<string, unknown> = {}, page = '') =>
    list(headers, `(filter: $filter, orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }${page})`, { filter }, '($filter: ApplicationFilter)');
  const idsOf = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    jordi = await api.as({ ...JORDI, represents: BARCELONA });
    joan = await api.as(JOAN);
    lleidaReviewer = await api.as({ nif: '33333333P', name: 'Revisor Lleida', roles: ['reviewer:diputacio-lleida'] });
    dibaReviewer = await api.as({ nif: '44444444A', name: 'Revisora Diba', roles: ['reviewer:diba'] });
    lleidaEntity = await client.localEntityId(LLEIDA.nif);
    barcelonaEntity = await client.localEntityId(BARCELONA.nif);

    resources.month = await publishSimpleResource('diputacio-lleida', 'LLISTA-1M', 1);
    resources.quarter = await publishSimpleResource('diputacio-lleida', 'LLISTA-3M', 3);
    resources.diba = await publishSimpleResource('diba', 'LLISTA-DIBA', 1);

    // Due 2026-10-01: overdue on 23 November.
    ids.overdue = await submitted(resources.month, MARIA, LLEIDA, '2026-09-01T09:00:00Z', 'lists-overdue');
    // Due 2026-11-26: three business days left, at risk.
    ids.atRisk = await submitted(resources.month, MARIA, LLEIDA, '2026-10-26T09:00:00Z', 'lists-at-risk');
    // Due 2026-12-23: on time, but near enough that only the holidays tell.
    ids.onTimeNear = await submitted(resources.month, MARIA, LLEIDA, '2026-11-23T09:00:00Z', 'lists-on-time-near');
    // Due 2027-02-23: on time whatever the holidays.
    ids.onTimeFar = await submitted(resources.quarter, MARIA, LLEIDA, '2026-11-23T09:30:00Z', 'lists-on-time-far');
    ids.diba = await submitted(resources.diba, JORDI, BARCELONA, '2026-11-23T09:00:00Z', 'lists-diba');
    api.clock.set('2026-11-23T09:40:00Z');
    ids.draft = await start(resources.quarter, lleidaEntity, maria);
    api.clock.set('2026-11-23T09:45:00Z');
    ids.givenUp = await start(resources.month, lleidaEntity, maria);
    const withdrawn = await client.step('withdrawApplication', { applicationId: ids.givenUp }, maria);
    assert.equal(withdrawn.application.status, 'WITHDRAWN');
    api.clock.set('2026-11-23T10:00:00Z');
  });
  after(async () => {
    await api?.close();
  });

  it('starting three times gives one draft with one id', async () => {
    const [first, second, third] = [await start(resources.quarter, lleidaEntity, maria), await start(resources.quarter, lleidaEntity, maria),
      await start(resources.quarter, lleidaEntity, maria)];
    assert.deepEqual([first, second, third], [ids.draft, ids.draft, ids.draft]);
    const concurrent = await Promise.all([1, 2, 3].map(() => start(resources.quarter, lleidaEntity, maria)));
    assert.deepEqual(concurrent, [ids.draft, ids.draft, ids.draft]);
    const [{ drafts }] = await client.sql(`select count(*)::int as drafts from application a join resource r on r.id = a.resource_id where r.code = 'LLISTA-3M' and a.status = 'DRAFT'`);
    assert.equal(drafts, 1);
    // Another person acting for the same entity has a draft of their own (shown with Barcelona's, to keep Lleida's lists as they are).
    const jordiDraft = await start(resources.diba, barcelonaEntity, jordi);
    const colleague = await api.as({ nif: '55555555K', name: 'Regidora', represents: BARCELONA });
    const theirs = await start(resources.diba, barcelonaEntity, colleague);
    assert.notEqual(theirs, jordiDraft);
    assert.equal(await start(resources.diba, barcelonaEntity, jordi), jordiDraft);
    for (const [id, headers] of [[jordiDraft, jordi], [theirs, colleague]] as const) {
      assert.equal((await client.step('withdrawApplication', { applicationId: id }, headers)).application.status, 'WITHDRAWN');
    }
  });

  it('a person acting for an ajuntament finds their drafts and submitted applications', async () => {
    const mine = await list(maria);
    assert.equal(mine.errors, undefined, JSON.stringify(mine.errors));
    const lleidaIds = [ids.overdue, ids.atRisk, ids.onTimeNear, ids.onTimeFar, ids.draft, ids.givenUp];
    assert.deepEqual(new Set(idsOf(mine.data)), new Set(lleidaIds));
    assert.equal(mine.data.totalCount, 6);
    assert.equal(idsOf(mine.data)[0], ids.givenUp, 'most recently changed first');
    const drafts = await list(maria, '(filter: { status: [DRAFT] })');
    assert.deepEqual(idsOf(drafts.data), [ids.draft]);

    const viewer = await api.graphql(`{ viewer { applications(first: 10) { totalCount nodes { id } } } }`, {}, maria);
    assert.deepEqual(new Set(viewer.body.data.viewer.applications.nodes.map((n: any) => n.id)), new Set(lleidaIds));
    const viewerDrafts = await api.graphql(`{ viewer { applications(filter: { status: [DRAFT] }) { nodes { id } } } }`, {}, maria);
    assert.deepEqual(viewerDrafts.body.data.viewer.applications.nodes, [{ id: ids.draft }]);

    // An individual authorized by the representative sees the same, drafts included.
    const authorized = await api.as({ nif: '66666666Q', name: 'Secretària' });
    const granted = await api.graphql(`mutation($input: GrantEntityAuthorizationInput!) { grantEntityAuthorization(input: $input) { userErrors { code } } }`,
      { input: { localEntityId: lleidaEntity, granteeNif: '66666666Q', granteeName: 'Secretària' } }, maria);
    assert.deepEqual(granted.body.data.grantEntityAuthorization.userErrors, []);
    assert.deepEqual(new Set(idsOf((await list(authorized)).data)), new Set(lleidaIds));
  });

  it("a reviewer's queue: submitted ones only, by due date, with the deadline state the filter uses", async () => {
    const all = await queue(lleidaReviewer);
    assert.equal(all.errors, undefined, JSON.stringify(all.errors));
    assert.deepEqual(idsOf(all.data), [ids.overdue, ids.atRisk, ids.onTimeNear, ids.onTimeFar], 'no drafts, no draft given up, no other provider');
    assert.deepEqual(all.data.nodes.map((n: any) => [n.resolutionDueDate, n.deadlineState]),
      [['2026-10-01', 'OVERDUE'], ['2026-11-26', 'AT_RISK'], ['2026-12-23', 'ON_TIME'], ['2027-02-23', 'ON_TIME']]);

    for (const state of ['OVERDUE', 'AT_RISK', 'ON_TIME']) {
      const filtered = await queue(lleidaReviewer, { deadlineState: [state] });
      const expected = all.data.nodes.filter((n: any) => n.deadlineState === state).map((n: any) => n.id);
      assert.deepEqual(idsOf(filtered.data), expected, state);
      assert.equal(filtered.data.totalCount, expected.length);
    }
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { deadlineState: ['AT_RISK', 'OVERDUE'] })).data), [ids.overdue, ids.atRisk]);
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { status: ['SUBMITTED'] })).data), idsOf(all.data));
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { status: ['DRAFT', 'WITHDRAWN'] })).data), []);
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { resource: resources.quarter })).data), [ids.onTimeFar]);
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { localEntity: lleidaEntity })).data), idsOf(all.data));
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { localEntity: barcelonaEntity })).data), []);
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { provider: ['diputacio-lleida'] })).data), idsOf(all.data));
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { provider: ['diba'] })).data), []);
    assert.deepEqual(idsOf((await queue(lleidaReviewer, { resource: resources.diba })).data), [], "another provider's resource matches nothing");

    // Later, the one at risk is overdue: the state is today's, in the list and in the filter alike.
    api.clock.set('2026-11-27T10:00:00Z');
    try {
      assert.deepEqual(idsOf((await queue(lleidaReviewer, { deadlineState: ['OVERDUE'] })).data), [ids.overdue, ids.atRisk]);
    } finally {
      api.clock.set('2026-11-23T10:00:00Z');
    }

    // Once withdrawn, a submitted application stays in the reviewers' list with its status.
    const diba = await queue(dibaReviewer);
    assert.deepEqual(idsOf(diba.data), [ids.diba]);
    assert.deepEqual(diba.data.nodes[0].localEntity, { nif: BARCELONA.nif });
  });

  it('another provider\'s reviewer, an individual without authorization and anonymous callers see none', async () => {
    for (const [who, headers] of [['diba reviewer', dibaReviewer], ['individual', joan], ['anonymous', {}]] as const) {
      const seen = await queue(headers, { provider: ['diputacio-lleida'] });
      assert.equal(seen.errors, undefined, who);
      assert.deepEqual([seen.data.totalCount, seen.data.nodes], [0, []], who);
    }
    assert.equal((await list(joan)).data.totalCount, 0);
    const viewer = await api.graphql('{ viewer { applications { totalCount } } }', {}, joan);
    assert.equal(viewer.body.data.viewer.applications.totalCount, 0);
    // Jordi acts for Barcelona: his own application, nothing of Lleida.
    assert.deepEqual(idsOf((await list(jordi, '(filter: { status: [SUBMITTED] })')).data), [ids.diba]);
  });

  it('LocalEntity.applications shows each caller what they may see', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on LocalEntity { applications(first: 50) { totalCount nodes { id status } } } } }`;
    const count = async (headers: Record<string, string>) => (await api.graphql(query, { id: lleidaEntity }, headers)).body.data.node.applications.totalCount;
    assert.equal(await count(maria), 6);
    assert.equal(await count(lleidaReviewer), 4);
    assert.equal(await count(dibaReviewer), 0);
    assert.equal(await count(joan), 0);
    assert.equal(await count({}), 0);
    const listed = await api.graphql(`{ localEntities(filter: { nif: "${LLEIDA.nif}" }) { nodes { applications(first: 2) { totalCount pageInfo { hasNextPage } } } } }`, {}, lleidaReviewer);
    assert.deepEqual(listed.body.data.localEntities.nodes[0].applications, { totalCount: 4, pageInfo: { hasNextPage: true } });
  });

  it('node and nodes return applications and drafts to whoever may see them, null otherwise', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Application { status } } }`;
    const wanted = [ids.overdue, ids.draft, ids.givenUp, ids.diba];
    const nodes = async (headers: Record<string, string>) => (await api.graphql(query, { ids: wanted }, headers)).body.data.nodes;
    assert.deepEqual(await nodes(maria), [
      { __typename: 'Application', id: ids.overdue, status: 'SUBMITTED' }, { __typename: 'Application', id: ids.draft, status: 'DRAFT' },
      { __typename: 'Application', id: ids.givenUp, status: 'WITHDRAWN' }, null,
    ]);
    assert.deepEqual(await nodes(lleidaReviewer), [{ __typename: 'Application', id: ids.overdue, status: 'SUBMITTED' }, null, null, null]);
    assert.deepEqual(await nodes(dibaReviewer), [null, null, null, { __typename: 'Application', id: ids.diba, status: 'SUBMITTED' }]);
    assert.deepEqual(await nodes(joan), [null, null, null, null]);
    assert.deepEqual(await nodes({}), [null, null, null, null]);
    const single = await api.graphql(`query($id: ID!) { node(id: $id) { id ... on Application { registryNumber deadlineState } } }`, { id: ids.atRisk }, lleidaReviewer);
    assert.deepEqual(single.body.data.node, { id: ids.atRisk, registryNumber: single.body.data.node.registryNumber, deadlineState: 'AT_RISK' });
    assert.match(single.body.data.node.registryNumber, /^DIPUTACIO-LLEIDA-E-2026-/);
  });

  it('a draft given up before submission never reaches the reviewers, nor its files', async () => {
    const application = await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id: ids.givenUp }, lleidaReviewer);
    assert.equal(application.body.data.application, null);
    const node = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id: ids.givenUp }, lleidaReviewer);
    assert.equal(node.body.data.node, null);
    const listed = await list(lleidaReviewer, '(filter: { status: [WITHDRAWN] })');
    assert.deepEqual(listed.data.nodes, []);
    // A file attached while it was a draft (the simple fitxa asks for none, so the row is written here).
    const fileId = await client.upload(maria, Buffer.concat([samplePdf(), Buffer.from('% esborrany\n')]), 'esborrany.pdf');
    const [file] = await client.sql('select id, sha256 from stored_file order by created_at desc limit 1');
    assert.equal(globalId('StoredFile', file.id), fileId);
    await client.sql(`insert into application_attachment (id, application_id, document_code, file_id, sha256)
      values (gen_random_uuid(), (select id from application where id::text = ?), 'form', ?, ?)`, [Buffer.from(ids.givenUp, 'base64url').toString().split(':')[1], file.id, file.sha256]);
    assert.equal((await fetch(`${api.url}/files/${fileId}`, { headers: lleidaReviewer })).status, 404);
    assert.equal((await fetch(`${api.url}/files/${fileId}`, { headers: maria })).status, 200);
  });

  it('pages the queue in both directions', async () => {
    const first = await queue(lleidaReviewer, {}, ', first: 2');
    assert.deepEqual(idsOf(first.data), [ids.overdue, ids.atRisk]);
    assert.deepEqual([first.data.pageInfo.hasPreviousPage, first.data.pageInfo.hasNextPage, first.data.totalCount], [false, true, 4]);
    assert.deepEqual(first.data.edges.map((e: any) => e.node.id), idsOf(first.data));
    const next = await list(lleidaReviewer, '(orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }, first: 2, after: $after)', { after: first.data.pageInfo.endCursor }, '($after: String)');
    assert.deepEqual(idsOf(next.data), [ids.onTimeNear, ids.onTimeFar]);
    assert.deepEqual([next.data.pageInfo.hasPreviousPage, next.data.pageInfo.hasNextPage], [true, false]);
    const last = await queue(lleidaReviewer, {}, ', last: 3');
    assert.deepEqual(idsOf(last.data), [ids.atRisk, ids.onTimeNear, ids.onTimeFar]);
    assert.deepEqual([last.data.pageInfo.hasPreviousPage, last.data.pageInfo.hasNextPage], [true, false]);
    const before = await list(lleidaReviewer, '(orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }, last: 1, before: $before)', { before: next.data.edges[0].cursor }, '($before: String)');
    assert.deepEqual(idsOf(before.data), [ids.atRisk]);
    const descending = await list(lleidaReviewer, '(orderBy: { field: SUBMITTED_AT, direction: DESC })');
    assert.deepEqual(idsOf(descending.data), [ids.onTimeFar, ids.onTimeNear, ids.atRisk, ids.overdue]);
    const mineByDue = await list(maria, '(orderBy: { field: RESOLUTION_DUE_DATE, direction: DESC }, first: 4)');
    assert.deepEqual(idsOf(mineByDue.data), [ids.onTimeFar, ids.onTimeNear, ids.atRisk, ids.overdue], 'drafts come after the queue');
  });

  it('refuses bad arguments with a clear top-level code, never a 500', async () => {
    // Malformed documents (an enum value or order field that does not exist) are BAD_REQUEST; wrong values BAD_USER_INPUT.
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['(first: 0)', '', {}, 'BAD_USER_INPUT'],
      ['(first: 101)', '', {}, 'BAD_USER_INPUT'],
      ['(last: 0)', '', {}, 'BAD_USER_INPUT'],
      ['(after: "Zm9yZ2Vk")', '', {}, 'BAD_USER_INPUT'],
      ['(before: $c)', '($c: String)', { c: Buffer.from('cursor:-1').toString('base64url') }, 'BAD_USER_INPUT'],
      ['(filter: { resource: $id })', '($id: ID)', { id: lleidaEntity }, 'BAD_USER_INPUT'],
      ['(filter: { resource: "not-an-id" })', '', {}, 'BAD_USER_INPUT'],
      ['(filter: { localEntity: $id })', '($id: ID)', { id: resources.month }, 'BAD_USER_INPUT'],
      ['(filter: { localEntity: $id })', '($id: ID)', { id: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      ['(filter: { provider: [$p] })', '($p: String!)', { p: 'x'.repeat(65) }, 'BAD_USER_INPUT'],
      ['(filter: { status: [NOPE] })', '', {}, 'BAD_REQUEST'],
      ['(orderBy: { field: TITLE, direction: ASC })', '', {}, 'BAD_REQUEST'],
    ];
    for (const headers of [lleidaReviewer, joan]) {
      for (const [args, signature, variables, code] of cases) {
        const response = await list(headers, args, variables, signature);
        assert.equal(response.errors?.[0]?.extensions?.code, code, `${args}: ${JSON.stringify(response.errors)}`);
        assert.equal(response.data, undefined);
      }
    }
    // A well-formed id of another provider's entity or of nothing at all: an empty list, nothing revealed.
    assert.equal((await queue(lleidaReviewer, { localEntity: barcelonaEntity })).data.totalCount, 0);
    assert.equal((await queue(lleidaReviewer, { resource: globalId('Resource', '00000000-0000-4000-8000-000000000000') })).data.totalCount, 0);
  });
});

describe('feeds paged like every other list: resourceChanges and Resource.revisions', () => {
  let api: TestService;
  let editor: Record<string, string>;
  const published: string[] = [];
  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    editor = await api.as({ nif: '22222222J', name: 'Editora', roles: ['editor:diba', 'editor:diputacio-lleida'] });
    const client = applicationClient(api);
    for (const [provider, code] of [['diba', 'FEED-1'], ['diputacio-lleida', 'FEED-2'], ['diba', 'FEED-3']]) {
      const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = ? limit 1`, [provider]);
      const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code } } }', {
        input: { provider, code, content: { kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 1, unit: 'MONTHS' },
          translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }] } },
      }, editor);
      assert.deepEqual(created.body.data.createResource.userErrors, []);
      const resourceId = created.body.data.createResource.resource.id;
      const done = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
      assert.deepEqual(done.body.data.publishResource.userErrors, []);
      published.push(code);
    }
  });
  after(async () => {
    await api?.close();
  });

  it('pages resourceChanges both ways with stable cursors, and refuses bad arguments', async () => {
    const all = await api.graphql('{ resourceChanges(first: 100) { totalCount nodes { topic code resourceId } edges { cursor } } }');
    assert.equal(all.body.errors, undefined, JSON.stringify(all.body.errors));
    const { totalCount, nodes, edges } = all.body.data.resourceChanges;
    assert.deepEqual(nodes.slice(-3).map((n: any) => [n.topic, n.code]), published.map((code) => ['PUBLISHED', code]));
    assert.equal(totalCount, nodes.length);
    const from = edges.length - 3;
    const tail = await api.graphql('query($c: String) { resourceChanges(after: $c, first: 1) { nodes { code } pageInfo { hasPreviousPage hasNextPage } } }', { c: edges[from].cursor });
    assert.deepEqual(tail.body.data.resourceChanges.nodes, [{ code: 'FEED-2' }]);
    assert.deepEqual(tail.body.data.resourceChanges.pageInfo, { hasPreviousPage: true, hasNextPage: true });
    const last = await api.graphql('{ resourceChanges(last: 2) { nodes { code } } }');
    assert.deepEqual(last.body.data.resourceChanges.nodes, [{ code: 'FEED-2' }, { code: 'FEED-3' }]);
    const lleidaOnly = await api.graphql('{ resourceChanges(provider: ["diputacio-lleida"], last: 1) { totalCount nodes { code } } }');
    assert.deepEqual(lleidaOnly.body.data.resourceChanges.nodes, [{ code: 'FEED-2' }]);
    assert.ok(lleidaOnly.body.data.resourceChanges.totalCount < totalCount);
    for (const args of ['(first: 0)', '(first: 101)', '(after: "Zm9yZ2Vk")', `(provider: ["${'x'.repeat(65)}"])`]) {
      const bad = await api.graphql(`{ resourceChanges${args} { totalCount } }`);
      assert.equal(bad.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', args);
    }
  });

  it("pages a fitxa's revisions for its editors", async () => {
    const query = `query($first: Int, $after: String) { resource(provider: "diba", code: "FEED-1", preview: true) {
      revisions(first: $first, after: $after) { totalCount nodes { action version } pageInfo { hasNextPage endCursor } } } }`;
    const page = await api.graphql(query, { first: 1 }, editor);
    assert.equal(page.body.errors, undefined, JSON.stringify(page.body.errors));
    const { revisions } = page.body.data.resource;
    assert.deepEqual([revisions.totalCount, revisions.nodes.map((n: any) => n.action)], [1, ['CREATE']]);
    assert.equal(revisions.pageInfo.hasNextPage, false);
    const bad = await api.graphql(query, { first: 0 }, editor);
    assert.equal(bad.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const forged = await api.graphql(query, { first: 1, after: 'Zm9yZ2Vk' }, editor);
    assert.equal(forged.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const anonymous = await api.graphql('{ resource(provider: "diba", code: "FEED-1") { revisions { totalCount } } }');
    assert.equal(anonymous.body.data.resource.revisions, null);
  });
});
