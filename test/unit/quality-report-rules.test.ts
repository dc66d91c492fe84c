import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suspendedTermLastDay } from '../../src/applications/suspended-term.rules';
import { CalendarHoliday } from '../../src/calendar/deadline';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { TermUnit } from '../../src/catalogue/resource-enums';
import { UserErrorCode } from '../../src/errors/user-error-code';
import { shareFigures } from '../../src/quality/commitment-share.rules';
import { countDecisionsWithinTerm, DecisionFacts } from '../../src/quality/decision-term.rules';
import { lastDayOfLongestPeriod, qualityPeriodFault } from '../../src/quality/quality-period.rules';
import { BreachKind } from '../../src/quality/quality-report';
import { countRatingsAtLeast, RatingFacts } from '../../src/quality/rating-share.rules';

/** The spring 2026 weekday holidays of Catalonia, typed in: Good Friday, Easter Monday, 1 May. */
const SPRING_2026: CalendarHoliday[] = [
  ['2026-04-03', 'Divendres Sant', HolidayScope.NATIONAL], ['2026-04-06', 'Dilluns de Pasqua Florida', HolidayScope.CATALONIA],
  ['2026-05-01', 'Festa del Treball', HolidayScope.NATIONAL],
].map(([date, name, scope]) => ({ date, name, scope: scope as HolidayScope, municipality: null }));

describe('quality report periods', () => {
  it('accepts a quarter, a single day and five years exactly', () => {
    assert.equal(qualityPeriodFault('2026-01-01', '2026-03-31'), null);
    assert.equal(qualityPeriodFault('2026-02-14', '2026-02-14'), null);
    assert.equal(qualityPeriodFault('2021-01-01', '2025-12-31'), null);
  });

  it('refuses malformed days, days before 2000, reversed periods and periods over five years, naming the end at fault', () => {
    const fault = (from: string, to: string) => {
      const found = qualityPeriodFault(from, to);
      return found ? [found.code, found.field] : null;
    };
    assert.deepEqual(fault('2026-13-01', '2026-12-31'), [UserErrorCode.INVALID_DATE, 'from']);
    assert.deepEqual(fault('2026-01-01', '2026-02-30'), [UserErrorCode.INVALID_DATE, 'to']);
    assert.deepEqual(fault('01/01/2026', '2026-02-01'), [UserErrorCode.INVALID_DATE, 'from']);
    assert.deepEqual(fault('', '2026-02-01'), [UserErrorCode.INVALID_DATE, 'from']);
    assert.deepEqual(fault('1999-12-31', '2000-03-31'), [UserErrorCode.OUT_OF_RANGE, 'from']);
    assert.deepEqual(fault('2026-03-31', '2026-01-01'), [UserErrorCode.INVALID_RANGE, 'to']);
    assert.deepEqual(fault('2026-01-02', '2026-01-01'), [UserErrorCode.INVALID_RANGE, 'to']);
    assert.deepEqual(fault('2021-01-01', '2026-01-01'), [UserErrorCode.PERIOD_TOO_LONG, 'to']);
    assert.deepEqual(fault('2000-01-01', '2099-12-31'), [UserErrorCode.PERIOD_TOO_LONG, 'to']);
  });

  it('a five-year period from 29 February ends on 28 February', () => {
    assert.equal(lastDayOfLongestPeriod('2024-02-29'), '2029-02-28');
    assert.equal(lastDayOfLongestPeriod('2024-03-01'), '2029-02-28');
    assert.equal(lastDayOfLongestPeriod('2026-10-01'), '2031-09-30');
  });
});

describe('commitment shares', () => {
  it('rounds the value to one decimal and compares the exact share with the target', () => {
    // 2 of 3 = 66.666… %: shown 66.7, and it does not reach 67 % although the rounded value is closer.
    assert.deepEqual(shareFigures({ cases: 3, casesMeeting: 2, targetPercent: 67 }), { valuePercent: 66.7, met: false });
    assert.deepEqual(shareFigures({ cases: 3, casesMeeting: 2, targetPercent: 66 }), { valuePercent: 66.7, met: true });
    assert.deepEqual(shareFigures({ cases: 4, casesMeeting: 2, targetPercent: 50 }), { valuePercent: 50, met: true });
    assert.deepEqual(shareFigures({ cases: 5, casesMeeting: 5, targetPercent: 100 }), { valuePercent: 100, met: true });
    assert.deepEqual(shareFigures({ cases: 5, casesMeeting: 4, targetPercent: 100 }), { valuePercent: 80, met: false });
  });

  it('one hard-limit breach misses the commitment whatever the share; nothing to measure is null', () => {
    assert.deepEqual(shareFigures({ cases: 4, casesMeeting: 4, targetPercent: 50, hardLimitBreaches: 1 }), { valuePercent: 100, met: false });
    assert.deepEqual(shareFigures({ cases: 0, casesMeeting: 0, targetPercent: 50, hardLimitBreaches: 1 }), { valuePercent: null, met: false });
    assert.deepEqual(shareFigures({ cases: 0, casesMeeting: 0, targetPercent: 50 }), { valuePercent: null, met: null });
  });
});

