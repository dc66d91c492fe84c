import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorrectionRequest, correctionSuspension, endOfCatalanDay, movedDueDate, SuspensionFacts } from '../../src/applications/corrections.rules';
import { HolidayCalendar } from '../../src/calendar/deadline';
import { HolidayScope } from '../../src/calendar/holiday-scope';

const calendar = new HolidayCalendar([
  { date: '2026-12-08', name: 'La Immaculada', scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2026-12-25', name: 'Nadal', scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2026-12-26', name: 'Sant Esteve', scope: HolidayScope.CATALONIA, municipality: null },
  { date: '2027-01-01', name: "Cap d'any", scope: HolidayScope.NATIONAL, municipality: null },
  { date: '2027-01-06', name: 'Reis', scope: HolidayScope.NATIONAL, municipality: null },
]);
const isBusinessDay = (day: string) => calendar.isBusinessDay(day);
const at = (iso: string) => new Date(iso);

// Accessed on Tuesday 24 November 2026 at 10:00 in Catalonia; 10 business days (8 December is a
// holiday) end on Wednesday 9 December.
const NOTIFIED: SuspensionFacts = { notifiedAt: at('2026-11-24T09:00:00Z'), termLastDay: '2026-12-09', answeredAt: null };

describe('suspension of the maximum term by a request for corrections (art. 22.1.a)', () => {
  // [case, facts, now, suspension, due date before, due date after]
  const TABLE: [string, SuspensionFacts, string, ReturnType<typeof correctionSuspension>, string, string][] = [
    ['answered within the term: suspended until the answer', { ...NOTIFIED, answeredAt: at('2026-12-01T10:00:00Z') }, '2026-12-01T10:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-12-01', days: 7, endedBy: 'ANSWER' }, '2027-01-15', '2027-01-22'],
    ['answered on the day of the notification: nothing suspended', { ...NOTIFIED, answeredAt: at('2026-11-24T16:00:00Z') }, '2026-11-24T16:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-11-24', days: 0, endedBy: 'ANSWER' }, '2027-01-15', '2027-01-15'],
    ['answered at 23:30 in Catalonia on the last day: still in the term', { ...NOTIFIED, answeredAt: at('2026-12-09T22:30:00Z') }, '2026-12-09T22:30:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-12-09', days: 15, endedBy: 'ANSWER' }, '2027-01-15', '2027-02-01'],
    ['answered late: the suspension ends with the term, the rest does not count', { ...NOTIFIED, answeredAt: at('2026-12-15T10:00:00Z') }, '2026-12-15T10:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-12-09', days: 15, endedBy: 'TERM_OVER' }, '2027-01-15', '2027-02-01'],
    ['no answer and the term over', NOTIFIED, '2026-12-09T23:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-12-09', days: 15, endedBy: 'TERM_OVER' }, '2027-01-15', '2027-02-01'],
    ['deemed rejected (art. 43.2): suspended from the deemed rejection', { notifiedAt: at('2026-12-04T09:00:00Z'), termLastDay: '2026-12-21', answeredAt: null }, '2026-12-22T08:00:00Z',
      { state: 'ENDED', from: '2026-12-04', until: '2026-12-21', days: 17, endedBy: 'TERM_OVER' }, '2026-12-04', '2026-12-21'],
    ['moved onto Christmas and Sant Esteve (Saturday): the next Monday', { ...NOTIFIED, answeredAt: at('2026-11-29T10:00:00Z') }, '2026-11-29T10:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-11-29', days: 5, endedBy: 'ANSWER' }, '2026-12-20', '2026-12-28'],
    ['moved onto a Sunday: the Monday', { ...NOTIFIED, answeredAt: at('2026-11-27T10:00:00Z') }, '2026-11-27T10:00:00Z',
      { state: 'ENDED', from: '2026-11-24', until: '2026-11-27', days: 3, endedBy: 'ANSWER' }, '2027-01-14', '2027-01-18'],
  ];
  for (const [name, facts, now, expected, before, after] of TABLE) {
    it(name, () => {
      const suspension = correctionSuspension(facts, at(now));
      assert.deepEqual(suspension, expected);
      assert.equal(movedDueDate(before, suspension.state === 'ENDED' ? suspension.days : 0, isBusinessDay), after);
    });
  }

  it('runs from the notification until the last instant of the term, and has not started before the notification', () => {
    assert.deepEqual(correctionSuspension({ notifiedAt: null, termLastDay: null, answeredAt: null }, at('2026-12-01T00:00:00Z')), { state: 'NOT_STARTED' });
    assert.equal(endOfCatalanDay('2026-12-09').toISOString(), '2026-12-09T22:59:59.999Z');
    assert.deepEqual(correctionSuspension(NOTIFIED, endOfCatalanDay('2026-12-09')), { state: 'RUNNING', from: '2026-11-24' });
    assert.equal(correctionSuspension(NOTIFIED, new Date(endOfCatalanDay('2026-12-09').getTime() + 1)).state, 'ENDED');
  });
});

describe('a request for corrections, checked (art. 68.1)', () => {
  const known = { requirementCodes: new Set(['email-service-in-use']), documentCodes: new Set(['conditions']) };
  const codes = (result: ReturnType<typeof checkCorrectionRequest>) => (result.ok ? [] : result.userErrors.map((e) => [e.code, e.field?.join('.')]));

  it('gives 10 business days unless said, trims texts and stores empty codes as null', () => {
    assert.deepEqual(checkCorrectionRequest({ items: [{ text: '  Falta el formulari signat. ', documentCode: 'conditions', requirementCode: '' }] }, known), {
      ok: true, termDays: 10, items: [{ text: 'Falta el formulari signat.', requirementCode: null, documentCode: 'conditions' }],
    });
    assert.equal((checkCorrectionRequest({ items: [{ text: 'x' }], termDays: 15 }, known) as { termDays: number }).termDays, 15);
  });

  it('reports every fault at its field: term out of bounds, no items, empty text, unknown codes', () => {
    assert.deepEqual(codes(checkCorrectionRequest({ items: [], termDays: 4 }, known)), [['OUT_OF_RANGE', 'input.termDays'], ['REQUIRED', 'input.items']]);
    assert.deepEqual(codes(checkCorrectionRequest({ items: [{ text: 'x' }], termDays: 31 }, known)), [['OUT_OF_RANGE', 'input.termDays']]);
    assert.deepEqual(codes(checkCorrectionRequest({ items: [{ text: 'ok' }, { text: '  ', requirementCode: 'unknown', documentCode: 'other' }] }, known)), [
      ['REQUIRED', 'input.items.1.text'], ['UNKNOWN_REQUIREMENT', 'input.items.1.requirementCode'], ['UNKNOWN_DOCUMENT', 'input.items.1.documentCode'],
    ]);
    assert.deepEqual(codes(checkCorrectionRequest({ items: [{ text: 'x'.repeat(2001) }] }, known)), [['TOO_LONG', 'input.items.0.text']]);
    assert.deepEqual(codes(checkCorrectionRequest({ items: Array.from({ length: 31 }, () => ({ text: 'x' })) }, known)), [['TOO_MANY', 'input.items']]);
  });
});
