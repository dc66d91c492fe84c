import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NotificationStatus } from '../../src/notifications/notification-act';
import { canOpenNotification, canReadNotifications } from '../../src/notifications/notification.policy';
import {
  deemedRejectionAt, isDueForDeemedRejection, notificationEffectiveAt, notificationStatus,
} from '../../src/notifications/notification.rules';
import { Actor } from '../../src/identity/actor';

const at = (iso: string) => new Date(iso);

describe('notification rules (Llei 39/2015 art. 43)', () => {
  // [made available, deemed rejected]: the same clock time in Catalonia 10 calendar days later.
  const DEEMED_REJECTION: [string, string, string][] = [
    ['winter time, no change in between', '2026-11-02T10:00:00.000Z', '2026-11-12T10:00:00.000Z'],
    ['over a month end', '2026-01-25T16:30:15.250Z', '2026-02-04T16:30:15.250Z'],
    ['over a year end, at 00:30 in Catalonia', '2026-12-25T23:30:00.000Z', '2027-01-04T23:30:00.000Z'],
    ['across the spring change: 11:00 CET to 11:00 CEST, 239 hours', '2026-03-20T10:00:00.000Z', '2026-03-30T09:00:00.000Z'],
    ['across the autumn change: 12:00 CEST to 12:00 CET, 241 hours', '2026-10-20T10:00:00.000Z', '2026-10-30T11:00:00.000Z'],
    ['landing in the spring gap (02:30 does not exist): 03:30 CEST', '2026-03-19T01:30:00.000Z', '2026-03-29T01:30:00.000Z'],
    ['landing on the repeated autumn hour (02:30 twice): the later one', '2026-10-15T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
  ];
  for (const [name, madeAvailable, expected] of DEEMED_REJECTION) {
    it(`deemedRejectionAt: ${name}`, () => {
      assert.equal(deemedRejectionAt(at(madeAvailable)).toISOString(), expected);
    });
  }

  it('the status and the effective instant come from the columns: access or deemed rejection, whichever happened', () => {
    const madeAvailableAt = at('2026-11-02T10:00:00Z');
    const available = { madeAvailableAt, accessedAt: null, deemedRejectedAt: null };
    const accessed = { ...available, accessedAt: at('2026-11-05T08:00:00Z') };
    const rejected = { ...available, deemedRejectedAt: at('2026-11-12T10:00:00Z') };
    assert.deepEqual([available, accessed, rejected].map(notificationStatus),
      [NotificationStatus.AVAILABLE, NotificationStatus.ACCESSED, NotificationStatus.DEEMED_REJECTED]);
    assert.deepEqual([available, accessed, rejected].map((n) => notificationEffectiveAt(n)?.toISOString() ?? null),
      [null, '2026-11-05T08:00:00.000Z', '2026-11-12T10:00:00.000Z']);
  });

  it('is due for deemed rejection from its instant on, and only while unopened', () => {
    const available = { madeAvailableAt: at('2026-11-02T10:00:00Z') };
    assert.equal(isDueForDeemedRejection(available, at('2026-11-12T09:59:59.999Z')), false);
    assert.equal(isDueForDeemedRejection(available, at('2026-11-12T10:00:00Z')), true);
    assert.equal(isDueForDeemedRejection({ ...available, accessedAt: at('2026-11-03T10:00:00Z') }, at('2026-12-01T00:00:00Z')), false);
    assert.equal(isDueForDeemedRejection({ ...available, deemedRejectedAt: at('2026-11-12T10:00:00Z') }, at('2026-12-01T00:00:00Z')), false);
  });

  it('policy: only who acts for the entity opens; the provider\'s reviewers and admins read submitted ones', () => {
    const person = (...roles: { role: 'editor' | 'reviewer' | 'admin'; provider: string }[]): Actor => ({
      subject: 'test:p', name: 'P', nif: '12345678Z', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' }, represents: null, roles,
    });
    assert.equal(canOpenNotification(person(), true), true);
    assert.equal(canOpenNotification(person({ role: 'admin', provider: 'diba' }), false), false);
    assert.equal(canOpenNotification(null, true), false);
    assert.equal(canReadNotifications(person({ role: 'reviewer', provider: 'diba' }), false, 'diba', true), true);
    assert.equal(canReadNotifications(person({ role: 'reviewer', provider: 'diba' }), false, 'diba', false), false);
    assert.equal(canReadNotifications(person({ role: 'reviewer', provider: 'ddgi' }), false, 'diba', true), false);
    assert.equal(canReadNotifications(person({ role: 'editor', provider: 'diba' }), false, 'diba', true), false);
    assert.equal(canReadNotifications(person(), true, 'diba', false), true);
  });
});
