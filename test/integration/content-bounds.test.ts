import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const EDITOR = { nif: '11111111H', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] };

describe('numbers an editor saves are bounded (issue 11: an editor can break submissions)', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let editor: Record<string, string>;
  let unitCode: string;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    editor = await api.as(EDITOR);
    [{ code: unitCode }] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
  });
  after(async () => {
    await api?.close();
  });

  const content = (code: string, extra: Record<string, unknown> = {}) => ({
    kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode, resolutionTerm: { amount: 1, unit: 'MONTHS' },
    translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
    ...extra,
  });
  const create = async (code: string, extra: Record<string, unknown> = {}) => {
    const response = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id version } userErrors { code field message } } }', {
      input: { provider: 'diputacio-lleida', code, content: content(code, extra) },
    }, editor);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.createResource;
  };
  const publish = async (resourceId: string) => {
    const response = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code field } } }', { input: { resourceId } }, editor);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.publishResource.userErrors;
  };
  /** An ajuntament's representative applies for the fitxa and submits, signed. */
  const applyAndSubmit = async (resourceId: string, key: string) => {
    const person = { nif: '12345678Z', name: 'Maria Puig Soler', represents: LLEIDA };
    const headers = await api.as(person);
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, headers);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    const details = await client.step('updateApplicantDetails', { applicationId: id, name: person.name, nif: person.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, headers);
    assert.deepEqual(details.application.missingSteps, []);
    const signature = await pki.sign((await client.application(id, headers)).signingPayload.canonicalJson, await pki.signer(person));
    return client.submit({ applicationId: id, signature, idempotencyKey: `bounds-${key}` }, headers);
  };

  const count = async () => (await client.sql('select count(*)::int as n from resource'))[0].n;

  it('refuses out-of-bound numbers at save, each with its field, and writes nothing', async () => {
    const before = await count();
    const created = await create('BOUNDS-HUGE', {
      resolutionTerm: { amount: 2147483647, unit: 'MONTHS' }, maxApplicationsPerEntity: 2147483647,
      applicationWindows: [{ opensOn: '2026-01-01', closesOn: '2999-12-31' }],
      qualityCommitments: [{
        indicator: 'DECISION_WITHIN_TERM', text: [{ locale: 'CA', text: 'Resoldre' }], threshold: 100000, thresholdUnit: 'BUSINESS_DAYS',
        targetPercent: 90, hardLimitAmount: 25, hardLimitUnit: 'MONTHS',
      }],
    });
    assert.deepEqual(created.userErrors.map((e: any) => [e.code, e.field.join('.')]), [
      ['OUT_OF_RANGE', 'input.content.resolutionTerm.amount'],
      ['OUT_OF_RANGE', 'input.content.maxApplicationsPerEntity'],
      ['OUT_OF_RANGE', 'input.content.applicationWindows.0.closesOn'],
      ['OUT_OF_RANGE', 'input.content.qualityCommitments.0.threshold'],
      ['OUT_OF_RANGE', 'input.content.qualityCommitments.0.hardLimitAmount'],
    ]);
    assert.equal(created.userErrors[0].message, "Fora de l'interval permès: mínim 1, màxim 24.");
    assert.equal(created.resource, null);
    assert.equal(await count(), before);

    const valid = await create('BOUNDS-UPDATE');
    assert.deepEqual(valid.userErrors, []);
    const updated = await api.graphql('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { version } userErrors { code field } } }', {
      input: { resourceId: valid.resource.id, expectedVersion: valid.resource.version, content: content('BOUNDS-UPDATE', { resolutionTerm: { amount: 731, unit: 'CALENDAR_DAYS' } }) },
    }, editor);
    assert.deepEqual(updated.body.data.updateResource.userErrors, [{ code: 'OUT_OF_RANGE', field: ['input', 'content', 'resolutionTerm', 'amount'] }]);
    assert.equal(updated.body.data.updateResource.resource.version, valid.resource.version, 'nothing saved');
  });

  it('refuses to publish a draft that holds an out-of-bound number saved before the bounds existed', async () => {
    const created = await create('BOUNDS-LEGACY');
    assert.deepEqual(created.userErrors, []);
    // A draft saved before the bounds: the row holds what no save accepts any more.
    await client.sql("update resource set resolution_term_amount = 2147483647 where code = 'BOUNDS-LEGACY'");
    const check = await api.graphql('{ resource(provider: "diputacio-lleida", code: "BOUNDS-LEGACY", preview: true) { publicationCheck { publishable errors { code field } } } }', {}, editor);
    assert.equal(check.body.errors, undefined, JSON.stringify(check.body.errors));
    assert.deepEqual(check.body.data.resource.publicationCheck, {
      publishable: false, errors: [{ code: 'OUT_OF_RANGE', field: ['input', 'content', 'resolutionTerm', 'amount'] }],
    });
    assert.deepEqual(await publish(created.resource.id), [{ code: 'OUT_OF_RANGE', field: ['input', 'content', 'resolutionTerm', 'amount'] }]);
    const [{ published }] = await client.sql("select count(*)::int as published from published_resource p join resource r on r.id = p.resource_id where r.code = 'BOUNDS-LEGACY'");
    assert.equal(published, 0);
  });

  it('lets an applicant submit to a fitxa with the largest term of each unit', async () => {
    for (const [unit, max] of [['MONTHS', 24], ['CALENDAR_DAYS', 730], ['BUSINESS_DAYS', 500]] as const) {
      const code = `BOUNDS-MAX-${unit.replace('_', '-')}`;
      const created = await create(code, { resolutionTerm: { amount: max, unit } });
      assert.deepEqual(created.userErrors, [], unit);
      assert.deepEqual(await publish(created.resource.id), [], unit);
      const submitted = await applyAndSubmit(created.resource.id, unit);
      assert.equal(submitted.errors, undefined, JSON.stringify(submitted.errors));
      assert.deepEqual(submitted.userErrors, [], unit);
      assert.match(submitted.receipt.resolutionDueDate, /^202[78]-\d\d-\d\d$/, unit);
    }
  });
});
