import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { declareLapsedRevocations } from '../../src/applications/revocation-lapse.service';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const REVOCATION_FIELDS = `id deficiencies measures deadline openedAt lastDayToResolve lapsesAt open closedAt outcome outcomeLabel reasons competentBody
  hearingId resolution { kind registryNumber reasons competentBody document { sha256 } }`;
const PAYLOAD = `application { id status statusLabel revocations { ${REVOCATION_FIELDS} } } revocation { ${REVOCATION_FIELDS} } userErrors { code field }`;
const DIAGNOSIS = { deficiencies: ["Les bústies no s'han migrat"], measures: ['Migrar les bústies al nou servei'], deadline: '2027-01-15' };

describe('revocation procedures: opening, closing, lapsing, and who may', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let jordi: Record<string, string>;
  let reviewer: Record<string, string>;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    jordi = await api.as({ ...JORDI, represents: BARCELONA });
    reviewer = await api.as({ nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] });
  });
  after(async () => {
    await api?.close();
  });

  const revocationMutation = async (name: 'openRevocation' | 'closeRevocation', input: Record<string, unknown>, headers: Record<string, string>) => {
    const type = name === 'openRevocation' ? 'OpenRevocationInput' : 'CloseRevocationInput';
    const response = await api.graphql(`mutation($input: ${type}!) { ${name}(input: $input) { ${PAYLOAD} } }`, { input }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data[name];
  };
  const counts = async () => {
    const [row] = await client.sql(`select (select count(*) from revocation)::int as revocations, (select count(*) from application_event)::int as events,
      (select count(*) from outbox_event)::int as outbox, (select coalesce(sum(version), 0) from application)::int as versions`);
    return row;
  };
  const history = async (applicationId: string) => client.sql(`select type, from_status, to_status, actor_nif from application_event
    where application_id::text = ? and from_status is not null order by occurred_at, type`, [fromGlobalId(applicationId)!.id]);

  /** A Barcelona ajuntament's submitted application for a diba fitxa with no steps beyond the applicant's details. */
  async function submittedApplication(code: string): Promise<string> {
    const editor = await api.as({ nif: '22222222J', name: 'Editora Diba', roles: ['editor:diba'] });
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' limit 1`);
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: { provider: 'diba', code, content: {
        kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 3, unit: 'MONTHS' }, maxApplicationsPerEntity: 1,
        translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
      } },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const resourceId = created.body.data.createResource.resource.id;
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    return applyFor(resourceId, `revocation-${code}`);
  }
  async function applyFor(resourceId: string, idempotencyKey: string): Promise<string> {
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(BARCELONA.nif) }, jordi);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: JORDI.name, nif: JORDI.nif, position: 'Secretari', email: 'secretaria@bcn.cat' }, jordi);
    const payload = (await client.application(id, jordi)).signingPayload.canonicalJson;
    const signature = await pki.sign(payload, await pki.signer({ ...JORDI, represents: BARCELONA }));
    const submitted = await client.submit({ applicationId: id, signature, idempotencyKey }, jordi);
    assert.deepEqual(submitted.userErrors, []);
    return id;
  }
  const resolve = async (applicationId: string, decision: 'GRANT' | 'DENY') => {
    const response = await api.graphql(`mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) { application { status } userErrors { code } } }`,
      { input: { applicationId, decision, reasons: 'Es compleixen els requisits.', competentBody: 'Presidència delegada' } }, reviewer);
    assert.deepEqual(response.body.data.resolveApplication.userErrors, [], JSON.stringify(response.body));
  };
  const grant = (id: string) => resolve(id, 'GRANT');
  /** The entity's allegations in the revocation's hearing, signed (JWS) over signedActContent like any act after submission. */
  async function allege(applicationId: string, statement: string, idempotencyKey: string) {
    const content = await api.graphql(`query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }`,
      { input: { applicationId, subject: 'ALLEGATIONS', statement } }, jordi);
    assert.equal(content.body.errors, undefined, JSON.stringify(content.body.errors));
    const signature = await pki.sign(content.body.data.signedActContent.canonicalJson, await pki.signer({ ...JORDI, represents: BARCELONA }));
    const response = await api.graphql(`mutation($input: SubmitAllegationsInput!) { submitAllegations(input: $input) { registryNumber userErrors { code } } }`,
      { input: { applicationId, statement, signature, idempotencyKey } }, jordi);
    assert.deepEqual(response.body.data.submitAllegations.userErrors, [], JSON.stringify(response.body));
    return response.body.data.submitAllegations.registryNumber as string;
  }
  const revokeGrant = async (input: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await api.graphql(`mutation($input: RevokeGrantInput!) { revokeGrant(input: $input) { ${PAYLOAD} } }`, { input }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.revokeGrant;
  };
  const REVOKE = { reasons: "L'ens no ha adoptat les mesures dins del termini.", competentBody: 'Presidència delegada' };

  it('opens on a granted application only, for the provider\'s reviewers, and closes without revoking', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('REVOCATION-CLOSE');
    api.clock.set('2026-11-30T10:00:00Z');

    // Not granted yet: out of order, nothing written.
    let before = await counts();
    const early = await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, reviewer);
    assert.deepEqual([early.userErrors, early.revocation, early.application], [[{ code: 'INVALID_STATUS', field: ['input', 'applicationId'] }], null, null]);
    assert.deepEqual(await counts(), before);

    await grant(id);
    before = await counts();
    // The entity's own people, another provider's reviewer, and a bad diagnosis: refused, nothing written.
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, jordi)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    const lleidaReviewer = await api.as({ nif: '33333333P', roles: ['reviewer:diputacio-lleida', 'admin:diputacio-lleida'] });
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, lleidaReviewer)).userErrors.map((e: any) => e.code), ['NOT_FOUND']);
    const editorOnly = await api.as({ nif: '22222222J', roles: ['editor:diba'] });
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, editorOnly)).userErrors.map((e: any) => e.code), ['NOT_FOUND']);
    const bad = await revocationMutation('openRevocation', { applicationId: id, deficiencies: [' '], measures: [], deadline: '2026-11-30' }, reviewer);
    assert.deepEqual(bad.userErrors, [
      { code: 'REQUIRED', field: ['input', 'deficiencies', '0'] }, { code: 'REQUIRED', field: ['input', 'measures'] }, { code: 'IN_THE_PAST', field: ['input', 'deadline'] },
    ]);
    assert.deepEqual(await counts(), before);

    const opened = await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, reviewer);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.application.status, 'REVOCATION_OPEN');
    assert.equal(opened.application.statusLabel, 'En procediment de revocació');
    // 30 November + 3 months: 28 February 2027, a Sunday, so Monday 1 March; lapsed from midnight after it in Barcelona.
    assert.deepEqual({ ...opened.revocation, id: undefined, hearingId: undefined }, {
      id: undefined, hearingId: undefined, ...DIAGNOSIS, openedAt: '2026-11-30T10:00:00.000Z', lastDayToResolve: '2027-03-01', lapsesAt: '2027-03-01T23:00:00.000Z',
      open: true, closedAt: null, outcome: null, outcomeLabel: null, reasons: null, competentBody: null, resolution: null,
    });
    assert.ok(opened.revocation.hearingId);
    assert.deepEqual(await counts().then((c) => c.revocations), before.revocations + 1);
    const [announced] = await client.sql(`select o.payload, p.slug from outbox_event o join provider p on p.id = o.provider_id where o.topic = 'application.revocationOpened'`);
    assert.deepEqual(announced, { slug: 'diba', payload: { application: id, from: 'GRANTED', to: 'REVOCATION_OPEN', revocation: opened.revocation.id, lapsesAt: '2027-03-01T23:00:00.000Z' } });
    const topics = await client.sql(`select topic, payload from outbox_event where aggregate_id::text = ? or payload->>'application' = ? order by id`, [fromGlobalId(id)!.id, id]);
    assert.doesNotMatch(JSON.stringify(topics), /bústies/, 'the diagnosis stays out of the outbox');
    // The entity is heard: the diagnosis is registered outgoing and notified to it as the opening of the revocation.
    const heard = await api.graphql(`query($id: ID!) { application(id: $id) { notifications { act } registryEntries { number direction subject }
      hearings { id purpose concluded } } }`, { id }, jordi);
    assert.ok(heard.body.data.application.notifications.some((n: any) => n.act === 'REVOCATION_OPENING'), JSON.stringify(heard.body));
    assert.ok(heard.body.data.application.registryEntries.some((e: any) => e.direction === 'OUTGOING' && e.subject === 'REVOCATION_OPENING' && /^DIBA-S-/.test(e.number)));
    assert.deepEqual(heard.body.data.application.hearings.map((h: any) => [h.id, h.purpose, h.concluded]), [[opened.revocation.hearingId, 'REVOCATION', false]]);

    // Only one open at a time; the entity's people read it with the application.
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    const read = await api.graphql(`query($id: ID!) { application(id: $id) { revocations { id deficiencies open } } }`, { id }, jordi);
    assert.deepEqual(read.body.data.application.revocations, [{ id: opened.revocation.id, deficiencies: DIAGNOSIS.deficiencies, open: true }]);

    // Closing: the entity cannot, the reviewer can, with reasons and a competent body.
    assert.deepEqual((await revocationMutation('closeRevocation', { applicationId: id, reasons: 'x', competentBody: 'y' }, jordi)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    assert.deepEqual((await revocationMutation('closeRevocation', { applicationId: id, reasons: ' ', competentBody: 'Presidència' }, reviewer)).userErrors,
      [{ code: 'REQUIRED', field: ['input', 'reasons'] }]);
    api.clock.set('2027-01-20T09:00:00Z');
    const closed = await revocationMutation('closeRevocation', {
      applicationId: id, reasons: "L'ens ha migrat les bústies dins del termini.", competentBody: 'Presidència delegada',
    }, reviewer);
    assert.deepEqual(closed.userErrors, []);
    assert.equal(closed.application.status, 'GRANTED');
    assert.deepEqual([closed.revocation.open, closed.revocation.closedAt, closed.revocation.outcome, closed.revocation.outcomeLabel, closed.revocation.competentBody],
      [false, '2027-01-20T09:00:00.000Z', 'CLOSED', 'Arxivat sense revocar', 'Presidència delegada']);
    // Closing is a resolution too: sealed, registered outgoing and notified.
    assert.equal(closed.revocation.resolution.kind, 'CLOSE_REVOCATION');
    assert.match(closed.revocation.resolution.registryNumber, /^DIBA-S-2027-/);
    assert.match(closed.revocation.resolution.document.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual((await revocationMutation('closeRevocation', { applicationId: id, reasons: 'x', competentBody: 'y' }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual(await history(id), [
      { type: 'submitted', from_status: 'DRAFT', to_status: 'SUBMITTED', actor_nif: JORDI.nif },
      { type: 'granted', from_status: 'SUBMITTED', to_status: 'GRANTED', actor_nif: '11111111H' },
      { type: 'revocationOpened', from_status: 'GRANTED', to_status: 'REVOCATION_OPEN', actor_nif: '11111111H' },
      { type: 'revocationClosed', from_status: 'REVOCATION_OPEN', to_status: 'GRANTED', actor_nif: '11111111H' },
    ]);
  });

  it('revokes only after hearing the entity, frees its place, and the entity applies again', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('REVOCATION-REVOKE');
    await grant(id);
    api.clock.set('2026-11-30T10:00:00Z');
    const opened = await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, reviewer);
    assert.deepEqual(opened.userErrors, []);

    // Not heard yet (no allegations, the term has not even started): refused, nothing written. So are the entity and another provider.
    let before = await counts();
    assert.deepEqual((await revokeGrant({ applicationId: id, ...REVOKE }, reviewer)).userErrors, [{ code: 'HEARING_REQUIRED', field: ['input', 'applicationId'] }]);
    assert.deepEqual((await revokeGrant({ applicationId: id, ...REVOKE }, jordi)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    const lleidaReviewer = await api.as({ nif: '33333333P', roles: ['reviewer:diputacio-lleida'] });
    assert.deepEqual((await revokeGrant({ applicationId: id, ...REVOKE }, lleidaReviewer)).userErrors.map((e: any) => e.code), ['NOT_FOUND']);
    assert.deepEqual(await counts(), before);

    api.clock.set('2026-12-02T10:00:00Z');
    await allege(id, 'Estem migrant les bústies; acabarem al gener.', 'revocation-allegations-1');
    assert.deepEqual((await revokeGrant({ applicationId: id, reasons: ' ', competentBody: '' }, reviewer)).userErrors.map((e: any) => e.code), ['REQUIRED', 'REQUIRED']);
    api.clock.set('2027-01-20T09:00:00Z');
    const revoked = await revokeGrant({ applicationId: id, ...REVOKE }, reviewer);
    assert.deepEqual(revoked.userErrors, []);
    assert.equal(revoked.application.status, 'REVOKED');
    assert.deepEqual([revoked.revocation.outcome, revoked.revocation.outcomeLabel, revoked.revocation.resolution.kind], ['REVOKED', 'Concessió revocada', 'REVOKE']);
    const [row] = await client.sql(`select slot from application where id::text = ?`, [fromGlobalId(id)!.id]);
    assert.equal(row.slot, null, 'a revoked grant holds no place under the limit');
    const [announced] = await client.sql(`select payload from outbox_event where topic = 'application.revoked'`);
    assert.deepEqual([announced.payload.from, announced.payload.to, announced.payload.revocation], ['REVOCATION_OPEN', 'REVOKED', opened.revocation.id]);

    // Out of order now: revoking again, closing, reopening; and revoking a denial.
    before = await counts();
    assert.deepEqual((await revokeGrant({ applicationId: id, ...REVOKE }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual((await revocationMutation('closeRevocation', { applicationId: id, ...REVOKE }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS, deadline: '2027-02-15' }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    api.clock.set('2027-01-21T09:00:00Z');
    const deniedId = await submittedApplication('REVOCATION-DENIED');
    await resolve(deniedId, 'DENY');
    before = await counts();
    assert.deepEqual((await revokeGrant({ applicationId: deniedId, ...REVOKE }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual((await revocationMutation('openRevocation', { applicationId: deniedId, ...DIAGNOSIS, deadline: '2027-02-15' }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual(await counts(), before);

    // The limit is one application per entity: the place is free again, so the entity applies anew.
    const [resource] = await client.sql(`select r.id from resource r where r.code = 'REVOCATION-REVOKE'`);
    const again = await applyFor(toGlobalId('Resource', resource.id), 'revocation-REVOKE-again');
    assert.equal((await client.application(again, jordi)).status, 'SUBMITTED');
  });

  it('lapses after 3 months unresolved: closing is refused, the job declares it once however many runs overlap', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('REVOCATION-LAPSE');
    await grant(id);
    api.clock.set('2026-11-30T10:00:00Z');
    const opened = await revocationMutation('openRevocation', { applicationId: id, ...DIAGNOSIS }, reviewer);
    assert.deepEqual(opened.userErrors, []);
    const orm = api.service.database.orm;

    // The last day is whole: nothing lapses before midnight in Barcelona.
    assert.equal(await declareLapsedRevocations(orm.em.fork(), new Date('2027-03-01T22:59:59.999Z')), 0);
    api.clock.set('2027-03-01T23:00:00Z');
    const before = await counts();
    const late = await revocationMutation('closeRevocation', { applicationId: id, reasons: 'Tard', competentBody: 'Presidència' }, reviewer);
    assert.deepEqual(late.userErrors, [{ code: 'REVOCATION_LAPSED', field: ['input', 'applicationId'] }]);
    // Revoking a lapsed one, even with the hearing long over: refused, nothing written.
    assert.deepEqual((await revokeGrant({ applicationId: id, ...REVOKE }, reviewer)).userErrors, [{ code: 'REVOCATION_LAPSED', field: ['input', 'applicationId'] }]);
    assert.deepEqual(await counts(), before);

    const runs = await Promise.all([0, 1, 2].map(() => declareLapsedRevocations(orm.em.fork(), new Date('2027-03-01T23:00:00Z'))));
    assert.equal(runs.reduce((a, b) => a + b, 0), 1, `declared once: ${runs}`);
    assert.deepEqual(await counts(), { ...before, events: before.events + 1, outbox: before.outbox + 1, versions: before.versions + 1 });
    assert.equal(await declareLapsedRevocations(orm.em.fork(), new Date('2027-03-02T10:00:00Z')), 0);
    assert.equal(await api.service.runRevocationLapses(), 0, "the poller's run, at the clock's now, finds nothing left");

    const read = await api.graphql(`query($id: ID!) { application(id: $id) { status revocations { open closedAt outcome outcomeLabel } } }`, { id }, reviewer);
    assert.deepEqual(read.body.data.application, {
      status: 'GRANTED', revocations: [{ open: false, closedAt: '2027-03-01T23:00:00.000Z', outcome: 'LAPSED', outcomeLabel: 'Caducat' }],
    });
    const [lapsed] = await history(id).then((rows) => rows.filter((row: any) => row.type === 'revocationLapsed'));
    assert.deepEqual(lapsed, { type: 'revocationLapsed', from_status: 'REVOCATION_OPEN', to_status: 'GRANTED', actor_nif: null });
    const [announced] = await client.sql(`select payload from outbox_event where topic = 'application.revocationLapsed'`);
    assert.deepEqual(announced.payload, { application: id, from: 'REVOCATION_OPEN', to: 'GRANTED', revocation: opened.revocation.id });
  });
});
