import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadOrIssueDevelopmentSigner, signPayload } from '../../src/signature/development-ca';
import { signPayloadCades } from '../../src/signature/development-cades';
import { x509 } from '../../src/signature/x509';
import { entityNifControlCharacter } from '../../src/identity/nif';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { checkPades, pdfsig } from '../support/pades-check';
import { oneLine, pdfText } from '../support/pdf-text';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
type Entity = { nif: string; name: string };

const LLEIDA: Entity = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Mas' };
const REVIEWER = { nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] };
const COMPETENT_BODY = 'Presidència de la Diputació de Lleida';

const RESOLUTION_FIELDS = `id kind kindLabel reasons competentBody resolvedAt registryNumber notificationId
  challenge { introduction routes { remedy term before legalBasis } note }
  document { fileId filename mediaType sha256 size downloadUrl }`;
const APPLICATION_QUERY = `query($id: ID!) { application(id: $id) { id status version
  resolution { ${RESOLUTION_FIELDS} }
  sealedCopies { id documentCode title versionLabel versionNumber acceptedSha256 embedsOriginal issuedAt document { sha256 filename downloadUrl } }
  hearings { id purpose purposeLabel reasons termDays noticeRegistryNumber notificationId concluded termOverAt allegations { registryNumber statement } }
  notifications { id act status document { sha256 downloadUrl } } } }`;

