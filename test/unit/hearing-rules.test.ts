import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeDeadline } from '../../src/calendar/deadline';
import { DeadlineParty } from '../../src/calendar/deadline-party';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { TermUnit } from '../../src/catalogue/resource-enums';
import { UserErrorCode } from '../../src/errors/user-error-code';
import { hearingIsConcluded, hearingTermRefusal, HEARING_TERM_DAYS, termOverAt } from '../../src/applications/hearing.rules';
import { challengeText } from '../../src/applications/resolution-challenge';
import { Locale } from '../../src/i18n/locale';

describe('hearing rules (Llei 39/2015 art. 82)', () => {
  it('the term is 10 to 15 business days, 10 by default', () => {
    assert.equal(HEARING_TERM_DAYS.default, 10);
    assert.deepEqual([9, 10, 12, 15, 16, 10.5, Number.NaN].map(hearingTermRefusal), [
      UserErrorCode.OUT_OF_RANGE, null, null, null, UserErrorCode.OUT_OF_RANGE, UserErrorCode.OUT_OF_RANGE, UserErrorCode.OUT_OF_RANGE,
    ]);
  });

  it('a term is over at the start of the day after its last day, in Catalan time (winter and summer)', () => {
    assert.equal(termOverAt('2026-12-04').toISOString(), '2026-12-04T23:00:00.000Z');
    assert.equal(termOverAt('2026-06-30').toISOString(), '2026-06-30T22:00:00.000Z');
  });

  const lastDayOf = (effectiveAt: string, holidays: { date: string; name: string }[] = []) => computeDeadline({
    start: new Date(effectiveAt), term: { amount: 10, unit: TermUnit.BUSINESS_DAYS }, party: DeadlineParty.APPLICANT,
    holidays: holidays.map((h) => ({ ...h, scope: HolidayScope.CATALONIA, municipality: null })),
  }).lastDay;

  it('counts ten business days from the day after the notice takes effect, skipping weekends and holidays', () => {
    // Effective on Monday 23 November 2026: 24, 25, 26, 27, 30 Nov, 1, 2, 3, 4 and 7 Dec.
    assert.equal(lastDayOf('2026-11-23T10:00:00Z'), '2026-12-07');
    assert.equal(lastDayOf('2026-11-23T10:00:00Z', [{ date: '2026-12-07', name: 'Festa' }]), '2026-12-08');
    // Effective on a Saturday: as an applicant's term, it is taken from Monday (art. 31.2.b), so the count starts on Tuesday 1 December.
    assert.equal(lastDayOf('2026-11-28T10:00:00Z'), '2026-12-14');
    assert.equal(lastDayOf('2026-11-28T10:00:00Z', [{ date: '2026-12-08', name: 'Immaculada' }]), '2026-12-15');
  });

  it('is concluded once the allegations are registered, or once the term is over, never before the notice takes effect', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    assert.equal(hearingIsConcluded({ allegationsRegisteredAt: null, termOverAt: null }, now), false, 'notice not yet effective');
    assert.equal(hearingIsConcluded({ allegationsRegisteredAt: null, termOverAt: new Date('2026-12-07T23:00:00Z') }, now), false, 'term running');
    assert.equal(hearingIsConcluded({ allegationsRegisteredAt: new Date('2026-11-30T09:00:00Z'), termOverAt: new Date('2026-12-07T23:00:00Z') }, now), true);
    assert.equal(hearingIsConcluded({ allegationsRegisteredAt: null, termOverAt: new Date('2026-12-01T10:00:00Z') }, now), true, 'the term ends at this instant');
  });
});

describe('how to challenge a resolution', () => {
  it('names both remedies with their terms, the body and the law, in each language', () => {
    const ca = challengeText('Presidència de la Diputació de Lleida', Locale.CA);
    assert.deepEqual(ca.routes.map((r) => r.legalBasis), ['Llei 39/2015, art. 123 i 124', 'Llei 29/1998, art. 46']);
    assert.match(ca.routes[0].term, /Un mes/);
    assert.match(ca.routes[1].term, /Dos mesos/);
    assert.match(ca.routes[0].before, /Presidència de la Diputació de Lleida/);
    assert.equal(challengeText('Presidencia', Locale.OC).locale, Locale.CA, 'Occitan reads Catalan, like every label');
    assert.match(challengeText('Presidencia', Locale.ES).routes[0].remedy, /reposición/);
  });
});
