import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applicationClient } from '../support/application-client';
import { OPEN_FOR_APPLICATIONS_CASES } from '../support/open-for-applications.cases';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const EDITOR = { nif: '11111111H', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] };

/**
 * "Open for applications" answers alike in the three places that ask it: the SQL filter
 * resources(filter: {openOn}), the field Resource.openForApplications and the applicant's
 * eligibility, for every case of the rule's table. Before, a fitxa with no window was open for
 * eligibility, closed for the field and never matched by the filter.
 */
describe('open for applications: one rule in SQL, in the field and in eligibility', () => {
  let api: TestService;
  let client: ReturnType<typeof applicationClient>;
  let representative: Record<string, string>;
  /** One published fitxa per distinct set of windows in the table, by the set's JSON. */
  const codes = new Map<string, string>();

  before(async () => {
    // Each case moves the clock; cached answers of another day would hide the rule.
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    representative = await api.as({ nif: '12345678Z', name: 'Maria Puig Soler', represents: LLEIDA });
    const editor = await api.as(EDITOR);
    const [{ code: unitCode }] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
    for (const example of OPEN_FOR_APPLICATIONS_CASES) {
      const key = JSON.stringify(example.windows);
      if (codes.has(key)) continue;
      const code = `OPEN-CASE-${codes.size + 1}`;
      const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
        input: {
          provider: 'diputacio-lleida', code, content: {
            kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode, resolutionTerm: { amount: 1, unit: 'MONTHS' }, applicationWindows: example.windows,
            translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
          },
        },
      }, editor);
      assert.deepEqual(created.body.data.createResource.userErrors, []);
      const resourceId = created.body.data.createResource.resource.id;
      const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
      assert.deepEqual(published.body.data.publishResource.userErrors, []);
      codes.set(key, code);
    }
  });
  after(async () => {
    await api?.close();
  });

  for (const example of OPEN_FOR_APPLICATIONS_CASES) {
    it(`${example.name}: ${example.open ? 'open' : 'closed'} everywhere`, async () => {
      const code = codes.get(JSON.stringify(example.windows))!;
      api.clock.set(`${example.day}T10:00:00Z`);

      const filtered = await api.graphql('query($day: Date!) { resources(filter: { provider: ["diputacio-lleida"], openOn: $day }, first: 100) { nodes { code } } }', { day: example.day });
      assert.equal(filtered.body.errors, undefined, JSON.stringify(filtered.body.errors));
      assert.equal(filtered.body.data.resources.nodes.some((node: { code: string }) => node.code === code), example.open, 'the openOn filter (SQL)');

      const fitxa = await api.graphql(`query($code: String!) { resource(provider: "diputacio-lleida", code: $code) {
        openForApplications viewerEligibility { localEntity { nif } reasons { code } } } }`, { code }, representative);
      assert.equal(fitxa.body.errors, undefined, JSON.stringify(fitxa.body.errors));
      const { openForApplications, viewerEligibility } = fitxa.body.data.resource;
      assert.equal(openForApplications, example.open, 'the field');
      const lleida = viewerEligibility.find((row: any) => row.localEntity.nif === LLEIDA.nif);
      assert.deepEqual(lleida.reasons.map((reason: { code: string }) => reason.code), example.open ? [] : ['APPLICATION_WINDOW_CLOSED'], 'eligibility');
    });
  }
});
