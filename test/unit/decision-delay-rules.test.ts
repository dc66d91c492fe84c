import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarHoliday } from '../../src/calendar/deadline';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { QualityIndicator, TermUnit } from '../../src/catalogue/resource-enums';
import {
  checkDelayCommunication, communicatedInTime, DelaySuspension, decisionBreached, decisionBreachMoment, decisionDelayTerms, delayCommunicationDueDate,
} from '../../src/quality/decision-delay.rules';

const HOLIDAYS: CalendarHoliday[] = [
  { date: '2026-06-24', name: 'Sant Joan', scope: HolidayScope.CATALONIA, municipality: null },
  { date: '2026-12-08', name: 'La Immaculada', scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2026-12-25', name: 'Nadal', scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2027-01-01', name: "Cap d'any", scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2027-03-04', name: 'Festa local (prova)', scope: HolidayScope.LOCAL, municipality: '251207' },
];
const THREE_MONTHS = { amount: 3, unit: TermUnit.MONTHS };
const FIVE_BUSINESS_DAYS = { amount: 5, unit: TermUnit.BUSINESS_DAYS };
const at = (iso: string) => new Date(iso);

function breach(registeredAt: string, suspensions: DelaySuspension[] = []) {
  return decisionBreachMoment({ registeredAt: at(registeredAt), hardLimit: THREE_MONTHS, suspensions, holidays: HOLIDAYS });
}

describe('decision delay: when 3 months pass undecided (fitxa 111219)', () => {
  // [case, registry instant, suspensions, last day to decide, breach moment (first instant after it)]
  const TABLE: [string, string, DelaySuspension[], string, string][] = [
    ['date to date; filed in winter, breached in summer time: midnight is 22:00 UTC', '2026-03-02T09:00:00Z', [], '2026-06-02', '2026-06-02T22:00:00.000Z'],
    ['filed on a Saturday: the Administration\'s term runs from that day; ends on a Sunday, so on Monday', '2026-03-07T10:00:00Z', [], '2026-06-08', '2026-06-08T22:00:00.000Z'],
    ['ends on a holiday (8 December): the next business day', '2026-09-08T08:00:00Z', [], '2026-12-09', '2026-12-09T23:00:00.000Z'],
    ['30 November + 3 months clamps to 28 February, a Sunday: Monday 1 March', '2026-11-30T10:00:00Z', [], '2027-03-01', '2027-03-01T23:00:00.000Z'],
    ['registered at 00:30 in Catalonia (23:30 UTC the day before): the Catalan day counts', '2026-11-30T23:30:00Z', [], '2027-03-01', '2027-03-01T23:00:00.000Z'],
    ['a suspension of 14 days moves it 14 calendar days', '2026-11-30T10:00:00Z', [{ from: '2026-12-10', days: 14 }], '2027-03-15', '2027-03-15T23:00:00.000Z'],
    ['two suspensions, in the order they started', '2026-11-30T10:00:00Z', [{ from: '2027-02-01', days: 3 }, { from: '2026-12-10', days: 14 }], '2027-03-18', '2027-03-18T23:00:00.000Z'],
    ['a suspension that lands on a Saturday moves on to Monday', '2026-11-30T10:00:00Z', [{ from: '2026-12-10', days: 5 }], '2027-03-08', '2027-03-08T23:00:00.000Z'],
    ['a suspension of 0 days (answered the same day) moves nothing', '2026-11-30T10:00:00Z', [{ from: '2026-12-10', days: 0 }], '2027-03-01', '2027-03-01T23:00:00.000Z'],
    ['a request that never took effect suspends nothing', '2026-11-30T10:00:00Z', [{ from: null, days: null }], '2027-03-01', '2027-03-01T23:00:00.000Z'],
    ['a request made after the breach does not undo it', '2026-11-30T10:00:00Z', [{ from: '2027-03-02', days: 10 }], '2027-03-01', '2027-03-01T23:00:00.000Z'],
  ];
  for (const [name, registeredAt, suspensions, lastDay, breachedAt] of TABLE) {
    it(name, () => {
      const moment = breach(registeredAt, suspensions);
      assert.equal(moment.state, 'KNOWN');
      if (moment.state !== 'KNOWN') return;
      assert.equal(moment.lastDay, lastDay);
      assert.equal(moment.breachedAt.toISOString(), breachedAt);
    });
  }

  it('a suspension that started within the term and still runs stops the term: no breach moment yet', () => {
    assert.deepEqual(breach('2026-11-30T10:00:00Z', [{ from: '2027-02-20', days: null }]), { state: 'SUSPENDED' });
    assert.equal(decisionBreached({ state: 'SUSPENDED' }, { decisionAvailableAt: null, now: at('2030-01-01T00:00:00Z') }), false);
  });

  it('breached only once the moment has come and no decision was made available before it', () => {
    const moment = breach('2026-11-30T10:00:00Z');
    const justBefore = at('2027-03-01T22:59:59.999Z');
    const breachedAt = at('2027-03-01T23:00:00Z');
    assert.equal(decisionBreached(moment, { decisionAvailableAt: null, now: justBefore }), false);
    assert.equal(decisionBreached(moment, { decisionAvailableAt: null, now: breachedAt }), true);
    // Made available at 23:59 on the last day: in time (art. 40.4).
    assert.equal(decisionBreached(moment, { decisionAvailableAt: justBefore, now: at('2027-03-05T10:00:00Z') }), false);
    assert.equal(decisionBreached(moment, { decisionAvailableAt: breachedAt, now: at('2027-03-05T10:00:00Z') }), true);
  });
});

describe('decision delay: the communication of causes and measures', () => {
  // [case, breach moment, due date]
  const TABLE: [string, string, string][] = [
    ['breach day Tuesday 2 March: counted from Wednesday, the local holiday of 4 March skipped', '2027-03-01T23:00:00Z', '2027-03-10'],
    ['breach day Wednesday 3 June (summer time): five business days from Thursday', '2026-06-02T22:00:00Z', '2026-06-10'],
    ['breach day Saturday 6 June: Monday to Friday', '2026-06-05T22:00:00Z', '2026-06-12'],
    ['breach day a holiday (8 December): counted from Wednesday 9', '2026-12-07T23:00:00Z', '2026-12-15'],
    ['breach day Friday 19 June; Sant Joan (24 June) within the five days', '2026-06-18T22:00:00Z', '2026-06-29'],
  ];
  for (const [name, breachedAt, dueDate] of TABLE) {
    it(name, () => {
      assert.equal(delayCommunicationDueDate({ breachedAt: at(breachedAt), term: FIVE_BUSINESS_DAYS, holidays: HOLIDAYS }), dueDate);
    });
  }

  it('a term in calendar days counts every day from the day after the breach day', () => {
    assert.equal(delayCommunicationDueDate({ breachedAt: at('2027-03-01T23:00:00Z'), term: { amount: 10, unit: TermUnit.CALENDAR_DAYS }, holidays: HOLIDAYS }), '2027-03-12');
  });

  it('in time when communicated on or before the due date, in Catalan days', () => {
    assert.equal(communicatedInTime(at('2027-03-10T22:59:00Z'), '2027-03-10'), true);
    assert.equal(communicatedInTime(at('2027-03-10T23:00:00Z'), '2027-03-10'), false);
  });

  it('causes and measures are required and bounded; stored trimmed', () => {
    assert.deepEqual(checkDelayCommunication({ causes: '  Manca de personal. ', measures: 'Reforç.' }), { ok: true, causes: 'Manca de personal.', measures: 'Reforç.' });
    const refused = checkDelayCommunication({ causes: '   ', measures: 'x'.repeat(4001) });
    assert.equal(refused.ok, false);
    if (refused.ok) return;
    assert.deepEqual(refused.userErrors.map((e) => [e.code, e.field]), [['REQUIRED', ['input', 'causes']], ['TOO_LONG', ['input', 'measures']]]);
  });
});

describe('decision delay: the terms are the fitxa\'s data', () => {
  const decision = { indicator: QualityIndicator.DECISION_WITHIN_TERM, threshold: 55, thresholdUnit: TermUnit.BUSINESS_DAYS, hardLimitAmount: 3, hardLimitUnit: TermUnit.MONTHS };
  const communication = { indicator: QualityIndicator.BREACH_COMMUNICATED_WITHIN_TERM, threshold: 5, thresholdUnit: TermUnit.BUSINESS_DAYS };

  it('reads the hard limit and the communication term from the two commitments', () => {
    assert.deepEqual(decisionDelayTerms([communication, decision]), { hardLimit: THREE_MONTHS, communication: FIVE_BUSINESS_DAYS });
    assert.deepEqual(decisionDelayTerms([{ ...decision, hardLimitAmount: 2, hardLimitUnit: TermUnit.MONTHS }, { ...communication, threshold: 10, thresholdUnit: TermUnit.CALENDAR_DAYS }]),
      { hardLimit: { amount: 2, unit: TermUnit.MONTHS }, communication: { amount: 10, unit: TermUnit.CALENDAR_DAYS } });
  });

  it('no delay tasks for a fitxa without either commitment or without their terms', () => {
    assert.equal(decisionDelayTerms([decision]), null);
    assert.equal(decisionDelayTerms([communication]), null);
    assert.equal(decisionDelayTerms([{ ...decision, hardLimitAmount: null, hardLimitUnit: null }, communication]), null);
    assert.equal(decisionDelayTerms([decision, { ...communication, thresholdUnit: null }]), null);
    assert.equal(decisionDelayTerms([]), null);
  });
});