describe('decisions within term', () => {
  it('a term runs from the filing and moves by each suspension, then to a business day', () => {
    // Thursday 2 April 2026 + 5 business days, skipping Good Friday and Easter Monday: Monday 13 April.
    const registeredAt = new Date('2026-04-02T08:00:00Z');
    const fiveDays = { amount: 5, unit: TermUnit.BUSINESS_DAYS };
    assert.equal(suspendedTermLastDay({ registeredAt, term: fiveDays, holidays: SPRING_2026, suspendedDays: [] }), '2026-04-13');
    assert.equal(suspendedTermLastDay({ registeredAt, term: fiveDays, holidays: SPRING_2026, suspendedDays: [3] }), '2026-04-16');
    // 13 April + 3 = 16 April, + 2 = Saturday 18 April: Monday 20 April.
    assert.equal(suspendedTermLastDay({ registeredAt, term: fiveDays, holidays: SPRING_2026, suspendedDays: [3, 2] }), '2026-04-20');
    // 1 month, date to date: Saturday 2 May (after the 1 May holiday), so Monday 4 May; a 3-day suspension: Thursday 7 May.
    const month = { amount: 1, unit: TermUnit.MONTHS };
    assert.equal(suspendedTermLastDay({ registeredAt, term: month, holidays: SPRING_2026, suspendedDays: [] }), '2026-05-04');
    assert.equal(suspendedTermLastDay({ registeredAt, term: month, holidays: SPRING_2026, suspendedDays: [3] }), '2026-05-07');
  });

  const filed = (id: string, registeredAt: string, decidedAt: string | null, suspendedDays: number[] = []): DecisionFacts => ({
    applicationId: id, registryNumber: `DIBA-E-2026-00000${id}`, registeredAt: new Date(registeredAt),
    // Each suspension took effect on Tuesday 7 April, inside every term.
    decidedAt: decidedAt ? new Date(decidedAt) : null, suspensions: suspendedDays.map((days) => ({ from: '2026-04-07', days })), holidays: SPRING_2026,
  });
  const commitment = { term: { amount: 5, unit: TermUnit.BUSINESS_DAYS }, hardLimit: { amount: 1, unit: TermUnit.MONTHS } };

  it('counts on time, late, suspended and beyond the hard limit, with what happened in each breach', () => {
    // All filed Thursday 2 April 2026 at 10:00 in Catalonia: the 5 business days end 13 April, the month 4 May.
    const decided = [
      filed('1', '2026-04-02T08:00:00Z', '2026-04-13T15:00:00Z'), //       13 April: on time (the last day counts)
      filed('2', '2026-04-02T08:00:00Z', '2026-04-14T07:00:00Z'), //       14 April: 6 business days, late
      filed('3', '2026-04-02T08:00:00Z', '2026-04-14T07:00:00Z', [3]), //  14 April, due 16 April after 3 suspended days: on time
      filed('4', '2026-04-02T08:00:00Z', '2026-05-05T07:00:00Z'), //       5 May: after the month (4 May), 20 business days
    ];
    const undecided = [
      filed('5', '2026-04-02T08:00:00Z', null), // its month ended 4 May, still undecided at the end of June: a breach
      filed('6', '2026-06-15T08:00:00Z', null), // its month ends 15 July, after the period: not (yet) a breach
    ];
    const counted = countDecisionsWithinTerm(commitment, decided, undecided, { periodLastDay: '2026-06-30', today: '2026-07-10' });
    // 4 decisions, 2 on time (1 and 3) → 50 %; 2 hard-limit breaches (4 decided after it, 5 undecided past it).
    assert.deepEqual([counted.cases, counted.casesMeeting, counted.hardLimitBreaches], [4, 2, 2]);
    assert.deepEqual(counted.breaches.map((b) => [b.applicationId, b.kind, b.day, b.dueDate, b.businessDays]), [
      ['2', BreachKind.DECIDED_AFTER_TERM, '2026-04-14', '2026-04-13', 6],
      ['4', BreachKind.DECIDED_AFTER_HARD_LIMIT, '2026-05-05', '2026-05-04', 20],
      ['5', BreachKind.UNDECIDED_AFTER_HARD_LIMIT, null, '2026-05-04', null],
    ]);
    assert.equal(counted.breaches[0].registryNumber, 'DIBA-E-2026-000002');
  });

  it('while the period runs, an undecided application breaches only once its last day is over', () => {
    const undecided = [filed('5', '2026-04-02T08:00:00Z', null)];
    const on = (today: string) => countDecisionsWithinTerm(commitment, [], undecided, { periodLastDay: '2026-06-30', today }).hardLimitBreaches;
    assert.deepEqual([on('2026-05-04'), on('2026-05-05')], [0, 1]);
    // A period that ended before the limit: no breach in it.
    assert.equal(countDecisionsWithinTerm(commitment, [], undecided, { periodLastDay: '2026-05-03', today: '2026-07-10' }).hardLimitBreaches, 0);
  });

  it('a suspension still running holds the hard limit, and one that started after it was reached does not move it', () => {
    const undecided = (suspensions: { from: string | null; days: number | null }[]) => countDecisionsWithinTerm(commitment, [],
      [{ ...filed('5', '2026-04-02T08:00:00Z', null), suspensions }], { periodLastDay: '2026-06-30', today: '2026-07-10' });
    assert.equal(undecided([{ from: '2026-04-20', days: null }]).hardLimitBreaches, 0);
    // Its month ended 4 May: a request that took effect on 6 May cannot suspend it (the delay job's rule).
    assert.deepEqual(undecided([{ from: '2026-05-06', days: 10 }]).breaches.map((b) => b.dueDate), ['2026-05-04']);
    assert.deepEqual(undecided([{ from: '2026-04-20', days: 10 }]).breaches.map((b) => b.dueDate), ['2026-05-14']);
  });

  it('a commitment without a hard limit counts no breach of it', () => {
    const counted = countDecisionsWithinTerm({ ...commitment, hardLimit: null },
      [filed('4', '2026-04-02T08:00:00Z', '2026-05-05T07:00:00Z')], [filed('5', '2026-04-02T08:00:00Z', null)], { periodLastDay: '2026-06-30', today: '2026-07-10' });
    assert.deepEqual([counted.cases, counted.casesMeeting, counted.hardLimitBreaches, counted.breaches.map((b) => b.kind)], [1, 0, 0, [BreachKind.DECIDED_AFTER_TERM]]);
  });
});

