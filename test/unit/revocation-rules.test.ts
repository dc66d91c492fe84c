import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApplicationStatus } from '../../src/applications/application-status';
import { transitionRefusal } from '../../src/applications/application.workflow';
import { checkDecision, checkDiagnosis, REVOCATION_BOUNDS, revocationTerm } from '../../src/applications/revocation.rules';
import { CalendarHoliday } from '../../src/calendar/deadline';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { UserErrorCode } from '../../src/errors/user-error-code';

const { NATIONAL, CATALONIA, LOCAL } = HolidayScope;
const holiday = (date: string, name: string, scope: HolidayScope, municipality: string | null = null): CalendarHoliday => ({ date, name, scope, municipality });
/** Typed in by hand (docs/NOTES.md, "Legal calendar"), with Barcelona's La Mercè of 2026. */
const HOLIDAYS: CalendarHoliday[] = [
  holiday('2026-05-01', 'Festa del Treball', NATIONAL), holiday('2026-06-24', 'Sant Joan', CATALONIA),
  holiday('2026-09-24', 'La Mercè', LOCAL, '08019'), holiday('2027-01-01', "Cap d'Any", NATIONAL), holiday('2027-01-06', 'Reis', NATIONAL),
];

describe('revocation: the 3 months after which it lapses (art. 25.1.b, 30.4, 30.5)', () => {
  // [case, opened at (UTC), last day to resolve, first instant lapsed (UTC)]
  const cases: [string, string, string, string][] = [
    ['date to date, in winter time', '2026-10-14T09:00:00Z', '2027-01-14', '2027-01-14T23:00:00Z'],
    ['date to date, in summer time', '2026-03-31T09:00:00Z', '2026-06-30', '2026-06-30T22:00:00Z'],
    // 30 November + 3 months: February has no 30th, so its last day, a Sunday in 2027: Monday.
    ['month end into February, then off a Sunday', '2026-11-30T10:00:00Z', '2027-03-01', '2027-03-01T23:00:00Z'],
    ['month end into a leap February', '2027-11-29T10:00:00Z', '2028-02-29', '2028-02-29T23:00:00Z'],
    ['31 August + 3 months is 30 November', '2026-08-31T10:00:00Z', '2026-11-30', '2026-11-30T23:00:00Z'],
    // The opening day in Catalonia counts, not in UTC: 23:30Z on 31 January is 1 February in Barcelona.
    ['opened after midnight in Catalonia, landing on a holiday (1 May)', '2026-01-31T23:30:00Z', '2026-05-04', '2026-05-04T22:00:00Z'],
    // The Administration's term runs from the opening even on a holiday (art. 31.2.b is for applicants only).
    ['opened on a holiday, landing on a local holiday of the seat', '2026-06-24T08:00:00Z', '2026-09-25', '2026-09-25T22:00:00Z'],
    ['landing on New Year\'s Day, then the weekend', '2026-10-01T08:00:00Z', '2027-01-04', '2027-01-04T23:00:00Z'],
  ];
  for (const [name, openedAt, lastDay, lapsesAt] of cases) {
    it(name, () => {
      const term = revocationTerm(new Date(openedAt), HOLIDAYS);
      assert.deepEqual({ lastDay: term.lastDayToResolve, lapsesAt: term.lapsesAt.toISOString() }, { lastDay, lapsesAt: new Date(lapsesAt).toISOString() });
    });
  }

  it('is alive during the whole last day and lapsed from the first instant after it', () => {
    const { lapsesAt } = revocationTerm(new Date('2026-11-30T10:00:00Z'), HOLIDAYS);
    const justBefore = new Date(lapsesAt.getTime() - 1);
    const facts = { status: ApplicationStatus.REVOCATION_OPEN, revocationLapsesAt: lapsesAt, hearingConcluded: true };
    assert.equal(transitionRefusal('revoke', { ...facts, now: justBefore }), null);
    assert.equal(transitionRefusal('revoke', { ...facts, now: lapsesAt }), UserErrorCode.REVOCATION_LAPSED);
    assert.equal(transitionRefusal('lapseRevocation', { ...facts, now: justBefore }), UserErrorCode.REVOCATION_NOT_LAPSED);
    assert.equal(transitionRefusal('lapseRevocation', { ...facts, now: lapsesAt }), null);
  });
});

describe('revocation: what a diagnosis must hold', () => {
  const openedAt = new Date('2026-11-30T10:00:00Z');
  const term = revocationTerm(openedAt, HOLIDAYS);
  const valid = { deficiencies: [' No s\'ha migrat cap bústia '], measures: ['Migrar les bústies'], deadline: '2027-01-15' };
  const codes = (input: typeof valid) => checkDiagnosis(input, openedAt, term).errors.map((e) => [e.code, e.field?.join('.')]);

  it('takes a valid one, trimmed', () => {
    assert.deepEqual(checkDiagnosis(valid, openedAt, term), {
      diagnosis: { deficiencies: ["No s'ha migrat cap bústia"], measures: ['Migrar les bústies'], deadline: '2027-01-15' }, errors: [],
    });
  });

  it('refuses empty, blank, repeated and overlong items', () => {
    assert.deepEqual(codes({ ...valid, deficiencies: [], measures: ['a', ' ', 'a', 'x'.repeat(REVOCATION_BOUNDS.itemLength + 1)] }), [
      [UserErrorCode.REQUIRED, 'input.deficiencies'],
      [UserErrorCode.REQUIRED, 'input.measures.1'],
      [UserErrorCode.DUPLICATE, 'input.measures.2'],
      [UserErrorCode.TOO_LONG, 'input.measures.3'],
    ]);
    assert.deepEqual(codes({ ...valid, measures: Array.from({ length: REVOCATION_BOUNDS.items + 1 }, (_, i) => `mesura ${i}`) }), [[UserErrorCode.TOO_MANY, 'input.measures']]);
  });

  it('needs a remedy deadline after the opening day and no later than the last day to resolve', () => {
    assert.deepEqual(codes({ ...valid, deadline: '2026-11-30' }), [[UserErrorCode.IN_THE_PAST, 'input.deadline']]);
    assert.deepEqual(codes({ ...valid, deadline: '2026-12-01' }), []);
    assert.deepEqual(codes({ ...valid, deadline: term.lastDayToResolve }), []);
    assert.deepEqual(codes({ ...valid, deadline: '2027-03-02' }), [[UserErrorCode.OUT_OF_RANGE, 'input.deadline']]);
    assert.deepEqual(codes({ ...valid, deadline: '2027-02-30' }), [[UserErrorCode.INVALID_DATE, 'input.deadline']]);
  });
});

describe('revocation: what a resolution ending it must hold', () => {
  it('needs reasons and a competent body', () => {
    assert.deepEqual(checkDecision({ reasons: ' Motius ', competentBody: ' Presidència ' }), { decision: { reasons: 'Motius', competentBody: 'Presidència' }, errors: [] });
    assert.deepEqual(checkDecision({ reasons: ' ', competentBody: null }).errors.map((e) => e.code), [UserErrorCode.REQUIRED, UserErrorCode.REQUIRED]);
    assert.deepEqual(checkDecision({ reasons: 'x'.repeat(REVOCATION_BOUNDS.reasonsLength + 1), competentBody: 'x'.repeat(301) }).errors.map((e) => e.code),
      [UserErrorCode.TOO_LONG, UserErrorCode.TOO_LONG]);
  });
});
