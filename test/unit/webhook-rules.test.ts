import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressAllowed, endpointUrlProblem } from '../../src/outbox/webhook-address.rules';
import { nextAttemptAfterFailure } from '../../src/outbox/webhook-retry.rules';
import { isTopicPattern, subscribedTo } from '../../src/outbox/webhook-topics.rules';

const STRICT = { requireHttps: true, allowPrivateAddresses: false, allowedHosts: [] };

describe('webhook rules', () => {
  it('topic patterns: exact topics, prefixes and "*"', () => {
    for (const good of ['*', 'application.*', 'application.submitted', 'notification.madeAvailable', 'application.correctionsRequested', 'resource.published']) assert.ok(isTopicPattern(good), good);
    for (const bad of ['', '**', 'application.**', 'Application.*', '.x', 'a..b', 'a.*.b', '*.submitted', 'a b']) assert.ok(!isTopicPattern(bad), bad);
    assert.ok(subscribedTo(['application.*'], 'application.submitted'));
    assert.ok(!subscribedTo(['application.*'], 'applicationx.submitted'));
    assert.ok(!subscribedTo(['application'], 'application.submitted'));
    assert.ok(subscribedTo(['resource.published', 'notification.*'], 'notification.madeAvailable'));
    assert.ok(subscribedTo(['*'], 'anything.new'));
  });

  it('retries: waits double from the base up to the cap, until the window since the first attempt is over', () => {
    const schedule = { retryBaseMs: 10_000, retryMaxIntervalMs: 3 * 3_600_000, retryWindowMs: 24 * 3_600_000 };
    const first = new Date('2026-11-30T00:00:00Z');
    let at = first;
    const waits: number[] = [];
    for (let attempts = 1; ; attempts += 1) {
      const next = nextAttemptAfterFailure(schedule, attempts, first, at);
      if (!next) break;
      waits.push(next.getTime() - at.getTime());
      at = next;
    }
    assert.deepEqual(waits.slice(0, 4), [10_000, 20_000, 40_000, 80_000]);
    assert.equal(Math.max(...waits), 3 * 3_600_000);
    assert.ok(at.getTime() - first.getTime() >= 24 * 3_600_000, 'tried for at least 24 hours');
    assert.ok(at.getTime() - first.getTime() < 27 * 3_600_000);
  });

  it('endpoint URLs: https in production, no credentials, no private literals unless allowed', () => {
    assert.equal(endpointUrlProblem('https://hooks.example.org/x', STRICT), null);
    assert.equal(endpointUrlProblem('http://hooks.example.org/x', STRICT), 'NOT_HTTPS');
    assert.equal(endpointUrlProblem('https://a:b@hooks.example.org/', STRICT), 'CREDENTIALS');
    assert.equal(endpointUrlProblem('gopher://hooks.example.org/', STRICT), 'MALFORMED');
    for (const url of ['https://127.0.0.1/', 'https://localhost/', 'https://10.1.2.3/', 'https://192.168.1.1/', 'https://169.254.169.254/', 'https://[::1]/', 'https://[fd00::1]/', 'https://[::ffff:10.0.0.1]/', 'https://0.0.0.0/']) {
      assert.equal(endpointUrlProblem(url, STRICT), 'ADDRESS_NOT_ALLOWED', url);
    }
    assert.equal(endpointUrlProblem('https://10.1.2.3/', { ...STRICT, allowPrivateAddresses: true }), null);
    assert.equal(endpointUrlProblem('https://127.0.0.1/', { ...STRICT, allowedHosts: ['127.0.0.1'] }), null);
  });

  it('resolved addresses: public unicast only, unless the operator allows private ones or names the host', () => {
    assert.ok(addressAllowed('8.8.8.8', 'hooks.example.org', STRICT));
    assert.ok(addressAllowed('2a00:1450:4003::1', 'hooks.example.org', STRICT));
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '224.0.0.1']) {
      assert.ok(!addressAllowed(address, 'hooks.example.org', STRICT), address);
    }
    assert.ok(addressAllowed('10.0.0.1', 'hooks.example.org', { ...STRICT, allowPrivateAddresses: true }));
    assert.ok(!addressAllowed('0.0.0.0', 'hooks.example.org', { ...STRICT, allowPrivateAddresses: true }));
    assert.ok(addressAllowed('127.0.0.1', 'receiver.internal', { ...STRICT, allowedHosts: ['receiver.internal'] }));
  });
});
