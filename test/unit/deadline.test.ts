import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermUnit } from '../../src/catalogue/resource-enums';
import { CalendarHoliday, computeDeadline, DeadlineRequest, HolidayCalendar } from '../../src/calendar/deadline';
import { DeadlineParty } from '../../src/calendar/deadline-party';
import { DeadlineStart } from '../../src/calendar/deadline-start';
import { holidayDataWarnings } from '../../src/calendar/holiday-coverage';
import { ARAN_MUNICIPALITIES, holidaysAtPlaces } from '../../src/calendar/holiday-places';
import {
  addDays, addMonthsClamped, daysBetween, easterMonday, easterSunday, formatDayCa, goodFriday, isDay, weekday, whitMonday,
} from '../../src/calendar/days';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { holidays as seededHolidays, SEAT_MUNICIPALITIES } from '../../seeds/data/holidays';

const { NATIONAL, CATALONIA, ARAN, LOCAL } = HolidayScope;
const { BUSINESS_DAYS, CALENDAR_DAYS, MONTHS, HOURS } = TermUnit;
const { ADMINISTRATION, APPLICANT } = DeadlineParty;
const { FILING, NOTIFICATION, PUBLICATION } = DeadlineStart;

/** The 2026 weekday holidays of Catalonia (docs/NOTES.md, "Legal calendar"), typed in on purpose. */
const CATALONIA_2026: CalendarHoliday[] = [
  ['2026-01-01', "Cap d'Any", NATIONAL], ['2026-01-06', 'Reis', NATIONAL], ['2026-04-03', 'Divendres Sant', NATIONAL],
  ['2026-04-06', 'Dilluns de Pasqua Florida', CATALONIA], ['2026-05-01', 'Festa del Treball', NATIONAL],
  ['2026-06-24', 'Sant Joan', CATALONIA], ['2026-09-11', 'Diada Nacional de Catalunya', CATALONIA],
  ['2026-10-12', "Festa Nacional d'Espanya", NATIONAL], ['2026-12-08', 'La Immaculada', NATIONAL], ['2026-12-25', 'Nadal', NATIONAL],
].map(([date, name, scope]) => ({ date, name, scope: scope as HolidayScope, municipality: null }));
const LLEIDA_2026: CalendarHoliday[] = [
  { date: '2026-05-11', name: 'Sant Anastasi', scope: LOCAL, municipality: '25120' },
  { date: '2026-09-29', name: 'Sant Miquel', scope: LOCAL, municipality: '25120' },
];
const BARCELONA_2026: CalendarHoliday[] = [
  { date: '2026-05-25', name: 'Dilluns de Pasqua Granada', scope: LOCAL, municipality: '08019' },
  { date: '2026-09-24', name: 'La Mercè', scope: LOCAL, municipality: '08019' },
];

const dates = (holidays: CalendarHoliday[]) => holidays.map((h) => h.date);
const business = (start: Date | string, amount: number, holidays = CATALONIA_2026, party: DeadlineParty = APPLICANT) =>
  computeDeadline({ start, term: { amount, unit: BUSINESS_DAYS }, holidays, party });
const term = (start: Date | string, amount: number, unit: TermUnit, party?: DeadlineParty, holidays: CalendarHoliday[] = CATALONIA_2026) =>
  computeDeadline({ start, term: { amount, unit }, holidays, ...(party ? { party } : {}) } as DeadlineRequest);
/** The seeded rows as the calendar sees them, placed at some municipalities (art. 30.6). */
const seededAt = (...municipalities: string[]) => holidaysAtPlaces(
  seededHolidays.map((h) => ({ date: h.date, name: h.name, scope: h.scope, municipality: h.municipalityCode, replaces: h.replaces })), municipalities,
);

