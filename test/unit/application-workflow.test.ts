import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApplicationStatus, SLOT_HOLDING_STATUSES } from '../../src/applications/application-status';
import {
  APPLICATION_TRANSITIONS, ApplicationAction, FINAL_STATUSES, TransitionFacts, transitionRefusal,
} from '../../src/applications/application.workflow';
import { UserErrorCode } from '../../src/errors/user-error-code';

const S = ApplicationStatus;
const NOW = new Date('2026-06-15T10:00:00Z');
const BEFORE = new Date('2026-06-15T09:59:59Z');
const LATER = new Date('2026-06-15T10:00:01Z');

/** DESIGN.md "After submission", written out again by hand: the table must say exactly this. */
const DIAGRAM: Record<ApplicationAction, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  submit: { from: [S.DRAFT], to: S.SUBMITTED },
  discard: { from: [S.DRAFT], to: S.WITHDRAWN },
  requestCorrections: { from: [S.SUBMITTED], to: S.CORRECTIONS_REQUESTED },
  answerCorrections: { from: [S.CORRECTIONS_REQUESTED], to: S.SUBMITTED },
  declareDesisted: { from: [S.CORRECTIONS_REQUESTED], to: S.DESISTED },
  grant: { from: [S.SUBMITTED], to: S.GRANTED },
  deny: { from: [S.SUBMITTED], to: S.DENIED },
  acceptWithdrawal: { from: [S.SUBMITTED, S.CORRECTIONS_REQUESTED], to: S.WITHDRAWN },
  openRevocation: { from: [S.GRANTED], to: S.REVOCATION_OPEN },
  revoke: { from: [S.REVOCATION_OPEN], to: S.REVOKED },
  closeRevocation: { from: [S.REVOCATION_OPEN], to: S.GRANTED },
  lapseRevocation: { from: [S.REVOCATION_OPEN], to: S.GRANTED },
};

/** For each act, facts under which every guard of it holds. */
const PERMITTING: Record<ApplicationAction, Omit<TransitionFacts, 'status' | 'now'>> = {
  submit: {},
  discard: {},
  requestCorrections: {},
  answerCorrections: {},
  declareDesisted: { correctionTermEndsAt: BEFORE },
  grant: {},
  deny: { restsOnOtherFacts: false },
  acceptWithdrawal: { withdrawalRequested: true },
  openRevocation: {},
  revoke: { revocationLapsesAt: LATER, hearingConcluded: true },
  closeRevocation: { revocationLapsesAt: LATER },
  lapseRevocation: { revocationLapsesAt: NOW },
};

const actions = Object.keys(DIAGRAM) as ApplicationAction[];
const statuses = Object.values(ApplicationStatus);

