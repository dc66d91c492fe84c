import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApplicationEntity } from '../../src/applications/application.entity';
import { withoutTenantFilter } from '../../src/database/tenant-filter';
import { StoredFileEntity } from '../../src/files/stored-file.entity';
import { fromGlobalId } from '../../src/graphql/global-id';
import { NotificationAct } from '../../src/notifications/notification-act';
import { deemUnopenedNotificationsRejected, makeNotificationAvailable } from '../../src/notifications/notification.service';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const DAY = 24 * 3_600_000;

const NOTIFICATION_FIELDS = 'id act actLabel status statusLabel madeAvailableAt accessedAt deemedRejectedAt document { fileId filename mediaType sha256 downloadUrl }';

describe('notifications: made available, opened by the entity, deemed rejected after 10 days', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let reviewer: Record<string, string>;
  let applicationId: string;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    reviewer = await api.as({ nif: '11111111H', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] });
    applicationId = await submittedApplication();
  });
  after(async () => {
    await api?.close();
  });

  /** A Lleida application for the encàrrec de gestió, signed and submitted by Maria. */
  async function submittedApplication(): Promise<string> {
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat'] }, maria);
    await client.step('setAgreementDate', { applicationId: id, date: '2026-11-01' }, maria);
    await client.step('acceptConditions', {
      applicationId: id, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
    }, maria);
    const payload = (await client.application(id, maria)).signingPayload.canonicalJson;
    const signature = await pki.sign(payload, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: `notifications-${Date.now()}` }, maria);
    assert.deepEqual(submitted.userErrors, []);
    return id;
  }

  /** What an act of the provider does (no act does yet): makes a notification available in its own transaction. */
  async function notify(act: NotificationAct, options: { withDocument?: boolean } = {}): Promise<string> {
    const fileId = options.withDocument ? await client.upload(reviewer, samplePdf(), 'requeriment.pdf') : null;
    const em = api.service.database.orm.em.fork();
    const notification = await em.transactional(async (tx) => {
      const application = await tx.findOneOrFail(ApplicationEntity, fromGlobalId(applicationId)!.id, { populate: ['provider'], ...withoutTenantFilter('the test acts as the service itself') });
      const document = fileId ? await tx.findOneOrFail(StoredFileEntity, fromGlobalId(fileId)!.id) : null;
      return makeNotificationAvailable(tx, { application, act, at: api.clock.now(), document, summary: { items: 2 } });
    });
    return Buffer.from(`Notification:${notification.id}`).toString('base64url');
  }

  async function notifications(headers: Record<string, string>) {
    const { body } = await api.graphql(`query($id: ID!) { application(id: $id) { notifications { ${NOTIFICATION_FIELDS} } } }`, { id: applicationId }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.application?.notifications ?? null;
  }

  async function open(notificationId: string, headers: Record<string, string>) {
    const { body } = await api.graphql(`mutation($input: OpenNotificationInput!) { openNotification(input: $input) {
      notification { ${NOTIFICATION_FIELDS} } userErrors { code field } } }`, { input: { notificationId } }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.openNotification;
  }

  /** Notification columns and outbox rows: what an open or the job may write. */
  async function written() {
    return {
      notifications: await client.sql(`select id, accessed_at, accessed_by_nif, deemed_rejected_at from notification order by id`),
      outbox: await client.sql(`select topic, aggregate_id, payload from outbox_event where topic like 'notification.%' order by topic, aggregate_id`),
    };
  }

  it('the entity opens it once; other entities, other providers and the reviewer cannot; the reviewer reads it', async () => {
    api.clock.set('2026-11-24T09:15:00Z');
    const notificationId = await notify(NotificationAct.CORRECTIONS_REQUEST, { withDocument: true });
    const [madeAvailable] = await client.sql(`select topic, provider_id is not null as named, payload from outbox_event where aggregate_id = ?`, [fromGlobalId(notificationId)!.id]);
    assert.deepEqual(madeAvailable, {
      topic: 'notification.madeAvailable', named: true, payload: { notification: notificationId, application: applicationId, act: 'CORRECTIONS_REQUEST' },
    }, 'the outbox row holds ids and the act, nothing personal');

    const [listed] = await notifications(maria);
    assert.equal(listed.id, notificationId);
    assert.deepEqual({ ...listed, document: { ...listed.document, downloadUrl: undefined } }, {
      id: notificationId, act: 'CORRECTIONS_REQUEST', actLabel: "Requeriment d'esmena", status: 'AVAILABLE', statusLabel: 'Pendent de llegir',
      madeAvailableAt: '2026-11-24T09:15:00.000Z', accessedAt: null, deemedRejectedAt: null,
      document: { fileId: listed.document.fileId, filename: 'requeriment.pdf', mediaType: 'application/pdf', sha256: listed.document.sha256, downloadUrl: undefined },
    });
    // PUBLIC_BASE_URL names the configured port; the test service listens on a random one.
    const link = new URL(listed.document.downloadUrl);
    const download = await fetch(`${api.url}${link.pathname}${link.search}`);
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), samplePdf());
    // With a bearer token too: the entity's people read the document of their notification; others do not.
    const byBearer = (headers: Record<string, string>) => fetch(`${api.url}/files/${listed.document.fileId}`, { headers });
    assert.equal((await byBearer(maria)).status, 200);
    assert.equal((await byBearer(await api.as({ nif: '87654321X', represents: BARCELONA }))).status, 404);

    // The provider's reviewer reads it (list and node), but opening it is the entity's.
    const before = await written();
    assert.deepEqual((await notifications(reviewer)).map((n: any) => [n.id, n.status]), [[notificationId, 'AVAILABLE']]);
    const node = await api.graphql('query($id: ID!) { node(id: $id) { ... on Notification { id act } } }', { id: notificationId }, reviewer);
    assert.deepEqual(node.body.data.node, { id: notificationId, act: 'CORRECTIONS_REQUEST' });
    const byReviewer = await open(notificationId, reviewer);
    assert.deepEqual(byReviewer, { notification: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'notificationId'] }] });

    // Another entity's representative and another provider's staff: as if it did not exist.
    const outsiders = [
      await api.as({ nif: '87654321X', name: 'Jordi Vidal', represents: BARCELONA }),
      await api.as({ nif: '22222222J', roles: ['reviewer:diba', 'admin:diba', 'editor:diba'] }),
      await api.as({ nif: '22222222J', roles: ['editor:diputacio-lleida'] }),
    ];
    for (const headers of outsiders) {
      assert.deepEqual(await open(notificationId, headers), { notification: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'notificationId'] }] });
      const hidden = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id: notificationId }, headers);
      assert.equal(hidden.body.data.node, null);
    }
    const anonymous = await api.graphql('mutation($input: OpenNotificationInput!) { openNotification(input: $input) { userErrors { code } } }', { input: { notificationId } });
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(await open('bm90IGFuIGlk', maria), { notification: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'notificationId'] }] });
    assert.deepEqual(await written(), before, 'refused opens write nothing');

    // The entity's representative opens it: access recorded once, announced once.
    api.clock.set('2026-11-26T08:00:00Z');
    const opened = await open(notificationId, maria);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.notification.status, 'ACCESSED');
    assert.equal(opened.notification.statusLabel, 'Llegida');
    assert.equal(opened.notification.accessedAt, '2026-11-26T08:00:00.000Z');
    api.clock.set('2026-11-27T08:00:00Z');
    const again = await open(notificationId, maria);
    assert.deepEqual(again.notification, { ...opened.notification, document: { ...opened.notification.document, downloadUrl: again.notification.document.downloadUrl } });
    const [row] = await client.sql(`select accessed_by_nif from notification where id = ?`, [fromGlobalId(notificationId)!.id]);
    assert.equal(row.accessed_by_nif, MARIA.nif);
    const announced = await client.sql(`select topic from outbox_event where aggregate_id = ? order by topic`, [fromGlobalId(notificationId)!.id]);
    assert.deepEqual(announced.map((r: any) => r.topic), ['notification.accessed', 'notification.madeAvailable']);

    // Deemed rejection never touches an opened notification.
    api.clock.set('2026-12-24T08:00:00Z');
    await api.service.runNotificationDeadlines();
    assert.equal((await notifications(maria))[0].status, 'ACCESSED');
  });

  it('deems unopened ones rejected at the same clock time 10 days later, once, even when two runs race', async () => {
    api.clock.set('2027-01-11T10:30:00Z');
    const ids = [await notify(NotificationAct.RESOLUTION), await notify(NotificationAct.HEARING), await notify(NotificationAct.DELAY_COMMUNICATION)];
    api.clock.set('2027-01-12T10:30:00Z');
    assert.equal((await open(ids[2], maria)).notification.status, 'ACCESSED');

    api.clock.set(new Date(Date.parse('2027-01-21T10:30:00Z') - 1));
    assert.equal(await api.service.runNotificationDeadlines(), 0, 'one millisecond before the tenth day ends, nothing is due');

    api.clock.set('2027-01-21T10:30:00Z');
    const root = api.service.database.orm.em;
    const runs = await Promise.all([
      deemUnopenedNotificationsRejected(root, api.clock.now()), deemUnopenedNotificationsRejected(root, api.clock.now()),
      api.service.runNotificationDeadlines(),
    ]);
    assert.equal(runs.reduce((sum, count) => sum + count, 0), 2, `runs marked ${JSON.stringify(runs)}`);
    assert.equal(await api.service.runNotificationDeadlines(), 0);

    const byId = new Map<string, any>((await notifications(maria)).map((n: any) => [n.id, n]));
    for (const id of ids.slice(0, 2)) {
      assert.equal(byId.get(id).status, 'DEEMED_REJECTED');
      assert.equal(byId.get(id).deemedRejectedAt, '2027-01-21T10:30:00.000Z');
      assert.equal(byId.get(id).accessedAt, null);
      const topics = await client.sql(`select topic from outbox_event where aggregate_id = ? order by topic`, [fromGlobalId(id)!.id]);
      assert.deepEqual(topics.map((r: any) => r.topic), ['notification.deemedRejected', 'notification.madeAvailable']);
    }
    assert.equal(byId.get(ids[2]).status, 'ACCESSED');

    // Opening a deemed-rejected notification shows it and records nothing (art. 43.2: it counts as notified).
    const before = await written();
    api.clock.set('2027-01-22T10:00:00Z');
    const late = await open(ids[0], maria);
    assert.deepEqual(late.userErrors, []);
    assert.equal(late.notification.status, 'DEEMED_REJECTED');
    assert.equal(late.notification.accessedAt, null);
    assert.deepEqual(await written(), before);
  });

  it('an open after the ten days, before the job ran, records the deemed rejection at its legal instant, not an access', async () => {
    api.clock.set('2027-02-01T12:00:00Z');
    const id = await notify(NotificationAct.REVOCATION_OPENING);
    api.clock.set('2027-02-11T12:00:01Z');
    const opened = await open(id, maria);
    assert.deepEqual([opened.notification.status, opened.notification.accessedAt, opened.notification.deemedRejectedAt], ['DEEMED_REJECTED', null, '2027-02-11T12:00:00.000Z']);
    assert.equal(await api.service.runNotificationDeadlines(), 0);
    const topics = await client.sql(`select topic from outbox_event where aggregate_id = ? order by topic`, [fromGlobalId(id)!.id]);
    assert.deepEqual(topics.map((r: any) => r.topic), ['notification.deemedRejected', 'notification.madeAvailable']);
  });

  it('a person the entity authorized opens it too', async () => {
    api.clock.set('2027-03-01T09:00:00Z');
    const id = await notify(NotificationAct.RESOLUTION);
    const granted = await api.graphql('mutation($input: GrantEntityAuthorizationInput!) { grantEntityAuthorization(input: $input) { userErrors { code } } }',
      { input: { localEntityId: await client.localEntityId(LLEIDA.nif), granteeNif: '22222222J', granteeName: 'Pere Roca' } }, maria);
    assert.deepEqual(granted.body.data.grantEntityAuthorization.userErrors, []);
    const pere = await api.as({ nif: '22222222J', name: 'Pere Roca' });
    const opened = await open(id, pere);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.notification.status, 'ACCESSED');
    const [row] = await client.sql(`select accessed_by_nif from notification where id = ?`, [fromGlobalId(id)!.id]);
    assert.equal(row.accessed_by_nif, '22222222J');
  });
});
