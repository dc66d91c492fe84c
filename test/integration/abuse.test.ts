import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

/** `a0: nodes(ids: $ids) { id } … a<n-1>: …`, the amplification the probe found (issue 11) with n = 15. */
const amplification = (aliases: number) =>
  `query Amplify($ids: [ID!]!) { ${Array.from({ length: aliases }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ')} }`;

describe('amplification (issue 11): the query cost counts list arguments and page sizes', () => {
  let api: TestService;
  let ids: string[];
  before(async () => {
    api = await startTestService();
    const page = await api.graphql('{ resources(first: 100) { nodes { id } } }');
    const found = page.body.data.resources.nodes.map((node: { id: string }) => node.id);
    assert.ok(found.length > 0, 'the demo seeds publish fitxes');
    ids = Array.from({ length: 100 }, (_, i) => found[i % found.length]);
  });
  after(async () => {
    await api?.close();
  });

  it('refuses fifteen `nodes` over 100 IDs with QUERY_TOO_COMPLEX and HTTP 400, before any lookup', async () => {
    const refused = await api.graphql(amplification(15), { ids });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code), ['QUERY_TOO_COMPLEX']);
    assert.equal(refused.body.data, undefined);
    assert.equal(refused.headers.get('x-sql-statements'), '0', 'nothing reached the database');
  });

  it('still answers the same selection over fewer IDs or fewer aliases', async () => {
    const one = await api.graphql(amplification(1), { ids });
    assert.equal(one.status, 200, JSON.stringify(one.body.errors));
    assert.deepEqual(one.body.data.a0.map((node: { id: string }) => node.id), ids);
    const few = await api.graphql(amplification(15), { ids: ids.slice(0, 3) });
    assert.equal(few.status, 200, JSON.stringify(few.body.errors));
    assert.equal(few.body.data.a14.length, 3);
  });

  it('looks the fitxas of every `nodes` field up in one statement, however many aliases and IDs', async () => {
    const single = await api.graphql(amplification(1), { ids: ids.slice(0, 1) });
    assert.equal(single.status, 200, JSON.stringify(single.body.errors));
    const many = await api.graphql(amplification(15), { ids: ids.slice(0, 10) });
    assert.equal(many.status, 200, JSON.stringify(many.body.errors));
    assert.deepEqual(many.body.data.a7.map((node: { id: string }) => node.id), ids.slice(0, 10));
    // Before the loader: one statement per alias and ID (150 here).
    assert.equal(many.headers.get('x-sql-statements'), single.headers.get('x-sql-statements'));
  });

  it('counts a page size given in a variable like one written in the query', async () => {
    const pages = (first: string) => `query($first: Int) { ${Array.from({ length: 15 }, (_, i) => `p${i}: resources(first: ${first}) { edges { node { id code title summary description kind audience locale } } }`).join(' ')} }`;
    const literal = await api.graphql(pages('100'));
    const variable = await api.graphql(pages('$first'), { first: 100 });
    assert.equal(literal.status, 400);
    assert.equal(variable.status, 400);
    const small = await api.graphql(pages('$first'), { first: 2 });
    assert.equal(small.status, 200, JSON.stringify(small.body.errors));
  });
});