describe('the Lleida procedure to its end: resolution, hearing, sealed copies', () => {
  let api: TestService;
  let client: ReturnType<typeof applicationClient>;
  let reviewer: Headers;
  let developmentCa: Buffer;
  const others: { entity: Entity; headers: Headers; person: typeof JORDI }[] = [];

  before(async () => {
    // The development CA and the providers' seal certificates are made on the spot, valid from
    // now: this service runs on the real time (and later moves its clock forward, never back).
    api = await startTestService({ now: new Date().toISOString(), env: { RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    reviewer = await api.as(REVIEWER);
    developmentCa = Buffer.from(new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8')).rawData);
    // Four more ajuntaments of the province, given NIFs here: the seeds only hold the NIFs
    // confirmed from public sources, and a representative certificate names one.
    const places = await client.sql<{ ine_code: string }>(
      `select ine_code from local_entity where province_code = '25' and type = 'AJUNTAMENT' and nif is null order by ine_code limit 4`,
    );
    for (const [index, { ine_code: ineCode }] of places.entries()) {
      const nif = `P${ineCode}00${entityNifControlCharacter(`P${ineCode}00`)}`;
      const [row] = await client.sql<{ name: string }>('update local_entity set nif = ? where ine_code = ? and type = ? returning name', [nif, ineCode, 'AJUNTAMENT']);
      const person = { nif: ['11111111H', '33333333P', '55555555K', '66666666Q'][index], name: `Persona ${index}` };
      others.push({ entity: { nif, name: row.name }, person, headers: await api.as({ ...person, represents: { nif, name: row.name } }) });
    }
    assert.equal(others.length, 4);
  });
  after(async () => {
    await api?.close();
  });

  /** A Lleida-province ajuntament applies for the encàrrec de gestió (NNTT-EG), signs and submits. */
  async function apply(entity: Entity, person: { nif: string; name: string }, headers: Headers, key: string): Promise<string> {
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(entity.nif) }, headers);
    assert.deepEqual(started.userErrors, [], JSON.stringify(started));
    const applicationId = started.application.id;
    await client.step('updateApplicantDetails', { applicationId, name: person.name, nif: person.nif, position: 'Alcaldessa', email: 'alcaldia@example.cat' }, headers);
    await client.step('selectServices', { applicationId, serviceCodes: resource.serviceOptions.map((s: any) => s.code) }, headers);
    await client.step('setAgreementDate', { applicationId, date: '2026-11-01' }, headers);
    const accepted = await client.step('acceptConditions', {
      applicationId, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
    }, headers);
    assert.deepEqual(accepted.application.missingSteps, []);
    const { canonicalJson } = (await client.application(applicationId, headers)).signingPayload;
    const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...person, represents: entity });
    const signature = await signPayload({ payload: canonicalJson, certificateChain: signer.chain, privateKey: signer.privateKey });
    const submitted = await client.submit({ applicationId, signature, idempotencyKey: key }, headers);
    assert.deepEqual(submitted.userErrors, []);
    return applicationId;
  }

  async function read(applicationId: string, headers: Headers) {
    const response = await api.graphql(APPLICATION_QUERY, { id: applicationId }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.application;
  }

  const resolve = async (input: Record<string, unknown>, headers: Headers) => {
    const response = await api.graphql(`mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) {
      application { id status } resolution { ${RESOLUTION_FIELDS} } userErrors { code field } } }`, { input }, headers);
    return { ...(response.body.data?.resolveApplication ?? {}), errors: response.body.errors };
  };
  const openHearing = async (input: Record<string, unknown>, headers: Headers) => {
    const response = await api.graphql(`mutation($input: OpenHearingInput!) { openHearing(input: $input) {
      application { id status } hearing { id termDays noticeRegistryNumber notificationId concluded } userErrors { code field } } }`, { input }, headers);
    return { ...(response.body.data?.openHearing ?? {}), errors: response.body.errors };
  };
  const submitAllegations = async (input: Record<string, unknown>, headers: Headers) => {
    const response = await api.graphql(`mutation($input: SubmitAllegationsInput!) { submitAllegations(input: $input) {
      hearing { id concluded allegations { registryNumber statement } } registryNumber receipt userErrors { code field } } }`, { input }, headers);
    return { ...(response.body.data?.submitAllegations ?? {}), errors: response.body.errors };
  };
  const openNotification = async (notificationId: string, headers: Headers) => {
    const response = await api.graphql(`mutation($input: OpenNotificationInput!) { openNotification(input: $input) {
      notification { id status accessedAt } userErrors { code } } }`, { input: { notificationId } }, headers);
    return { ...(response.body.data?.openNotification ?? {}), errors: response.body.errors };
  };
  /** Every row an act of the provider or the entity may write, and the applications' versions. */
  const counts = async () => {
    const [row] = await client.sql(`select (select count(*) from application_event)::int as events, (select count(*) from registry_entry)::int as registry,
      (select count(*) from outbox_event)::int as outbox, (select count(*) from notification)::int as notifications, (select count(*) from hearing)::int as hearings,
      (select count(*) from resolution)::int as resolutions, (select count(*) from sealed_copy)::int as copies, (select count(*) from stored_file)::int as files,
      (select coalesce(sum(version), 0) from application)::int as versions, (select count(*) from registry_counter)::int as counters,
      (select coalesce(sum(last_sequence), 0) from registry_counter)::int as sequences`);
    return row;
  };
  const download = async (url: string) => {
    const link = new URL(url);
    const response = await fetch(`${api.url}${link.pathname}${link.search}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    return Buffer.from(await response.arrayBuffer());
  };
  /** Sealed by the Diputació de Lleida, valid and unmodified for pkijs and for poppler's pdfsig. */
  async function assertSealed(pdf: Buffer) {
    const cms = await checkPades(pdf, developmentCa, api.clock.now());
    assert.equal(cms.problem, undefined);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted], [true, true, true]);
    const report = await pdfsig(pdf);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.signerCommonName], [true, true, 'Diputació de Lleida'], report.output);
  }

  let grantedId: string;

  it('grants the encàrrec: the entity opens the resolution and downloads it and both sealed copies, every one sealed and intact', async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    grantedId = await apply(LLEIDA, MARIA, maria, 'lleida-procedure-1');
    const resolved = await resolve({
      applicationId: grantedId, decision: 'GRANT', reasons: "L'Ajuntament compleix els requisits de l'encàrrec.", competentBody: COMPETENT_BODY,
    }, reviewer);
    assert.deepEqual(resolved.userErrors, [], JSON.stringify(resolved));
    assert.equal(resolved.application.status, 'GRANTED');
    const resolution = resolved.resolution;
    assert.match(resolution.registryNumber, /^DIPUTACIO-LLEIDA-S-\d{4}-000001$/);
    assert.equal(resolution.kind, 'GRANT');
    assert.equal(resolution.kindLabel, "Resolució d'atorgament");
    assert.deepEqual(resolution.challenge.routes.map((r: any) => r.legalBasis), ['Llei 39/2015, art. 123 i 124', 'Llei 29/1998, art. 46']);

    // The event (from, to) and the outbox row of the transition; the outgoing entry holds the sealed PDF's hash.
    const [event] = await client.sql(`select from_status, to_status from application_event where type = 'granted'`);
    assert.deepEqual([event.from_status, event.to_status], ['SUBMITTED', 'GRANTED']);
    assert.equal((await client.sql(`select count(*)::int as n from outbox_event where topic = 'application.granted'`))[0].n, 1);
    const [entry] = await client.sql(`select direction, subject, content_sha256 from registry_entry where number = ?`, [resolution.registryNumber]);
    assert.deepEqual([entry.direction, entry.subject, entry.content_sha256], ['OUTGOING', 'RESOLUTION', resolution.document.sha256]);

    const application = await read(grantedId, maria);
    const notification = application.notifications.find((n: any) => n.act === 'RESOLUTION');
    assert.equal(notification.id, resolution.notificationId);
    assert.equal(notification.status, 'AVAILABLE');
    const opened = await openNotification(notification.id, maria);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.notification.status, 'ACCESSED');

    const pdf = await download(application.resolution.document.downloadUrl);
    assert.equal(createHash('sha256').update(pdf).digest('hex'), entry.content_sha256, 'the registered hash is the one of the PDF the entity gets');
    await assertSealed(pdf);
    const text = oneLine(await pdfText(pdf));
    for (const fact of [
      "Resolució d'atorgament", resolution.registryNumber, LLEIDA.name, 'NNTT-EG', COMPETENT_BODY, "L'Ajuntament compleix els requisits",
      'Recurs potestatiu de reposició', 'Recurs contenciós administratiu', 'Llei 29/1998, art. 46',
    ]) assert.ok(text.includes(fact), `the resolution states ${fact}`);

    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    assert.deepEqual(application.sealedCopies.map((c: any) => c.documentCode).sort(), ['data-processing-contract', 'management-agreement']);
    for (const copy of application.sealedCopies) {
      const accepted = resource.documents.find((d: any) => d.code === copy.documentCode);
      assert.equal(copy.acceptedSha256, accepted.sha256, 'exactly the version the entity accepted');
      assert.equal(copy.embedsOriginal, false, 'the seeded documents are published elsewhere: the service holds no original');
      const copyPdf = await download(copy.document.downloadUrl);
      await assertSealed(copyPdf);
      const copyText = oneLine(await pdfText(copyPdf));
      for (const fact of [copy.title, copy.acceptedSha256, LLEIDA.name, MARIA.nif, resolution.registryNumber]) {
        assert.ok(copyText.includes(fact), `the copy of ${copy.documentCode} states ${fact}`);
      }
    }

    // The provider's reviewer reads the same; a person of another entity reads nothing of it.
    const asReviewer = await read(grantedId, reviewer);
    assert.equal(asReviewer.resolution.id, resolution.id);
    assert.equal(asReviewer.sealedCopies.length, 2);
    const stranger = await api.graphql(APPLICATION_QUERY, { id: grantedId }, others[0].headers);
    assert.equal(stranger.body.data.application, null);
  });

  it('refuses resolving twice, another provider\'s reviewer and an applicant resolving, with nothing written', async () => {
    const before = await counts();
    const input = { applicationId: grantedId, decision: 'DENY', reasons: 'Cap.', competentBody: COMPETENT_BODY };
    assert.deepEqual((await resolve(input, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual((await resolve({ ...input, decision: 'GRANT' }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    const otherReviewer = await api.as({ nif: '44444444A', name: 'Revisor Diba', roles: ['reviewer:diba', 'admin:diba'] });
    assert.deepEqual((await resolve(input, otherReviewer)).userErrors.map((e: any) => e.code), ['NOT_FOUND']);
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    assert.deepEqual((await resolve(input, maria)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    assert.deepEqual((await openHearing({ applicationId: grantedId, reasons: 'Fets nous.' }, maria)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    const anonymous = await resolve(input, {});
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(await counts(), before);
  });

  let deniedId: string;

  it('refuses a denial on other facts without a hearing (HEARING_REQUIRED); after the hearing and signed allegations it passes', async () => {
    const { entity, person, headers } = others[0];
    deniedId = await apply(entity, person, headers, 'lleida-procedure-2');
    const deny = { applicationId: deniedId, decision: 'DENY', reasons: "L'informe tècnic conclou que l'ens ja disposa del servei.", competentBody: COMPETENT_BODY, restsOnOtherFacts: true };

    const before = await counts();
    assert.deepEqual((await resolve(deny, reviewer)).userErrors.map((e: any) => e.code), ['HEARING_REQUIRED']);
    assert.deepEqual((await openHearing({ applicationId: deniedId, reasons: 'Informe tècnic.', termDays: 9 }, reviewer)).userErrors.map((e: any) => e.code), ['OUT_OF_RANGE']);
    assert.deepEqual((await submitAllegations({ applicationId: deniedId, statement: 'Res.', signature: 'x', idempotencyKey: 'allegations-early' }, headers)).userErrors.map((e: any) => e.code), ['NO_OPEN_HEARING']);
    assert.deepEqual(await counts(), before);

    const opened = await openHearing({ applicationId: deniedId, reasons: "Segons l'informe tècnic, l'ens ja disposa del servei." }, reviewer);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.application.status, 'SUBMITTED', 'a hearing changes no status');
    assert.equal(opened.hearing.termDays, 10);
    assert.equal(opened.hearing.concluded, false);
    assert.match(opened.hearing.noticeRegistryNumber, /^DIPUTACIO-LLEIDA-S-/);
    assert.deepEqual((await openHearing({ applicationId: deniedId, reasons: 'Una altra vegada.' }, reviewer)).userErrors.map((e: any) => e.code), ['HEARING_ALREADY_OPEN']);
    assert.deepEqual((await resolve(deny, reviewer)).userErrors.map((e: any) => e.code), ['HEARING_REQUIRED'], 'the hearing is still running');

    const application = await read(deniedId, headers);
    const notice = application.notifications.find((n: any) => n.act === 'HEARING');
    assert.equal(notice.id, opened.hearing.notificationId);
    await assertSealed(await download(notice.document.downloadUrl));

    // The entity alleges, signed with CAdES as AutoFirma would; a changed statement under the signature is refused.
    const statement = "L'ens no disposa del servei: el contracte anterior va acabar el 2025.";
    const content = await api.graphql(`query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }`,
      { input: { applicationId: deniedId, subject: 'ALLEGATIONS', statement } }, headers);
    assert.equal(content.body.errors, undefined, JSON.stringify(content.body.errors));
    const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...person, represents: entity });
    const signature = await signPayloadCades({ payload: content.body.data.signedActContent.canonicalJson, certificateChain: signer.chain, privateKey: signer.privateKey });
    const beforeAllegations = await counts();
    const changed = await submitAllegations({ applicationId: deniedId, statement: `${statement} I més.`, signature, idempotencyKey: 'allegations-1' }, headers);
    assert.deepEqual(changed.userErrors.map((e: any) => e.code), ['PAYLOAD_CHANGED']);
    assert.deepEqual((await submitAllegations({ applicationId: deniedId, statement, signature, idempotencyKey: 'allegations-1' }, reviewer)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    assert.deepEqual(await counts(), beforeAllegations);

    const alleged = await submitAllegations({ applicationId: deniedId, statement, signature, idempotencyKey: 'allegations-1' }, headers);
    assert.deepEqual(alleged.userErrors, []);
    assert.match(alleged.registryNumber, /^DIPUTACIO-LLEIDA-E-/);
    assert.equal(alleged.hearing.concluded, true);
    assert.equal(alleged.hearing.allegations.statement, statement);
    const retried = await submitAllegations({ applicationId: deniedId, statement, signature, idempotencyKey: 'allegations-1' }, headers);
    assert.equal(retried.registryNumber, alleged.registryNumber, 'a retry answers with the same entry');

    const denied = await resolve(deny, reviewer);
    assert.deepEqual(denied.userErrors, []);
    assert.equal(denied.application.status, 'DENIED');
    assert.equal(denied.resolution.kind, 'DENY');
    assert.deepEqual((await read(deniedId, headers)).sealedCopies, [], 'a denial issues no copies');
  });

  it('accepts a withdrawal only once the entity asked for it, signed and registered; the slot is freed', async () => {
    const { entity, person, headers } = others[2];
    const applicationId = await apply(entity, person, headers, 'lleida-procedure-4');
    const accept = { applicationId, decision: 'ACCEPT_WITHDRAWAL', reasons: "L'ens desisteix de la sol·licitud.", competentBody: COMPETENT_BODY };
    const before = await counts();
    assert.deepEqual((await resolve(accept, reviewer)).userErrors.map((e: any) => e.code), ['WITHDRAWAL_NOT_REQUESTED']);
    assert.deepEqual(await counts(), before);

    const reason = "L'ajuntament ja no necessita l'encàrrec.";
    const content = await api.graphql(`query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }`,
      { input: { applicationId, subject: 'WITHDRAWAL_REQUEST', statement: reason } }, headers);
    const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...person, represents: entity });
    const signature = await signPayload({ payload: content.body.data.signedActContent.canonicalJson, certificateChain: signer.chain, privateKey: signer.privateKey });
    const requested = await api.graphql(`mutation($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { userErrors { code } } }`,
      { input: { applicationId, reason, signature, idempotencyKey: 'withdrawal-1' } }, headers);
    assert.deepEqual(requested.body.data.requestWithdrawal.userErrors, []);

    const accepted = await resolve(accept, reviewer);
    assert.deepEqual(accepted.userErrors, []);
    assert.equal(accepted.application.status, 'WITHDRAWN');
    assert.equal(accepted.resolution.kind, 'ACCEPT_WITHDRAWAL');
    const [row] = await client.sql('select slot from application where id = ?', [fromGlobalId(applicationId)!.id]);
    assert.equal(row.slot, null, 'a withdrawn application holds no slot');
    assert.deepEqual((await resolve(accept, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
  });

  it('also passes once the hearing term is over without allegations; desistiment once the correction term is over', async () => {
    const { entity, person, headers } = others[1];
    const applicationId = await apply(entity, person, headers, 'lleida-procedure-3');
    const deny = { applicationId, decision: 'DENY', reasons: 'Informe tècnic desfavorable.', competentBody: COMPETENT_BODY, restsOnOtherFacts: true };
    const opened = await openHearing({ applicationId, reasons: 'Informe tècnic desfavorable.', termDays: 15 }, reviewer);
    assert.deepEqual(opened.userErrors, []);

    // Another entity is asked for corrections and never answers.
    const unanswered = others[3];
    const correctedId = await apply(unanswered.entity, unanswered.person, unanswered.headers, 'lleida-procedure-5');
    const asked = await api.graphql(`mutation($input: RequestCorrectionsInput!) { requestCorrections(input: $input) { userErrors { code } } }`,
      { input: { applicationId: correctedId, items: [{ text: "Cal aportar l'acord del Ple." }] } }, reviewer);
    assert.deepEqual(asked.body.data.requestCorrections.userErrors, []);
    const desist = { applicationId: correctedId, decision: 'DECLARE_DESISTED', reasons: 'No ha esmenat la sol·licitud dins de termini.', competentBody: COMPETENT_BODY };
    const before = await counts();
    assert.deepEqual((await resolve(desist, reviewer)).userErrors.map((e: any) => e.code), ['CORRECTION_TERM_NOT_OVER']);
    assert.deepEqual((await resolve({ ...desist, decision: 'GRANT' }, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS'], 'not while corrections are pending');
    assert.deepEqual(await counts(), before);

    const openedAt = api.clock.now().getTime();
    const day = 24 * 3600 * 1000;
    // Ten calendar days unopened (deemed rejected), then fifteen business days: not yet after 25 days, certainly after 40.
    api.clock.set(new Date(openedAt + 25 * day));
    assert.deepEqual((await resolve(deny, reviewer)).userErrors.map((e: any) => e.code), ['HEARING_REQUIRED']);
    api.clock.set(new Date(openedAt + 40 * day));
    await api.service.runNotificationDeadlines();
    const hearing = (await read(applicationId, reviewer)).hearings[0];
    assert.equal(hearing.concluded, true);
    assert.ok(new Date(hearing.termOverAt).getTime() > openedAt + 25 * day);
    const denied = await resolve(deny, reviewer);
    assert.deepEqual(denied.userErrors, []);
    assert.equal(denied.application.status, 'DENIED');

    const desisted = await resolve(desist, reviewer);
    assert.deepEqual(desisted.userErrors, []);
    assert.equal(desisted.application.status, 'DESISTED');
    assert.equal(desisted.resolution.kindLabel, 'Resolució que té per desistida la sol·licitud');
  });
});