describe('calendar days', () => {
  it('validates, adds and compares days without time zones', () => {
    assert.equal(isDay('2026-02-29'), false);
    assert.equal(isDay('2028-02-29'), true);
    assert.equal(isDay('2026-13-01'), false);
    assert.equal(isDay('26-01-01'), false);
    assert.equal(addDays('2026-03-28', 2), '2026-03-30', 'across the change to summer time');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.equal(weekday('2026-01-01'), 4, 'a Thursday');
    assert.equal(weekday('2026-01-17'), 6, 'a Saturday');
    for (let day = '2024-01-01'; day < '2029-01-01'; day = addDays(day, 1)) {
      assert.equal(weekday(day), new Date(`${day}T12:00:00Z`).getUTCDay(), day);
    }
  });

  it('adds months date to date, clamping to the last day of a shorter month', () => {
    assert.equal(addMonthsClamped('2026-01-15', 3), '2026-04-15');
    assert.equal(addMonthsClamped('2025-11-30', 3), '2026-02-28');
    assert.equal(addMonthsClamped('2027-11-30', 3), '2028-02-29', 'leap year');
    assert.equal(addMonthsClamped('2028-02-29', 12), '2029-02-28');
    assert.equal(addMonthsClamped('2026-03-31', 1), '2026-04-30');
    assert.equal(addMonthsClamped('2026-10-31', 14), '2027-12-31');
  });

  it('computes Easter and the feasts that depend on it', () => {
    const known: Record<number, string> = {
      2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2038: '2038-04-25', 2285: '2285-03-22',
    };
    for (const [year, easter] of Object.entries(known)) assert.equal(easterSunday(Number(year)), easter, year);
    assert.equal(goodFriday(2026), '2026-04-03');
    assert.equal(easterMonday(2026), '2026-04-06');
    assert.equal(whitMonday(2025), '2025-06-09');
    assert.equal(whitMonday(2026), '2026-05-25');
    assert.equal(whitMonday(2027), '2027-05-17');
  });

  it('writes days in Catalan', () => {
    assert.equal(formatDayCa('2026-04-06'), "dilluns 6 d'abril de 2026");
    assert.equal(formatDayCa('2026-05-11'), 'dilluns 11 de maig de 2026');
    assert.equal(formatDayCa('2026-10-12'), "dilluns 12 d'octubre de 2026");
  });
});

describe('seeded holidays', () => {
  const general = (year: number) => seededHolidays.filter((h) => (h.scope === NATIONAL || h.scope === CATALONIA) && h.date.startsWith(`${year}-`));
  it('match the 2026 weekday holidays of Catalonia, and hold 15 Aug and 26 Dec (Saturdays) too', () => {
    const weekdays = general(2026).filter((h) => weekday(h.date) !== 6).map((h) => h.date);
    assert.deepEqual(weekdays, dates(CATALONIA_2026));
    assert.deepEqual(general(2026).filter((h) => weekday(h.date) === 6).map((h) => h.date), ['2026-08-15', '2026-12-26']);
  });

  it('match ORDRE EMT/85/2024 for 2025 (13 days; 12 Oct was a Sunday)', () => {
    assert.deepEqual(general(2025).map((h) => h.date), [
      '2025-01-01', '2025-01-06', '2025-04-18', '2025-04-21', '2025-05-01', '2025-06-24', '2025-08-15', '2025-09-11',
      '2025-11-01', '2025-12-06', '2025-12-08', '2025-12-25', '2025-12-26',
    ]);
    assert.ok(general(2025).every((h) => h.source.includes('EMT/85/2024')));
  });

  it('are unique by (date, scope, municipality), local only for the four seats, named and sourced', () => {
    const keys = seededHolidays.map((h) => `${h.date}|${h.scope}|${h.municipalityCode}`);
    assert.equal(new Set(keys).size, keys.length);
    const seats = new Set<string>(Object.values(SEAT_MUNICIPALITIES));
    for (const h of seededHolidays) {
      assert.ok(isDay(h.date) && h.name.trim() && h.source.trim(), JSON.stringify(h));
      assert.equal(h.scope === LOCAL, h.municipalityCode !== null);
      if (h.municipalityCode) assert.ok(seats.has(h.municipalityCode));
    }
    assert.ok(seededHolidays.some((h) => h.municipalityCode === '25120' && h.date === '2026-05-11'));
    assert.ok(seededHolidays.some((h) => h.municipalityCode === '08019' && h.date === '2026-05-25'));
  });
});