describe('application workflow table', () => {
  it('has exactly the acts and targets of the diagram', () => {
    assert.deepEqual(Object.keys(APPLICATION_TRANSITIONS).sort(), [...actions].sort());
    for (const action of actions) {
      assert.deepEqual([...APPLICATION_TRANSITIONS[action].from].sort(), [...DIAGRAM[action].from].sort(), `${action}: from`);
      assert.equal(APPLICATION_TRANSITIONS[action].to, DIAGRAM[action].to, `${action}: to`);
    }
  });

  it('allows every act from each status of the diagram and refuses it from every other status', () => {
    for (const action of actions) {
      for (const status of statuses) {
        const refusal = transitionRefusal(action, { ...PERMITTING[action], status, now: NOW });
        if (DIAGRAM[action].from.includes(status)) {
          assert.equal(refusal, null, `${action} from ${status} is allowed`);
          continue;
        }
        const expected = action === 'submit' ? (status === S.SUBMITTED ? UserErrorCode.ALREADY_SUBMITTED : UserErrorCode.NOT_A_DRAFT)
          : action === 'discard' ? (status === S.WITHDRAWN ? UserErrorCode.ALREADY_WITHDRAWN : UserErrorCode.NOT_A_DRAFT)
            : UserErrorCode.INVALID_STATUS;
        assert.equal(refusal, expected, `${action} from ${status} is refused`);
      }
    }
  });

  it('reaches every status from a draft, and nothing leads out of the final ones', () => {
    const reached = new Set<ApplicationStatus>([S.DRAFT]);
    for (let grew = true; grew;) {
      grew = false;
      for (const { from, to } of Object.values(APPLICATION_TRANSITIONS)) {
        if (from.some((status) => reached.has(status)) && !reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
    assert.deepEqual([...reached].sort(), [...statuses].sort());
    assert.deepEqual([...FINAL_STATUSES].sort(), [S.DENIED, S.DESISTED, S.REVOKED, S.WITHDRAWN].sort());
  });

  it('gives every change its own event name', () => {
    const events = Object.values(APPLICATION_TRANSITIONS).map((t) => t.event);
    assert.equal(new Set(events).size, events.length);
  });

  it('keeps the entity\'s place under the limit exactly while the application is pending or granted', () => {
    assert.deepEqual([...SLOT_HOLDING_STATUSES].sort(), [S.CORRECTIONS_REQUESTED, S.GRANTED, S.REVOCATION_OPEN, S.SUBMITTED].sort());
  });
});

describe('application workflow guards', () => {
  const cases: [string, ApplicationAction, ApplicationStatus, Omit<TransitionFacts, 'status' | 'now'>, UserErrorCode | null][] = [
    // Desistiment for not correcting (art. 68.1) only once the term is over; a late answer counts until then (art. 73.3).
    ['desisted after the correction term', 'declareDesisted', S.CORRECTIONS_REQUESTED, { correctionTermEndsAt: BEFORE }, null],
    ['desisted at the last instant of the term', 'declareDesisted', S.CORRECTIONS_REQUESTED, { correctionTermEndsAt: NOW }, UserErrorCode.CORRECTION_TERM_NOT_OVER],
    ['desisted during the term', 'declareDesisted', S.CORRECTIONS_REQUESTED, { correctionTermEndsAt: LATER }, UserErrorCode.CORRECTION_TERM_NOT_OVER],
    ['desisted with no term known', 'declareDesisted', S.CORRECTIONS_REQUESTED, {}, UserErrorCode.CORRECTION_TERM_NOT_OVER],
    ['a late answer to corrections', 'answerCorrections', S.CORRECTIONS_REQUESTED, { correctionTermEndsAt: BEFORE }, null],
    // Withdrawal after submission is accepted, never imposed (art. 94).
    ['withdrawal accepted when asked for', 'acceptWithdrawal', S.SUBMITTED, { withdrawalRequested: true }, null],
    ['withdrawal asked for while correcting', 'acceptWithdrawal', S.CORRECTIONS_REQUESTED, { withdrawalRequested: true }, null],
    ['withdrawal nobody asked for', 'acceptWithdrawal', S.SUBMITTED, { withdrawalRequested: false }, UserErrorCode.WITHDRAWAL_NOT_REQUESTED],
    ['withdrawal with the request unknown', 'acceptWithdrawal', S.SUBMITTED, {}, UserErrorCode.WITHDRAWAL_NOT_REQUESTED],
    // A denial on facts the applicant did not bring needs a hearing (art. 82).
    ['denial on the applicant\'s own facts', 'deny', S.SUBMITTED, { restsOnOtherFacts: false }, null],
    ['denial on other facts after a hearing', 'deny', S.SUBMITTED, { restsOnOtherFacts: true, hearingConcluded: true }, null],
    ['denial on other facts without a hearing', 'deny', S.SUBMITTED, { restsOnOtherFacts: true, hearingConcluded: false }, UserErrorCode.HEARING_REQUIRED],
    ['denial with the facts not stated', 'deny', S.SUBMITTED, {}, UserErrorCode.HEARING_REQUIRED],
    ['a grant needs no hearing', 'grant', S.SUBMITTED, { restsOnOtherFacts: true }, null],
    // Revocation: always heard, and only before it lapses (art. 25.1.b).
    ['revoked after the hearing, in time', 'revoke', S.REVOCATION_OPEN, { hearingConcluded: true, revocationLapsesAt: LATER }, null],
    ['revoked without a hearing', 'revoke', S.REVOCATION_OPEN, { hearingConcluded: false, revocationLapsesAt: LATER }, UserErrorCode.HEARING_REQUIRED],
    ['revoked at the instant it lapses', 'revoke', S.REVOCATION_OPEN, { hearingConcluded: true, revocationLapsesAt: NOW }, UserErrorCode.REVOCATION_LAPSED],
    ['revoked with no lapse date known', 'revoke', S.REVOCATION_OPEN, { hearingConcluded: true }, UserErrorCode.REVOCATION_LAPSED],
    ['declared lapsed at the instant it lapses', 'lapseRevocation', S.REVOCATION_OPEN, { revocationLapsesAt: NOW }, null],
    ['declared lapsed too early', 'lapseRevocation', S.REVOCATION_OPEN, { revocationLapsesAt: LATER }, UserErrorCode.REVOCATION_NOT_LAPSED],
    ['closed without revoking, before it lapses', 'closeRevocation', S.REVOCATION_OPEN, { revocationLapsesAt: LATER }, null],
    ['closed at the instant it lapses', 'closeRevocation', S.REVOCATION_OPEN, { revocationLapsesAt: NOW }, UserErrorCode.REVOCATION_LAPSED],
    ['closed once lapsed', 'closeRevocation', S.REVOCATION_OPEN, { revocationLapsesAt: BEFORE }, UserErrorCode.REVOCATION_LAPSED],
    // The status is checked before the guards: resolving twice is out of order, whatever the facts.
    ['denied twice', 'deny', S.DENIED, { restsOnOtherFacts: true }, UserErrorCode.INVALID_STATUS],
    ['revoking a denial', 'revoke', S.DENIED, {}, UserErrorCode.INVALID_STATUS],
    ['answering corrections nobody asked for', 'answerCorrections', S.SUBMITTED, {}, UserErrorCode.INVALID_STATUS],
  ];
  for (const [name, action, status, facts, expected] of cases) {
    it(name, () => assert.equal(transitionRefusal(action, { ...facts, status, now: NOW }), expected));
  }
});
