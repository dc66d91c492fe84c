import assert from 'node:assert/strict';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { fromGlobalId } from '../../src/graphql/global-id';
import { subscribedTo } from '../../src/outbox/webhook-topics.rules';
import { createTestPki } from '../support/test-pki';
import { buildTenantWorld } from '../support/tenant-world';
import { startTestService, TestService } from '../support/test-service';

interface Received { path: string; headers: http.IncomingHttpHeaders; body: string; at: number }

/**
 * A receiver as a subscriber would run it: records every request; `/down/<n>/…` answers 500 to
 * its first n requests and 204 after, `/fail/…` always 500, `/redirect/…` a redirect to the cloud
 * metadata address, `/hold/…` 500 but only once `releaseHeld()` is called (an attempt kept on the
 * wire), anything else 204.
 */
async function startReceiver() {
  const received: Received[] = [];
  const counts = new Map<string, number>();
  const held: (() => void)[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const seen = (counts.get(path) ?? 0) + 1;
      counts.set(path, seen);
      const down = /^\/down\/(\d+)\//.exec(path);
      const failing = path.startsWith('/fail/') || (down != null && seen <= Number(down[1]));
      if (path.startsWith('/redirect/')) return void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (path.startsWith('/hold/')) return void held.push(() => response.writeHead(500).end());
      response.writeHead(failing ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const releaseHeld = () => held.splice(0).forEach((answer) => answer());
  return { received, releaseHeld, base: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Verifies a request exactly as a receiver does with the `standardwebhooks` package; throws when it does not verify. */
function verify(secret: string, request: Received): any {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  });
}

const ADMIN = { nif: '12345678Z', name: 'Admin Diba', roles: ['admin:diba', 'editor:diba'] };
const RETRY = { WEBHOOK_RETRY_BASE_MS: '150', WEBHOOK_RETRY_MAX_INTERVAL_MS: '600', WEBHOOK_RETRY_WINDOW_MS: '1500' };

describe('webhooks: subscriptions, signed deliveries from the outbox, retries, order, SSRF', () => {
  let api: TestService;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: Record<string, string>;
  let drafts: { id: string; code: string; status: string }[];
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const resourceId = (id: string) => Buffer.from(`Resource:${id}`).toString('base64url');

  async function subscribe(url: string, topics: string[], headers = admin, provider = 'diba') {
    const { body } = await api.graphql(`mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
      subscription { id url topics enabled } secret userErrors { code field } } }`, { input: { provider, url, topics, description: 'Prova' } }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.createWebhookSubscription;
  }
  async function publication(action: 'publishResource' | 'unpublishResource', id: string) {
    const { body } = await api.graphql(`mutation($input: ResourcePublicationInput!) { ${action}(input: $input) { userErrors { code } } }`,
      { input: { resourceId: resourceId(id) } }, admin);
    assert.deepEqual(body.data[action].userErrors, [], JSON.stringify(body));
  }
  async function deliveries(subscriptionId: string) {
    const { body } = await api.graphql(`query($s: String) { webhookDeliveries(provider: "diba", subscriptionId: $s, first: 100) {
      totalCount nodes { id topic status statusLabel attempts lastResponseCode lastError nextAttemptAt lastAttemptAt createdAt messageId redeliveryOf objectId } } }`, { s: subscriptionId }, admin);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.webhookDeliveries;
  }
  async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - start > timeoutMs) assert.fail(`${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const receivedAt = (prefix: string) => receiver.received.filter((request) => request.path.startsWith(prefix));

  before(async () => {
    receiver = await startReceiver();
    const pki = await createTestPki();
    // The receiver listens on loopback: this operator allows that one host explicitly, nothing else private.
    api = await startTestService({
      env: {
        WEBHOOK_WORKER: 'true', WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_SECRET_OVERLAP_MS: '3600000',
        SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, ...RETRY,
      },
    });
    (api as any).pki = pki;
    admin = await api.as(ADMIN);
    // Two fitxes of Barcelona's, withdrawn first (before any subscription) so each test can publish and withdraw them.
    drafts = await sql(`select r.id, r.code, r.status from resource r join provider p on p.id = r.provider_id
      where r.status in ('DRAFT', 'UNPUBLISHED', 'PUBLISHED') and p.slug = 'diba' and r.code <> '111219' order by r.status, r.code limit 2`);
    assert.equal(drafts.length, 2);
    for (const draft of drafts) if (draft.status === 'PUBLISHED') await publication('unpublishResource', draft.id);
  });
  after(async () => {
    await api?.close();
    await receiver?.close();
  });

  it('delivers a publication, signed as Standard Webhooks says, with the secret shown once', async () => {
    const created = await subscribe(`${receiver.base}/ok/a`, ['resource.*']);
    assert.deepEqual(created.userErrors, []);
    assert.match(created.secret, /^whsec_[A-Za-z0-9+/=]{32}$/);
    // The secret is answered once: no field reads it again.
    const listed = await api.graphql('{ webhookSubscriptions(provider: "diba") { id url topics enabled } }', {}, admin);
    assert.deepEqual(listed.body.data.webhookSubscriptions.find((s: any) => s.id === created.subscription.id), created.subscription);
    assert.doesNotMatch(JSON.stringify(listed.body), /whsec_/);

    await publication('publishResource', drafts[0].id);
    const [request] = await until('the publication arrives', async () => receivedAt('/ok/a'), (list) => list.length >= 1);
    const message = verify(created.secret, request);
    assert.equal(message.type, 'resource.published');
    assert.equal(message.data.provider, 'diba');
    assert.equal(message.data.code, drafts[0].code);
    assert.deepEqual(message.data.object, { type: 'Resource', id: resourceId(drafts[0].id) });
    assert.throws(() => verify(created.secret, { ...request, body: request.body.replace('diba', 'ddgi') }), 'a changed body does not verify');
    assert.throws(() => verify(`whsec_${Buffer.alloc(24, 7).toString('base64')}`, request), 'another secret does not verify');

    const log = await until('the delivery is logged', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.status === 'DELIVERED');
    assert.equal(log.totalCount, 1);
    assert.equal(log.nodes[0].attempts, 1);
    assert.equal(log.nodes[0].lastResponseCode, 204);
    assert.equal(log.nodes[0].statusLabel, 'Lliurat');
    assert.equal(log.nodes[0].messageId, request.headers['webhook-id']);
  });

  it('an endpoint answering 500 gets retries with growing waits, then the delivery is marked failed', async () => {
    const created = await subscribe(`${receiver.base}/fail/b`, ['resource.unpublished']);
    await publication('unpublishResource', drafts[0].id);
    const log = await until('the delivery fails for good', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.status === 'FAILED');
    const attempts = receivedAt('/fail/b');
    assert.equal(log.nodes[0].attempts, attempts.length);
    assert.equal(log.nodes[0].lastResponseCode, 500);
    assert.equal(log.nodes[0].nextAttemptAt, null);
    // 150 ms, 300, 600, 600…: each wait at least the schedule's, until 1.5 s after the first attempt.
    assert.ok(attempts.length >= 4, `attempts: ${attempts.length}`);
    const waits = attempts.slice(1).map((request, index) => request.at - attempts[index].at);
    assert.ok(waits[0] >= 140 && waits[1] >= 290 && waits[2] >= 590, JSON.stringify(waits));
    // Retried for the whole window, by the service's clock: the window runs from the first attempt's
    // start, which the receiver only sees once it is on the wire (late, on a loaded machine).
    const [failed] = log.nodes;
    assert.ok(Date.parse(failed.lastAttemptAt) - Date.parse(failed.createdAt) >= 1500, `retried for the whole window: ${JSON.stringify(failed)}`);
    // Every attempt is the same message, freshly signed.
    assert.equal(new Set(attempts.map((request) => request.headers['webhook-id'])).size, 1);
    for (const request of attempts) verify(created.secret, request);
  });

  it('an endpoint down and then up gets every event, in order per object, once each', async () => {
    const created = await subscribe(`${receiver.base}/down/3/c`, ['resource.*']);
    const [first, second] = drafts;
    // Alternating changes of two fitxes; the endpoint fails its first three requests.
    for (let round = 0; round < 3; round += 1) {
      for (const draft of [first, second]) {
        await publication('publishResource', draft.id);
        await publication('unpublishResource', draft.id);
      }
    }
    const log = await until('all twelve delivered', () => deliveries(created.subscription.id),
      (page) => page.totalCount === 12 && page.nodes.every((node: any) => node.status === 'DELIVERED'));
    assert.ok(log.nodes.some((node: any) => node.attempts > 1), 'some were retried');
    const messages = receivedAt('/down/3/c').slice(3).map((request) => verify(created.secret, request));
    assert.equal(messages.length, 12, 'each event arrived once after the endpoint came back');
    for (const draft of [first, second]) {
      const ofObject = messages.filter((message) => message.data.object.id === resourceId(draft.id));
      assert.deepEqual(ofObject.map((message) => message.type), Array(3).fill(['resource.published', 'resource.unpublished']).flat());
      const versions = ofObject.map((message) => message.data.version);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions in order');
    }
  });

  it('two instances on one database share the work and never send an attempt twice', async () => {
    const second = await startTestService({ sameDatabaseAs: api, env: { WEBHOOK_WORKER: 'true', WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', ...RETRY } });
    try {
      const created = await subscribe(`${receiver.base}/ok/twice`, ['resource.*']);
      const [first, other] = drafts;
      for (let round = 0; round < 4; round += 1) {
        for (const draft of [first, other]) {
          await publication('publishResource', draft.id);
          await publication('unpublishResource', draft.id);
        }
      }
      await until('all sixteen delivered', () => deliveries(created.subscription.id),
        (page) => page.totalCount === 16 && page.nodes.every((node: any) => node.status === 'DELIVERED' && node.attempts === 1));
      const requests = receivedAt('/ok/twice');
      assert.equal(requests.length, 16, 'one request per delivery');
      assert.equal(new Set(requests.map((request) => request.headers['webhook-id'])).size, 16);
      const messages = requests.map((request) => verify(created.secret, request));
      for (const draft of [first, other]) {
        const versions = messages.filter((message) => message.data.object.id === resourceId(draft.id)).map((message) => message.data.version);
        assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'in order per object across instances');
      }
    } finally {
      await second.close();
    }
  });

  it('redelivers a delivered event with the same webhook-id, and refuses to redeliver a pending one', async () => {
    const created = await subscribe(`${receiver.base}/ok/d`, ['resource.published']);
    await publication('publishResource', drafts[1].id);
    const log = await until('delivered', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.status === 'DELIVERED');
    const original = log.nodes[0];
    const { body } = await api.graphql('mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { id status redeliveryOf } userErrors { code } } }',
      { input: { deliveryId: original.id } }, admin);
    assert.deepEqual(body.data.redeliverWebhook.userErrors, []);
    assert.equal(body.data.redeliverWebhook.delivery.redeliveryOf, original.id);
    await until('redelivered', async () => receivedAt('/ok/d'), (list) => list.length === 2);
    const [one, two] = receivedAt('/ok/d');
    assert.equal(one.headers['webhook-id'], two.headers['webhook-id']);
    assert.deepEqual(verify(created.secret, two), verify(created.secret, one));

    // A delivery not finished yet: nothing to redeliver, nothing written.
    await sql(`update webhook_delivery set status = 'RETRYING' where id = ?`, [fromGlobalId(original.id)!.id]);
    const [{ count }] = await sql(`select count(*)::int as count from webhook_delivery`);
    const pending = await api.graphql('mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { id } userErrors { code } } }',
      { input: { deliveryId: original.id } }, admin);
    assert.deepEqual(pending.body.data.redeliverWebhook.userErrors, [{ code: 'WEBHOOK_DELIVERY_PENDING' }]);
    assert.equal((await sql(`select count(*)::int as count from webhook_delivery`))[0].count, count);
    await sql(`update webhook_delivery set status = 'DELIVERED' where id = ?`, [fromGlobalId(original.id)!.id]);
  });

  it('rotates the secret: deliveries verify with the new one and, for the overlap, with the old one', async () => {
    const created = await subscribe(`${receiver.base}/ok/e`, ['resource.*']);
    const rotated = await api.graphql('mutation($input: WebhookSubscriptionRefInput!) { rotateWebhookSecret(input: $input) { secret subscription { previousSecretExpiresAt } userErrors { code } } }',
      { input: { subscriptionId: created.subscription.id } }, admin);
    const { secret } = rotated.body.data.rotateWebhookSecret;
    assert.match(secret, /^whsec_/);
    assert.notEqual(secret, created.secret);
    assert.ok(rotated.body.data.rotateWebhookSecret.subscription.previousSecretExpiresAt);
    await publication('unpublishResource', drafts[1].id);
    const [request] = await until('arrives', async () => receivedAt('/ok/e'), (list) => list.length === 1);
    verify(secret, request);
    verify(created.secret, request);
    assert.equal(String(request.headers['webhook-signature']).split(' ').length, 2);
  });

  it('disables a subscription: nothing more is sent, pending deliveries are cancelled', async () => {
    const created = await subscribe(`${receiver.base}/fail/f`, ['resource.*']);
    await publication('publishResource', drafts[1].id);
    await until('retrying', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.status === 'RETRYING');
    const { body } = await api.graphql('mutation($input: WebhookSubscriptionRefInput!) { disableWebhook(input: $input) { subscription { enabled } userErrors { code } } }',
      { input: { subscriptionId: created.subscription.id } }, admin);
    assert.deepEqual(body.data.disableWebhook, { subscription: { enabled: false }, userErrors: [] });
    assert.equal((await deliveries(created.subscription.id)).nodes[0].status, 'CANCELLED');
    // An attempt already on the wire when the subscription was disabled may still arrive; give it
    // time, then nothing more may come, and the delivery stays cancelled.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal((await deliveries(created.subscription.id)).nodes[0].status, 'CANCELLED', 'an attempt that ends after disabling does not revive the delivery');
    const sent = receivedAt('/fail/f').length;
    await publication('unpublishResource', drafts[1].id);
    await new Promise((resolve) => setTimeout(resolve, 700));
    assert.equal(receivedAt('/fail/f').length, sent);
    assert.equal((await deliveries(created.subscription.id)).totalCount, 1, 'no delivery for a disabled subscription');
    const again = await api.graphql('mutation($input: WebhookSubscriptionRefInput!) { disableWebhook(input: $input) { userErrors { code } } }',
      { input: { subscriptionId: created.subscription.id } }, admin);
    assert.deepEqual(again.body.data.disableWebhook.userErrors, [{ code: 'INVALID_STATUS' }]);
  });

  it('keeps a delivery cancelled when the subscription is disabled while an attempt is on the wire', async () => {
    const created = await subscribe(`${receiver.base}/hold/k`, ['resource.*']);
    await publication('publishResource', drafts[1].id);
    await until('attempt on the wire', async () => receivedAt('/hold/k').length, (count) => count === 1);
    const { body } = await api.graphql('mutation($input: WebhookSubscriptionRefInput!) { disableWebhook(input: $input) { userErrors { code } } }',
      { input: { subscriptionId: created.subscription.id } }, admin);
    assert.deepEqual(body.data.disableWebhook.userErrors, []);
    receiver.releaseHeld();
    // The first moment the attempt's answer is on record, the delivery is still cancelled and has
    // no next attempt (before the fix the worker wrote RETRYING over CANCELLED and queued a retry).
    const log = await until('the held attempt recorded', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.lastResponseCode === 500);
    assert.equal(log.nodes[0].status, 'CANCELLED');
    assert.equal(log.nodes[0].nextAttemptAt, null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(receivedAt('/hold/k').length, 1, 'no attempt after disabling');
  });

  it('refuses malformed URLs, bad topics and loopback, private or link-local addresses not allowed by configuration', async () => {
    const [{ count }] = await sql(`select count(*)::int as count from webhook_subscription`);
    const cases: [string, string[], string][] = [
      ['ftp://hooks.example.org/', ['*'], 'INVALID_URL'],
      ['not a url', ['*'], 'INVALID_URL'],
      ['https://user:pass@hooks.example.org/', ['*'], 'INVALID_URL'],
      [`http://localhost:${receiver.port}/`, ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      [`http://127.0.0.2:${receiver.port}/`, ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['http://10.0.0.8/', ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['http://169.254.169.254/latest/meta-data/', ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['http://[::1]/', ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['http://[fe80::1]/', ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['http://[::ffff:127.0.0.1]/', ['*'], 'WEBHOOK_ADDRESS_NOT_ALLOWED'],
      ['https://hooks.example.org/', ['Application.*'], 'INVALID_TOPIC'],
      ['https://hooks.example.org/', ['application.**'], 'INVALID_TOPIC'],
      ['https://hooks.example.org/', [], 'REQUIRED'],
    ];
    for (const [url, topics, code] of cases) {
      const result = await subscribe(url, topics);
      assert.equal(result.subscription, null, url);
      assert.equal(result.secret, null);
      assert.equal(result.userErrors[0]?.code, code, `${url} ${topics}`);
    }
    assert.equal((await sql(`select count(*)::int as count from webhook_subscription`))[0].count, count, 'nothing written');
  });

  it('checks the address again at delivery time: an endpoint that now points inside is refused, not called', async () => {
    const created = await subscribe(`${receiver.base}/ok/g`, ['resource.*']);
    // As if its name now resolved to another loopback address (DNS changed after subscribing).
    await sql(`update webhook_subscription set url = ? where id = ?`, [`http://127.0.0.2:${receiver.port}/ok/g`, fromGlobalId(created.subscription.id)!.id]);
    await publication('publishResource', drafts[0].id);
    const log = await until('refused', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.attempts >= 1);
    assert.match(log.nodes[0].lastError, /ADDRESS_NOT_ALLOWED/);
    assert.equal(log.nodes[0].lastResponseCode, null);
    assert.equal(receivedAt('/ok/g').length, 0);
  });

  it('never follows a redirect: an endpoint that redirects inside gets a failed attempt, and nothing else is called', async () => {
    const created = await subscribe(`${receiver.base}/redirect/j`, ['resource.*']);
    await publication('unpublishResource', drafts[0].id);
    const log = await until('attempted', () => deliveries(created.subscription.id), (page) => page.nodes[0]?.attempts >= 1);
    assert.equal(log.nodes[0].lastResponseCode, 302);
    assert.notEqual(log.nodes[0].status, 'DELIVERED');
    assert.match(log.nodes[0].lastError, /HTTP 302/);
    assert.equal(receivedAt('/redirect/j').length, log.nodes[0].attempts, 'only the endpoint itself was called');
  });

  it('sends an application status change to its provider only, with ids and statuses and no personal data', async () => {
    const lleidaAdmin = await api.as({ nif: '11111111H', roles: ['admin:diputacio-lleida'] });
    const lleida = await subscribe(`${receiver.base}/ok/h`, ['application.*'], lleidaAdmin, 'diputacio-lleida');
    const diba = await subscribe(`${receiver.base}/ok/i`, ['application.*']);
    const world = await buildTenantWorld(api, (api as any).pki);
    const [request] = await until('the submission arrives', async () => receivedAt('/ok/h'), (list) => list.length >= 1);
    const message = verify(lleida.secret, request);
    assert.equal(message.type, 'application.submitted');
    assert.equal(message.data.application, world.submittedApplicationId);
    assert.deepEqual([message.data.from, message.data.to], ['DRAFT', 'SUBMITTED']);
    assert.doesNotMatch(request.body, /Maria|Puig|12345678Z|alcaldia@paeria\.cat/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receivedAt('/ok/i').length, 0, "Barcelona's subscription gets nothing of Lleida's");
    assert.equal(diba.userErrors.length, 0);
  });

  it('the fan-out trigger matches topics as webhook-topics.rules.ts does, for topics that did not exist when subscribing', async () => {
    const ddgiAdmin = await api.as({ nif: '11111111H', roles: ['admin:ddgi'] });
    const topics = ['resource.published', 'application.submitted', 'application.correctionsRequested', 'notification.madeAvailable', 'applicationx.y'];
    const patterns = [['*'], ['application.*'], ['resource.published'], ['notification.*', 'resource.*'], ['application'], ['application.correctionsRequested']];
    const subscriptions: string[] = [];
    for (const pattern of patterns) {
      const created = await subscribe('https://hooks.example.org/ddgi', pattern, ddgiAdmin, 'ddgi');
      assert.deepEqual(created.userErrors, []);
      subscriptions.push(fromGlobalId(created.subscription.id)!.id);
    }
    for (const topic of topics) {
      await sql(`insert into outbox_event (id, topic, provider_id, aggregate_type, aggregate_id, payload)
        select gen_random_uuid(), ?, p.id, 'Resource', gen_random_uuid(), '{}' from provider p where p.slug = 'ddgi'`, [topic]);
    }
    for (const [index, pattern] of patterns.entries()) {
      const rows = await sql<{ topic: string }>(`select topic from webhook_delivery where subscription_id = ? order by sequence`, [subscriptions[index]]);
      assert.deepEqual(rows.map((row) => row.topic), topics.filter((topic) => subscribedTo(pattern, topic)), String(pattern));
    }
  });
  it('delivers on the scheduler\'s pool while requests hold every connection of theirs', async () => {
    const created = await subscribe(`${receiver.base}/ok/pool`, ['resource.*']);
    assert.deepEqual(created.userErrors, []);
    const knex = api.service.database.orm.em.getConnection().getKnex();
    const poolMax = api.service.database.orm.config.get('pool')?.max ?? 10;
    // A separate connection writes the event: the requests' pool is about to be emptied.
    const writer = new Client({ connectionString: api.databaseUrl });
    await writer.connect();
    const held = await Promise.all(Array.from({ length: poolMax }, () => knex.client.acquireConnection()));
    try {
      await writer.query(`insert into outbox_event (id, topic, provider_id, aggregate_type, aggregate_id, payload)
        select gen_random_uuid(), 'resource.published', p.id, 'Resource', gen_random_uuid(), '{}' from provider p where p.slug = 'diba'`);
      // With the deliveries' statements on the requests' pool, they would wait for a connection until these are given back.
      const [request] = await until('the delivery arrives while the requests\' pool is empty', async () => receivedAt('/ok/pool'), (list) => list.length >= 1);
      assert.equal(verify(created.secret, request).type, 'resource.published');
      const [row] = await until('the delivery is recorded', () => writer.query(`select status from webhook_delivery where subscription_id = $1`, [fromGlobalId(created.subscription.id)!.id]).then((r) => r.rows),
        (rows) => rows[0]?.status === 'DELIVERED');
      assert.equal(row.status, 'DELIVERED');
    } finally {
      for (const connection of held) await knex.client.releaseConnection(connection);
      await writer.end();
    }
  });
});