describe('computeDeadline (Llei 39/2015 art. 30–31)', () => {
  it('counts business days from the day after, skipping Easter 2026 (art. 30.2, 30.3)', () => {
    const result = business(new Date('2026-03-31T10:00:00+02:00'), 10);
    assert.equal(result.registrationDay, '2026-03-31');
    assert.equal(result.effectiveFilingDay, '2026-03-31');
    assert.equal(result.startDay, '2026-04-01');
    assert.equal(result.lastDay, '2026-04-16');
    assert.deepEqual(dates(result.skippedHolidays), ['2026-04-03', '2026-04-06']);
    assert.ok(result.explanation.some((s) => s.includes('art. 30.2') && s.includes('Divendres Sant')));
  });

  it('takes the day in Catalonia of the instant, not the UTC day', () => {
    // 23:30 UTC on Friday 16 January is 00:30 on Saturday 17 January in Catalonia.
    const result = business(new Date('2026-01-16T23:30:00Z'), 10, CATALONIA_2026, APPLICANT);
    assert.equal(result.registrationDay, '2026-01-17');
    assert.equal(result.effectiveFilingDay, '2026-01-19');
  });

  it('treats a filing on a Saturday as made on Monday and counts from Tuesday (art. 31.2.b)', () => {
    const result = business('2026-01-17', 10);
    assert.equal(result.effectiveFilingDay, '2026-01-19');
    assert.equal(result.startDay, '2026-01-20');
    assert.equal(result.lastDay, '2026-02-02');
    assert.match(result.explanation[0], /dissabte 17 de gener de 2026.*dilluns 19 de gener de 2026.*art\. 31\.2\.b/);
  });

  it('treats a filing on a holiday as made on the next business day', () => {
    const santJoan = business('2026-06-24', 5);
    assert.equal(santJoan.effectiveFilingDay, '2026-06-25');
    assert.equal(santJoan.lastDay, '2026-07-02');
    assert.deepEqual(dates(santJoan.skippedHolidays), ['2026-06-24']);
    const goodFridayFiling = business('2026-04-03', 1);
    assert.equal(goodFridayFiling.effectiveFilingDay, '2026-04-07', 'Friday, weekend and Easter Monday');
    assert.equal(goodFridayFiling.lastDay, '2026-04-08');
    assert.deepEqual(dates(goodFridayFiling.skippedHolidays), ['2026-04-03', '2026-04-06']);
  });

  it('counts 55 business days (the quality commitment) across Easter', () => {
    const result = business('2026-01-20', 55);
    assert.equal(result.lastDay, '2026-04-09');
    assert.deepEqual(dates(result.skippedHolidays), ['2026-04-03', '2026-04-06']);
  });

  it('counts months date to date, from the filing day (art. 30.4)', () => {
    const months = (start: string, amount: number, holidays = CATALONIA_2026) => computeDeadline({ start, term: { amount, unit: MONTHS }, holidays });
    const plain = months('2026-01-15', 3);
    assert.equal(plain.startDay, '2026-01-16');
    assert.equal(plain.lastDay, '2026-04-15');
    // A missing day means the last day of the month; 28 Feb 2026 is a Saturday (art. 30.5).
    const clamped = months('2025-10-31', 4);
    assert.equal(clamped.lastDay, '2026-03-02');
    assert.ok(clamped.explanation.some((s) => s.includes('darrer dia del mes')));
    assert.equal(months('2026-03-31', 1).lastDay, '2026-04-30');
    // Leap year: 30 Nov 2027 (Tuesday) + 3 months = Tuesday 29 Feb 2028.
    assert.equal(months('2027-11-30', 3, []).lastDay, '2028-02-29');
    // Registered on Sunday 30 Nov 2025: months run from that day whoever's term it is (art. 31.2.b
    // moves only terms in business days), so 28 Feb 2026, a Saturday, hence Monday 2 Mar.
    const sunday = months('2025-11-30', 3, []);
    assert.equal(sunday.effectiveFilingDay, '2025-11-30');
    assert.equal(sunday.nominalLastDay, '2026-02-28');
    assert.equal(sunday.lastDay, '2026-03-02');
  });

  it('moves a last day on a Sunday or a holiday to the next business day (art. 30.5)', () => {
    const calendar = (start: string, amount: number) => computeDeadline({ start, term: { amount, unit: CALENDAR_DAYS }, holidays: CATALONIA_2026 });
    const sunday = calendar('2026-03-02', 13);
    assert.equal(sunday.startDay, '2026-03-03');
    assert.equal(sunday.nominalLastDay, '2026-03-15');
    assert.equal(sunday.lastDay, '2026-03-16');
    assert.ok(sunday.explanation.some((s) => s.includes('art. 30.5') && s.includes('cap de setmana')));
    const easter = calendar('2026-03-24', 10);
    assert.equal(easter.nominalLastDay, '2026-04-03');
    assert.equal(easter.lastDay, '2026-04-07');
    assert.deepEqual(dates(easter.skippedHolidays), ['2026-04-03', '2026-04-06']);
    const plain = calendar('2026-03-02', 10);
    assert.equal(plain.lastDay, '2026-03-12');
    assert.deepEqual(plain.skippedHolidays, []);
  });

  it("skips Lleida's local holidays, Sant Anastasi and Sant Miquel", () => {
    assert.equal(business('2026-05-05', 5).lastDay, '2026-05-12', 'without local holidays');
    const anastasi = business('2026-05-05', 5, [...CATALONIA_2026, ...LLEIDA_2026]);
    assert.equal(anastasi.lastDay, '2026-05-13');
    assert.deepEqual(anastasi.skippedHolidays.map((h) => [h.date, h.scope, h.municipality]), [['2026-05-11', LOCAL, '25120']]);
    assert.equal(business('2026-09-25', 2, [...CATALONIA_2026, ...LLEIDA_2026]).lastDay, '2026-09-30');
  });

  it("skips Barcelona's Whit Monday and La Mercè, and both places' holidays together (art. 30.6)", () => {
    assert.equal(business('2026-05-22', 1, [...CATALONIA_2026, ...BARCELONA_2026]).lastDay, '2026-05-26');
    assert.equal(business('2026-09-23', 1, [...CATALONIA_2026, ...BARCELONA_2026]).lastDay, '2026-09-25');
    const both = business('2026-09-23', 5, [...CATALONIA_2026, ...LLEIDA_2026, ...BARCELONA_2026]);
    assert.equal(both.lastDay, '2026-10-02');
    assert.deepEqual(dates(both.skippedHolidays), ['2026-09-24', '2026-09-29']);
  });

  it('ignores holidays on weekends, and lists a day once when two places share it', () => {
    const saturday: CalendarHoliday = { date: '2026-08-15', name: "L'Assumpció", scope: NATIONAL, municipality: null };
    assert.deepEqual(business('2026-08-13', 2, [saturday]).skippedHolidays, []);
    const twice = business('2026-09-23', 1, [...BARCELONA_2026, { ...BARCELONA_2026[1], municipality: '08101' }]);
    assert.equal(twice.skippedHolidays.length, 1);
  });

  it('explains each step in Catalan and ends with the last day', () => {
    const result = business('2026-01-17', 10);
    assert.equal(result.explanation.at(-1), 'El termini acaba el dilluns 2 de febrer de 2026.');
    assert.ok(result.explanation.every((s) => s.endsWith('.')));
  });

  it('refuses terms that are not whole positive numbers and malformed days', () => {
    assert.throws(() => business('2026-01-15', 0), RangeError);
    assert.throws(() => business('2026-01-15', 1.5), RangeError);
    assert.throws(() => business('2026-02-30', 1), RangeError);
    assert.throws(() => business(new Date('nonsense'), 1), RangeError);
  });
});