describe('survey ratings', () => {
  const answers: RatingFacts[] = [
    ['1', 'global', 9, false], ['1', 'fit', 8, true], ['2', 'global', 4, false], ['2', 'fit', 7, true], ['3', 'global', 5, false], ['3', 'fit', 10, true],
  ].map(([applicationId, questionCode, rating, fitToNeeds]) => ({
    applicationId: applicationId as string, registryNumber: null, questionCode: questionCode as string, rating: rating as number,
    fitToNeeds: fitToNeeds as boolean, submittedAt: new Date('2026-05-04T22:30:00Z'),
  }));

  it('counts every rating against the threshold, the threshold itself meeting it', () => {
    // 6 ratings, only 4 below 5 → 5 of 6.
    const counted = countRatingsAtLeast(5, answers, { fitToNeedsOnly: false });
    assert.deepEqual([counted.cases, counted.casesMeeting, counted.hardLimitBreaches], [6, 5, 0]);
    // 22:30 UTC on 4 May is 00:30 on 5 May in Catalonia.
    assert.deepEqual(counted.breaches.map((b) => [b.kind, b.applicationId, b.questionCode, b.rating, b.day]), [
      [BreachKind.RATING_BELOW_THRESHOLD, '2', 'global', 4, '2026-05-05'],
    ]);
  });

  it('counts only the fit-to-needs ratings for that commitment', () => {
    // 3 fit-to-needs ratings (8, 7, 10), 7 below 8 → 2 of 3.
    const counted = countRatingsAtLeast(8, answers, { fitToNeedsOnly: true });
    assert.deepEqual([counted.cases, counted.casesMeeting, counted.breaches.map((b) => [b.applicationId, b.rating])], [3, 2, [['2', 7]]]);
  });
});
