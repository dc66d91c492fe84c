import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silenceOf, SilenceFacts } from '../../src/applications/application-silence.rules';
import { ApplicationStatus } from '../../src/applications/application-status';
import { SilenceEffect } from '../../src/catalogue/resource-enums';

const submitted: SilenceFacts = {
  status: ApplicationStatus.SUBMITTED, submittedAt: new Date('2026-01-15T10:00:00Z'), resolutionDueDate: '2026-04-15',
  silenceEffect: SilenceEffect.NEGATIVE, resolutionMadeAvailableAt: null, correctionsRequestMadeAvailableAt: null,
  now: new Date('2026-04-16T10:00:00Z'),
};

describe('administrative silence (art. 24, 40.4)', () => {
  it('takes effect the day after the due date when no resolution was made available, and the duty to resolve stays', () => {
    assert.deepEqual(silenceOf(submitted), { effect: SilenceEffect.NEGATIVE, since: '2026-04-16', dutyToResolve: true });
    assert.deepEqual(silenceOf({ ...submitted, silenceEffect: SilenceEffect.POSITIVE })?.effect, SilenceEffect.POSITIVE);
  });

  it('has not taken effect on the due date itself, in Catalan time', () => {
    assert.equal(silenceOf({ ...submitted, now: new Date('2026-04-15T21:59:59Z') }), null, '23:59:59 in Barcelona (CEST)');
    assert.ok(silenceOf({ ...submitted, now: new Date('2026-04-15T22:00:00Z') }), 'midnight in Barcelona');
  });

  it('does not take effect when the resolution was made available by the due date, opened or not (art. 40.4)', () => {
    assert.equal(silenceOf({ ...submitted, status: ApplicationStatus.GRANTED, resolutionMadeAvailableAt: new Date('2026-04-15T20:00:00Z') }), null);
    assert.equal(silenceOf({ ...submitted, resolutionMadeAvailableAt: new Date('2026-04-15T21:00:00Z') }), null);
  });

  it('took effect when the resolution came after the due date; the duty was then met', () => {
    assert.deepEqual(silenceOf({ ...submitted, status: ApplicationStatus.DENIED, resolutionMadeAvailableAt: new Date('2026-04-16T08:00:00Z') }),
      { effect: SilenceEffect.NEGATIVE, since: '2026-04-16', dutyToResolve: false });
  });

  it('does not run while a request for corrections made in time suspends the term, but stays if it came too late', () => {
    const pending = { ...submitted, status: ApplicationStatus.CORRECTIONS_REQUESTED };
    assert.equal(silenceOf({ ...pending, correctionsRequestMadeAvailableAt: new Date('2026-04-10T10:00:00Z') }), null);
    assert.deepEqual(silenceOf({ ...pending, correctionsRequestMadeAvailableAt: new Date('2026-04-20T10:00:00Z') })?.since, '2026-04-16');
  });

  it('needs a filed application with a due date', () => {
    assert.equal(silenceOf({ ...submitted, status: ApplicationStatus.DRAFT, submittedAt: null }), null);
    assert.equal(silenceOf({ ...submitted, resolutionDueDate: null }), null);
    assert.equal(silenceOf({ ...submitted, status: ApplicationStatus.WITHDRAWN }), null, 'withdrawn with no resolution notified here');
  });
});