describe("whose term it is (art. 31.2): a non-business-day filing moves only the applicant's terms in business days", () => {
  // Saturday 31 January 2026, 10:00 UTC (11:00 in Catalonia), at diba: the receipt's 3-month term.
  const saturday = new Date('2026-01-31T10:00:00Z');

  it("runs the Administration's 3 months from the Saturday itself (art. 21.3.b, 31.2.c): 30 April, not 4 May", () => {
    const result = term(saturday, 3, MONTHS, ADMINISTRATION);
    assert.equal(result.party, ADMINISTRATION);
    assert.equal(result.registrationDay, '2026-01-31');
    assert.equal(result.effectiveFilingDay, '2026-01-31');
    assert.equal(result.startDay, '2026-02-01');
    assert.equal(result.lastDay, '2026-04-30');
    assert.match(result.explanation[0], /art\. 21\.3\.b i 31\.2\.c/);
    assert.equal(term(saturday, 3, MONTHS).lastDay, '2026-04-30', 'the Administration is the default party');
  });

  it("does not move the applicant's terms in months or calendar days either (31.2.b is for business days)", () => {
    const months = term(saturday, 3, MONTHS, APPLICANT);
    assert.equal(months.effectiveFilingDay, '2026-01-31');
    assert.equal(months.lastDay, '2026-04-30');
    assert.match(months.explanation[0], /31\.2\.b només/);
    const calendarDays = term('2026-01-17', 10, CALENDAR_DAYS, APPLICANT);
    assert.equal(calendarDays.effectiveFilingDay, '2026-01-17');
    assert.equal(calendarDays.lastDay, '2026-01-27');
  });

  it("moves the applicant's business-day term to Monday, and counts the Administration's from Sunday", () => {
    const applicant = term('2026-01-17', 10, BUSINESS_DAYS, APPLICANT);
    assert.equal(applicant.effectiveFilingDay, '2026-01-19');
    assert.equal(applicant.startDay, '2026-01-20');
    assert.equal(applicant.lastDay, '2026-02-02');
    const administration = term('2026-01-17', 10, BUSINESS_DAYS, ADMINISTRATION);
    assert.equal(administration.effectiveFilingDay, '2026-01-17');
    assert.equal(administration.startDay, '2026-01-19', 'Monday is the first business day after the Saturday');
    assert.equal(administration.lastDay, '2026-01-30');
  });

  it('counts the 55-business-day target from the registry instant, one business day ahead of an applicant term', () => {
    assert.equal(term(saturday, 55, BUSINESS_DAYS, ADMINISTRATION).lastDay, '2026-04-21');
    assert.equal(term(saturday, 55, BUSINESS_DAYS, APPLICANT).lastDay, '2026-04-22');
    // On a business day both agree.
    assert.equal(term('2026-01-20', 55, BUSINESS_DAYS, ADMINISTRATION).lastDay, '2026-04-09');
    assert.equal(term('2026-01-20', 55, BUSINESS_DAYS, APPLICANT).lastDay, '2026-04-09');
  });

  it('treats a filing on a weekday holiday the same way (Sant Joan, Wednesday 24 June 2026)', () => {
    const applicant = term('2026-06-24', 5, BUSINESS_DAYS, APPLICANT);
    assert.equal(applicant.effectiveFilingDay, '2026-06-25');
    assert.equal(applicant.lastDay, '2026-07-02');
    const administration = term('2026-06-24', 5, BUSINESS_DAYS, ADMINISTRATION);
    assert.equal(administration.effectiveFilingDay, '2026-06-24');
    assert.equal(administration.lastDay, '2026-07-01');
    assert.deepEqual(administration.skippedHolidays, [], 'the count starts the day after, so nothing was passed over');
    assert.match(administration.explanation[0], /Sant Joan.*moment real del registre/);
  });

  it('still moves a last day off a non-business day for both parties (art. 30.5)', () => {
    // 2025-10-31 + 4 months = Saturday 28 Feb 2026.
    assert.equal(term('2025-10-31', 4, MONTHS, ADMINISTRATION).lastDay, '2026-03-02');
    assert.equal(term('2025-10-31', 4, MONTHS, APPLICANT).lastDay, '2026-03-02');
  });

  it('refuses an unknown party', () => {
    assert.throws(() => term('2026-01-20', 1, MONTHS, 'JUDGE' as DeadlineParty), RangeError);
  });

  it("counts the applicant's term from a notification accessed on Saturday from Monday, not Tuesday (art. 30.3, not 31.2.b)", () => {
    // Accessed on Saturday 7 March 2026: the term starts the day after the notification takes
    // effect, whatever day that is; 31.2.b only moves the applicant's own filings.
    const notified = computeDeadline({
      start: new Date('2026-03-07T10:00:00Z'), term: { amount: 10, unit: BUSINESS_DAYS }, holidays: CATALONIA_2026, party: APPLICANT, from: NOTIFICATION,
    });
    assert.equal(notified.from, NOTIFICATION);
    assert.equal(notified.effectiveFilingDay, '2026-03-07');
    assert.equal(notified.startDay, '2026-03-09', 'Monday 9 March is day 1');
    assert.equal(notified.lastDay, '2026-03-20');
    assert.match(notified.explanation[0], /notificació.*dissabte 7 de març de 2026/);
    assert.doesNotMatch(notified.explanation.join(' '), /sol·licitud|s'entén feta/, 'neither called a filing nor moved like one');
    // The same day as a filing: made on Monday, counted from Tuesday, one business day later.
    const filed = computeDeadline({ start: '2026-03-07', term: { amount: 10, unit: BUSINESS_DAYS }, holidays: CATALONIA_2026, party: APPLICANT });
    assert.equal(filed.from, FILING, 'a filing when not said');
    assert.equal(filed.lastDay, '2026-03-23');
  });

  it('counts from a notification on a weekday holiday or a business day, and from a publication, the same way', () => {
    const santJoan = computeDeadline({ start: '2026-06-24', term: { amount: 5, unit: BUSINESS_DAYS }, holidays: CATALONIA_2026, party: APPLICANT, from: NOTIFICATION });
    assert.equal(santJoan.effectiveFilingDay, '2026-06-24');
    assert.equal(santJoan.lastDay, '2026-07-01');
    assert.match(santJoan.explanation[0], /notificació.*Sant Joan/);
    const tuesday = computeDeadline({ start: '2026-03-10', term: { amount: 10, unit: BUSINESS_DAYS }, holidays: CATALONIA_2026, party: APPLICANT, from: NOTIFICATION });
    assert.equal(tuesday.lastDay, '2026-03-24');
    assert.match(tuesday.explanation[0], /notificació.*dimarts 10 de març de 2026, dia hàbil/);
    const published = computeDeadline({ start: '2026-03-07', term: { amount: 10, unit: BUSINESS_DAYS }, holidays: CATALONIA_2026, party: APPLICANT, from: PUBLICATION });
    assert.equal(published.lastDay, '2026-03-20');
    assert.match(published.explanation[0], /publica/);
  });

  it('refuses an unknown start', () => {
    assert.throws(() => computeDeadline({ start: '2026-01-20', term: { amount: 1, unit: MONTHS }, holidays: [], from: 'RUMOUR' as DeadlineStart }), RangeError);
  });
});

describe('terms in hours (art. 30.1)', () => {
  const hours = (start: string, amount: number, party?: DeadlineParty, holidays: CalendarHoliday[] = CATALONIA_2026) => term(new Date(start), amount, HOURS, party, holidays);

  it('counts hour by hour from the minute of the act within a business day', () => {
    const result = hours('2026-03-10T08:15:00+01:00', 2);
    assert.equal(result.endsAt?.toISOString(), '2026-03-10T09:15:00.000Z');
    assert.equal(result.lastDay, '2026-03-10');
    assert.equal(result.explanation.at(-1), 'El termini acaba el dimarts 10 de març de 2026 a les 10:15.');
  });

  it('stops the clock over a weekend: Friday 15:30 + 24 hours is Monday 15:30', () => {
    const result = hours('2026-01-16T15:30:00+01:00', 24);
    assert.equal(result.endsAt?.toISOString(), '2026-01-19T14:30:00.000Z');
    assert.equal(result.startDay, '2026-01-16');
    assert.equal(result.lastDay, '2026-01-19');
  });

  it('stops it over holidays too: Thursday before Easter 2026 + 24 hours is Tuesday', () => {
    const result = hours('2026-04-02T10:00:00+02:00', 24);
    assert.equal(result.endsAt?.toISOString(), '2026-04-07T08:00:00.000Z');
    assert.deepEqual(dates(result.skippedHolidays), ['2026-04-03', '2026-04-06']);
    assert.ok(result.explanation.some((s) => s.includes('Divendres Sant') && s.includes('no compten')));
  });

  it("counts a local holiday of the place (Lleida's Sant Anastasi)", () => {
    const result = hours('2026-05-08T09:00:00+02:00', 24, undefined, [...CATALONIA_2026, ...LLEIDA_2026]);
    assert.equal(result.endsAt?.toISOString(), '2026-05-12T07:00:00.000Z');
  });

  it('starts at midnight of the next business day for an act on a Saturday, whoever the party', () => {
    for (const party of [ADMINISTRATION, APPLICANT]) {
      const result = hours('2026-01-17T10:00:00+01:00', 24, party);
      assert.equal(result.startDay, '2026-01-19');
      assert.equal(result.endsAt?.toISOString(), '2026-01-19T23:00:00.000Z', 'the end of Monday');
      assert.equal(result.lastDay, '2026-01-19');
      assert.equal(result.explanation.at(-1), 'El termini acaba el dilluns 19 de gener de 2026 a les 24:00.');
    }
  });

  it('counts real hours in Catalonia across the change to summer time', () => {
    // Friday 27 March 2026 12:00 (+01:00) + 24 hours: Friday 12 h, weekend (summer time starts on Sunday), Monday 12:00 (+02:00).
    assert.equal(hours('2026-03-27T12:00:00+01:00', 24).endsAt?.toISOString(), '2026-03-30T10:00:00.000Z');
  });

  it('refuses more than 24 hours, and a day instead of an instant', () => {
    assert.throws(() => hours('2026-03-10T08:00:00+01:00', 25), /between 1 and 24/);
    assert.throws(() => hours('2026-03-10T08:00:00+01:00', 0), RangeError);
    assert.throws(() => term('2026-03-10', 2, HOURS), /instant/);
    assert.equal(term('2026-03-10', 2, MONTHS).endsAt, null, 'days and months have no end instant');
  });
});

describe("the Val d'Aran (Festa d'Aran replaces Sant Esteve) and the places of art. 30.6", () => {
  const VIELHA = '25243';
  const LLEIDA = SEAT_MUNICIPALITIES.lleida;

  it('knows the nine municipalities of Aran', () => {
    assert.equal(ARAN_MUNICIPALITIES.size, 9);
    assert.ok(ARAN_MUNICIPALITIES.has(VIELHA));
    assert.ok(!ARAN_MUNICIPALITIES.has(LLEIDA));
  });

  it('seeds the Festa d\'Aran every year, replacing 26 December where it is a holiday of Catalonia', () => {
    const aran = seededHolidays.filter((h) => h.scope === ARAN);
    assert.deepEqual(aran.map((h) => [h.date, h.replaces]), [['2025-06-17', '2025-12-26'], ['2026-06-17', '2026-12-26'], ['2027-06-17', null]]);
    assert.ok(seededHolidays.every((h) => (h.replaces === null) || h.scope === ARAN));
  });

  it('makes 17 June a holiday and 26 December a business day in Vielha, and only there', () => {
    const vielha = new HolidayCalendar(seededAt(VIELHA));
    const lleida = new HolidayCalendar(seededAt(LLEIDA));
    assert.equal(vielha.isBusinessDay('2025-06-17'), false);
    assert.equal(vielha.isBusinessDay('2025-12-26'), true);
    assert.equal(lleida.isBusinessDay('2025-06-17'), true);
    assert.equal(lleida.isBusinessDay('2025-12-26'), false);
    // 1 business day from Wednesday 24 Dec 2025.
    const from = (holidays: CalendarHoliday[]) => term('2025-12-24', 1, BUSINESS_DAYS, ADMINISTRATION, holidays).lastDay;
    assert.equal(from(seededAt(VIELHA)), '2025-12-26');
    assert.equal(from(seededAt(LLEIDA)), '2025-12-29');
    assert.equal(from(seededAt(LLEIDA, VIELHA)), '2025-12-29', 'a holiday at either place is a non-business day (art. 30.6)');
    assert.equal(term('2025-06-16', 1, BUSINESS_DAYS, ADMINISTRATION, seededAt(LLEIDA, VIELHA)).lastDay, '2025-06-18');
  });

  it("keeps other places' local holidays out and lists a day once", () => {
    const placed = seededAt(LLEIDA, LLEIDA);
    assert.ok(placed.every((h) => h.scope !== LOCAL || h.municipality === LLEIDA));
    assert.equal(new Set(placed.map((h) => `${h.date}|${h.scope}|${h.municipality}`)).size, placed.length);
  });
});

describe('seeded holiday data that issue 12 found wrong', () => {
  it('has Sant Anastasi 2025 in Lleida on Monday 12 May (11 May was a Sunday)', () => {
    assert.deepEqual(seededHolidays.filter((h) => h.municipalityCode === '25120' && h.date.startsWith('2025-')).map((h) => h.date), ['2025-05-12', '2025-09-29']);
  });

  it('marks every 2027 row, and every local row not checked, as unverified in its source', () => {
    assert.ok(seededHolidays.filter((h) => h.date.startsWith('2027-')).every((h) => h.source.startsWith('NO VERIFICAT')));
    assert.ok(seededHolidays.filter((h) => h.municipalityCode === SEAT_MUNICIPALITIES.girona).every((h) => h.source.startsWith('NO VERIFICAT')));
  });
});

describe('warnings about years with no holidays recorded', () => {
  const coverage = (general: number[], local: Record<string, number[]>) => ({
    generalYears: new Set(general), localYears: new Map(Object.entries(local).map(([place, years]) => [place, new Set(years)])),
  });

  it('warns only about years the table has nothing for, whatever days a computation read', () => {
    assert.deepEqual(holidayDataWarnings(2026, 2027, ['08019'], coverage([2026, 2027], { '08019': [2026, 2027] })), []);
    assert.deepEqual(holidayDataWarnings(2027, 2028, ['08019', '25120'], coverage([2027], { '08019': [2027], '25120': [] })), [
      "Atenció: no hi ha festius locals registrats del municipi 25120 per a l'any 2027.",
      "Atenció: no hi ha festius de Catalunya registrats per a l'any 2028; només s'hi han exclòs dissabtes i diumenges.",
      "Atenció: no hi ha festius locals registrats del municipi 08019 per a l'any 2028.",
      "Atenció: no hi ha festius locals registrats del municipi 25120 per a l'any 2028.",
    ]);
  });
});
