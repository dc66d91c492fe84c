import assert from 'node:assert/strict';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestService, TestService } from '../support/test-service';
import { assertNoAxeViolations, chromiumSkip, launchChromium, openAdmin, signInWithDevelopmentForm } from '../support/admin-browser';

const ADMIN = { nif: '12345678Z', name: 'Admin Diba', roles: ['admin:diba'] };
const EDITOR = { nif: '87654321X', name: 'Editora Diba', roles: ['editor:diba'] };

/** An endpoint as a subscriber runs it: answers 204 and records the webhook-id of every request. */
async function startReceiver() {
  const webhookIds: string[] = [];
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      webhookIds.push(String(request.headers['webhook-id']));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { webhookIds, url: `http://127.0.0.1:${port}/hooks/cataleg`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * The admins' webhooks screen with a real delivery: the worker of the service sends a publication
 * to a receiver on this machine (the one host WEBHOOK_ALLOWED_HOSTS lets through), and the admin
 * sends it again from the delivery log.
 */
describe('the admins\' webhook delivery log', { skip: chromiumSkip }, () => {
  let api: TestService;
  let browser: Browser;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  before(async () => {
    receiver = await startReceiver();
    api = await startTestService({ env: { RESPONSE_CACHE: 'false', WEBHOOK_WORKER: 'true', WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await api?.close();
    await receiver?.close();
  });

  async function until<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - start > timeoutMs) assert.fail(`${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** An editor creates and publishes a fitxa through the API: the event the subscription receives. */
  async function publishFitxa(code: string): Promise<void> {
    const editor = await api.as(EDITOR);
    const unitCode = (await api.graphql('{ provider(slug: "diba") { units { code } } }')).body.data.provider.units[0].code;
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: {
        provider: 'diba', code, content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' }, unitCode,
          translations: [{ locale: 'CA', title: 'Recurs per al webhook', summary: 'Resum.', description: 'Descripció.' }],
        },
      },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, [], JSON.stringify(created.body));
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }',
      { input: { resourceId: created.body.data.createResource.resource.id } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, [], JSON.stringify(published.body));
  }

  it('an admin subscribes an endpoint, sees the delivery in the log, sends it again and the endpoint gets the same webhook-id', async () => {
    const admin = await openAdmin(browser, api.url);
    const { page } = admin;
    const rows = page.locator('[data-table="deliveries"] tbody tr');
    try {
      await signInWithDevelopmentForm(page, ADMIN);
      await page.locator('main').getByRole('link', { name: 'Administració de Diputació de Barcelona' }).click();
      await page.locator('main').getByRole('link', { name: 'Webhooks' }).click();
      await page.locator('[data-screen="settings-webhooks"]').waitFor();
      await page.locator('#input\\.url').fill(receiver.url);
      await page.locator('#input\\.topics').fill('resource.published');
      await page.locator('#webhook-form button[type="submit"]').click();
      await page.locator('[data-secret-value]').waitFor();

      await publishFitxa('WEBHOOK-REDELIVERY');
      await until('the publication reaches the endpoint', () => receiver.webhookIds, (ids) => ids.length === 1);
      // The log is read again on demand: the delivery was made after the screen was loaded.
      await page.getByRole('button', { name: 'Actualitza els enviaments' }).click();
      await rows.filter({ hasText: 'Lliurat' }).waitFor();
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().textContent() ?? '', /resource\.published.*Lliurat.*HTTP 204/s);
      await assertNoAxeViolations(page, 'the webhooks with a delivery');

      await page.getByRole('button', { name: /^Torna a enviar resource\.published del / }).click();
      await page.getByText('S’ha tornat a enviar l’esdeveniment.').waitFor();
      const ids = await until('the redelivery reaches the endpoint', () => receiver.webhookIds, (list) => list.length === 2);
      assert.equal(ids[1], ids[0], 'the same message, so the receiver can tell it has seen it');

      // The log shows the redelivery as its own row, marked as such, with the message's webhook-id.
      await until('the redelivery is logged as delivered', async () => {
        await page.getByRole('button', { name: 'Actualitza els enviaments' }).click();
        return rows.filter({ hasText: 'Lliurat' }).count();
      }, (delivered) => delivered === 2);
      const redelivery = rows.filter({ hasText: 'Reenviament' });
      assert.equal(await redelivery.count(), 1);
      assert.match(await redelivery.textContent() ?? '', new RegExp(`Reenviament del missatge ${ids[0]}`));
      assert.equal(await rows.count(), 2);
      await assertNoAxeViolations(page, 'the webhooks with a redelivery');
      assert.deepEqual(admin.cspViolations, []);
      assert.deepEqual(admin.pageErrors, []);
    } finally {
      await admin.close();
    }
  });
});
