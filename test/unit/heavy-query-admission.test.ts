import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeavyQueryAdmission, HeavyQueryAdmissionOptions } from '../../src/graphql/heavy-query-admission';

const admission = (options: Partial<HeavyQueryAdmissionOptions>) =>
  new HeavyQueryAdmission({ heavyCost: 6000, concurrency: 10, waitMs: 0, maxWaiting: 100, perClientPerMinute: 0, ...options });

const turn = (result: Awaited<ReturnType<HeavyQueryAdmission['admit']>>) => {
  assert.ok('end' in result, `admitted, not ${JSON.stringify(result)}`);
  return result.end;
};

describe('admission of heavy operations (issue 11, "Abuse")', () => {
  it('is heavy only above the threshold', () => {
    assert.equal(admission({}).isHeavy(6000), false);
    assert.equal(admission({}).isHeavy(6001), true);
  });

  it('refuses a client its second heavy operation within 60/n seconds with the seconds left, and nobody else', async () => {
    const limits = admission({ perClientPerMinute: 6 });
    turn(await limits.admit('203.0.113.9'))();
    const refused = await limits.admit('203.0.113.9');
    assert.equal('reason' in refused && refused.reason, 'rate');
    assert.ok('retryAfterSeconds' in refused && refused.retryAfterSeconds >= 9 && refused.retryAfterSeconds <= 10, JSON.stringify(refused));
    turn(await limits.admit('203.0.113.10'))();
    turn(await limits.admit('subject-of-a-token'))();
  });

  it('holds a request over its client\'s rate until the client\'s next turn when that comes within the wait', async () => {
    // 600 a minute: one every 100 ms; the wait (1 s) outlasts it.
    const limits = admission({ perClientPerMinute: 600, waitMs: 1000 });
    turn(await limits.admit('a'))();
    const started = Date.now();
    turn(await limits.admit('a'))();
    assert.ok(Date.now() - started >= 80, 'it waited for its next turn');
  });

  it('waits the whole wait before refusing one whose next turn is later', async () => {
    const limits = admission({ perClientPerMinute: 1, waitMs: 200 });
    turn(await limits.admit('a'))();
    const started = Date.now();
    const refused = await limits.admit('a');
    assert.ok(Date.now() - started >= 180, 'a refusal at once would bring the next request at once');
    assert.equal('reason' in refused && refused.reason, 'rate');
    assert.equal(limits.waitingCount, 0);
  });

  it('has no rate with 0 a minute, and none for work outside a request (no client)', async () => {
    const unlimited = admission({});
    for (let i = 0; i < 5; i++) turn(await unlimited.admit('a'))();
    const limited = admission({ perClientPerMinute: 1 });
    for (let i = 0; i < 5; i++) turn(await limited.admit(undefined))();
  });

  it('answers busy when every turn is taken past the wait, or too many already wait; a turn given back is free again', async () => {
    const limits = admission({ concurrency: 1, waitMs: 50 });
    const end = turn(await limits.admit('a'));
    assert.deepEqual(await limits.admit('b'), { reason: 'busy' });
    end();
    end();
    turn(await limits.admit('b'))();
    const crowded = admission({ concurrency: 1, waitMs: 1000, maxWaiting: 1 });
    const held = turn(await crowded.admit('a'));
    const waiting = crowded.admit('b');
    assert.deepEqual(await crowded.admit('c'), { reason: 'busy' });
    held();
    turn(await waiting)();
  });
});
