import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const COMPUTE = `query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) {
  registrationDay party effectiveFilingDay startDay lastDay endsAt term { amount unit } municipality seatMunicipality explanation
  skippedHolidays { date name scope municipality source replaces } } }`;
const SET = `mutation($input: SetHolidaysInput!) { setHolidays(input: $input) {
  holidays { date name scope municipality source } userErrors { code field message } } }`;
const HOLIDAYS = 'query($provider: String!, $year: Int!, $municipality: String) { holidays(provider: $provider, year: $year, municipality: $municipality) { date name scope municipality } }';

const PERSON = '12345678Z';

describe('deadlines and holidays', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  const compute = (input: Record<string, unknown>, headers: Record<string, string> = {}) => api.graphql(COMPUTE, { input }, headers);
  const count = async (where: string) => Number((await api.service.database.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from holiday where ${where}`))[0].n);
  const lleidaFiling = { provider: 'diputacio-lleida', start: '2026-05-05T09:00:00+02:00', term: { amount: 5, unit: 'BUSINESS_DAYS' } };

  it("computes a Lleida filing across Sant Anastasi, the seat's local holiday", async () => {
    const { body } = await compute(lleidaFiling);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const result = body.data.computeDeadline;
    assert.equal(result.registrationDay, '2026-05-05');
    assert.equal(result.startDay, '2026-05-06');
    assert.equal(result.lastDay, '2026-05-13');
    assert.deepEqual(result.term, { amount: 5, unit: 'BUSINESS_DAYS' });
    assert.equal(result.seatMunicipality, '25120');
    assert.equal(result.municipality, null);
    assert.deepEqual(result.skippedHolidays.map((h: any) => [h.date, h.name, h.scope, h.municipality]), [['2026-05-11', 'Sant Anastasi', 'LOCAL', '25120']]);
    assert.equal(result.explanation.at(-1), 'El termini acaba el dimecres 13 de maig de 2026.');
  });

  it("counts the applicant's municipality too: Barcelona's La Mercè, with a Lleida seat as well (art. 30.6)", async () => {
    const input = { provider: 'diba', start: '2026-09-23T12:00:00+02:00', term: { amount: 5, unit: 'BUSINESS_DAYS' }, municipality: '08019' };
    const diba = (await compute(input)).body.data.computeDeadline;
    assert.equal(diba.lastDay, '2026-10-01');
    assert.equal(diba.municipality, '08019');
    assert.deepEqual(diba.skippedHolidays.map((h: any) => h.date), ['2026-09-24']);
    const lleida = (await compute({ ...input, provider: 'diputacio-lleida' })).body.data.computeDeadline;
    assert.equal(lleida.lastDay, '2026-10-02');
    assert.deepEqual(lleida.skippedHolidays.map((h: any) => h.date), ['2026-09-24', '2026-09-29']);
  });

  it("runs the Administration's term from a Saturday registration itself: diba, 31 Jan 2026, 3 months, is 30 April (art. 21.3.b, 31.2.c)", async () => {
    const saturday = { provider: 'diba', start: '2026-01-31T10:00:00Z', term: { amount: 3, unit: 'MONTHS' } };
    const byDefault = (await compute(saturday)).body.data.computeDeadline;
    assert.equal(byDefault.party, 'ADMINISTRATION');
    assert.equal(byDefault.effectiveFilingDay, '2026-01-31');
    assert.equal(byDefault.lastDay, '2026-04-30');
    assert.equal(byDefault.endsAt, null);
    const administration = (await compute({ ...saturday, party: 'ADMINISTRATION' })).body.data.computeDeadline;
    assert.equal(administration.lastDay, '2026-04-30');
    const applicantMonths = (await compute({ ...saturday, party: 'APPLICANT' })).body.data.computeDeadline;
    assert.equal(applicantMonths.lastDay, '2026-04-30', 'art. 31.2.b moves only terms in business days');
    const applicantDays = (await compute({ ...saturday, term: { amount: 10, unit: 'BUSINESS_DAYS' }, party: 'APPLICANT' })).body.data.computeDeadline;
    assert.equal(applicantDays.effectiveFilingDay, '2026-02-02');
    assert.equal(applicantDays.lastDay, '2026-02-16');
    const administrationDays = (await compute({ ...saturday, term: { amount: 10, unit: 'BUSINESS_DAYS' } })).body.data.computeDeadline;
    assert.equal(administrationDays.lastDay, '2026-02-13');
  });

  it('counts terms in hours of business days and refuses more than 24 (art. 30.1)', async () => {
    const friday = { provider: 'diputacio-lleida', start: '2026-05-08T09:00:00+02:00', term: { amount: 24, unit: 'HOURS' } };
    const result = (await compute(friday)).body.data.computeDeadline;
    assert.equal(result.endsAt, '2026-05-12T07:00:00.000Z', 'the weekend and Sant Anastasi (Monday) do not count');
    assert.equal(result.lastDay, '2026-05-12');
    assert.deepEqual(result.skippedHolidays.map((h: any) => h.date), ['2026-05-11']);
    assert.deepEqual(result.term, { amount: 24, unit: 'HOURS' });
    const tooLong = await compute({ ...friday, term: { amount: 25, unit: 'HOURS' } });
    assert.equal(tooLong.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(tooLong.body.errors?.[0].extensions?.field, ['input', 'term', 'amount']);
  });

  it("does not claim a year has no local holidays when they exist beyond the days the term reads (Barcelona 2027, Lleida 2026)", async () => {
    const barcelona = (await compute({ provider: 'diba', municipality: '08019', start: '2026-12-10T10:00:00+01:00', term: { amount: 20, unit: 'BUSINESS_DAYS' } })).body.data.computeDeadline;
    assert.ok(barcelona.lastDay.startsWith('2027-01'), barcelona.lastDay);
    assert.deepEqual(barcelona.explanation.filter((s: string) => s.startsWith('Atenció')), []);
    const lleida = (await compute({ provider: 'diputacio-lleida', start: '2025-12-10T10:00:00+01:00', term: { amount: 20, unit: 'BUSINESS_DAYS' } })).body.data.computeDeadline;
    assert.ok(lleida.lastDay.startsWith('2026-01'), lleida.lastDay);
    assert.deepEqual(lleida.explanation.filter((s: string) => s.startsWith('Atenció')), []);
    // A municipality with no local holidays recorded is still named.
    const vic = (await compute({ provider: 'diba', municipality: '08298', start: '2026-12-10T10:00:00+01:00', term: { amount: 20, unit: 'BUSINESS_DAYS' } })).body.data.computeDeadline;
    assert.deepEqual(vic.explanation.filter((s: string) => s.startsWith('Atenció')), [
      "Atenció: no hi ha festius locals registrats del municipi 08298 per a l'any 2026.",
      "Atenció: no hi ha festius locals registrats del municipi 08298 per a l'any 2027.",
    ]);
  });

  it("uses the Val d'Aran's calendar for its municipalities: 17 June instead of 26 December", async () => {
    const vielha = { provider: 'diputacio-lleida', municipality: '25243', term: { amount: 1, unit: 'BUSINESS_DAYS' } };
    const june = (await compute({ ...vielha, start: '2025-06-16T10:00:00+02:00' })).body.data.computeDeadline;
    assert.equal(june.lastDay, '2025-06-18');
    assert.deepEqual(june.skippedHolidays.map((h: any) => [h.date, h.scope, h.replaces]), [['2025-06-17', 'ARAN', '2025-12-26']]);
    // Lleida (the seat) keeps Sant Esteve, and a holiday at either place counts (art. 30.6).
    const december = (await compute({ ...vielha, start: '2025-12-24T10:00:00+01:00' })).body.data.computeDeadline;
    assert.equal(december.lastDay, '2025-12-29');
    const holidays = (await api.graphql(HOLIDAYS, { provider: 'diputacio-lleida', year: 2025, municipality: '25243' })).body.data.holidays;
    assert.ok(holidays.some((h: any) => h.date === '2025-06-17' && h.scope === 'ARAN'));
  });

  it('treats a Saturday filing as made on Monday for the applicant', async () => {
    const { body } = await compute({ provider: 'ddgi', start: '2026-01-17T11:00:00+01:00', term: { amount: 10, unit: 'BUSINESS_DAYS' }, party: 'APPLICANT' });
    const result = body.data.computeDeadline;
    assert.equal(result.registrationDay, '2026-01-17');
    assert.equal(result.effectiveFilingDay, '2026-01-19');
    assert.equal(result.startDay, '2026-01-20');
    assert.equal(result.lastDay, '2026-02-02');
    assert.match(result.explanation[0], /art\. 31\.2\.b/);
  });

  it('computes months and calendar days', async () => {
    const months = await compute({ provider: 'dipta', start: '2026-01-15T10:00:00+01:00', term: { amount: 3, unit: 'MONTHS' } });
    assert.equal(months.body.data.computeDeadline.lastDay, '2026-04-15');
    const days = await compute({ provider: 'dipta', start: '2026-03-24T10:00:00+01:00', term: { amount: 10, unit: 'CALENDAR_DAYS' } });
    assert.equal(days.body.data.computeDeadline.lastDay, '2026-04-07');
  });

  it('answers NOT_FOUND for an unknown provider and BAD_USER_INPUT for a bad municipality or amount', async () => {
    assert.equal((await compute({ ...lleidaFiling, provider: 'nowhere' })).body.errors?.[0].extensions?.code, 'NOT_FOUND');
    for (const municipality of ['8019', 'abcde', '99999']) {
      const { body } = await compute({ ...lleidaFiling, municipality });
      assert.equal(body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', municipality);
    }
    for (const amount of [0, 1001]) {
      const { body } = await compute({ ...lleidaFiling, term: { amount, unit: 'MONTHS' } });
      assert.equal(body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', String(amount));
      assert.deepEqual(body.errors?.[0].extensions?.field, ['input', 'term', 'amount']);
    }
    const badStart = await compute({ ...lleidaFiling, start: '2026-05-05' });
    assert.equal(badStart.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it("lists a year's holidays for a provider, with a municipality's on request", async () => {
    const lleida = (await api.graphql(HOLIDAYS, { provider: 'diputacio-lleida', year: 2026 })).body.data.holidays;
    assert.equal(lleida.filter((h: any) => h.scope !== 'LOCAL').length, 12);
    assert.deepEqual(lleida.filter((h: any) => h.scope === 'LOCAL').map((h: any) => h.date), ['2026-05-11', '2026-09-29']);
    const withBarcelona = (await api.graphql(HOLIDAYS, { provider: 'diputacio-lleida', year: 2026, municipality: '08019' })).body.data.holidays;
    assert.deepEqual(withBarcelona.filter((h: any) => h.scope === 'LOCAL').map((h: any) => `${h.municipality}:${h.date}`),
      ['25120:2026-05-11', '08019:2026-05-25', '08019:2026-09-24', '25120:2026-09-29']);
    const unknown = await api.graphql(HOLIDAYS, { provider: 'nowhere', year: 2026 });
    assert.equal(unknown.body.errors?.[0].extensions?.code, 'NOT_FOUND');
  });

  it("lets the province's admin replace a municipality's holidays, and deadlines follow at once", async () => {
    const before = (await compute(lleidaFiling)).body.data.computeDeadline; // cached for anonymous callers
    assert.equal(before.lastDay, '2026-05-13');
    const admin = await api.as({ nif: PERSON, roles: ['admin:diputacio-lleida'] });
    const { body } = await api.graphql(SET, { input: {
      year: 2026, municipality: '25120', source: 'Ordre de festes locals 2026 (prova)',
      holidays: [{ date: '2026-05-11', name: 'Sant Anastasi' }, { date: '2026-05-12', name: 'Festa local de prova' }],
    } }, admin);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.setHolidays.userErrors, []);
    assert.deepEqual(body.data.setHolidays.holidays.map((h: any) => [h.date, h.scope, h.municipality, h.source]), [
      ['2026-05-11', 'LOCAL', '25120', 'Ordre de festes locals 2026 (prova)'], ['2026-05-12', 'LOCAL', '25120', 'Ordre de festes locals 2026 (prova)'],
    ]);
    assert.equal(await count(`municipality_code = '25120' and date between '2026-01-01' and '2026-12-31'`), 2);
    assert.equal(await count(`municipality_code = '25120' and date between '2025-01-01' and '2025-12-31'`), 2, 'other years untouched');
    const afterwards = (await compute(lleidaFiling)).body.data.computeDeadline;
    assert.equal(afterwards.lastDay, '2026-05-14');
    assert.deepEqual(afterwards.skippedHolidays.map((h: any) => h.date), ['2026-05-11', '2026-05-12']);
  });

  it('refuses editors, anonymous callers and admins of another province', async () => {
    const input = { year: 2026, municipality: '25120', source: 'x', holidays: [{ date: '2026-06-01', name: 'Prova' }] };
    const before = await count('true');
    const editor = await api.graphql(SET, { input }, await api.as({ nif: PERSON, roles: ['editor:diputacio-lleida', 'reviewer:diputacio-lleida'] }));
    assert.deepEqual(editor.body.data.setHolidays.userErrors.map((e: any) => [e.code, e.field]), [['FORBIDDEN', null]]);
    const otherProvince = await api.graphql(SET, { input }, await api.as({ nif: PERSON, roles: ['admin:diba'] }));
    assert.deepEqual(otherProvince.body.data.setHolidays.userErrors.map((e: any) => [e.code, e.field]), [['FORBIDDEN', ['input', 'municipality']]]);
    const anonymous = await api.graphql(SET, { input });
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal(await count('true'), before);
  });

  it('returns user errors with field paths and writes nothing on bad input', async () => {
    const admin = await api.as({ nif: PERSON, roles: ['admin:diputacio-lleida'] });
    const before = await count('true');
    const { body } = await api.graphql(SET, { input: {
      year: 2026, municipality: '25120', source: 'Prova',
      holidays: [
        { date: '2027-01-01', name: 'Fora de l\'any' },
        { date: '2026-05-11', name: '   ' },
        { date: '2026-06-01', name: 'A' },
        { date: '2026-06-01', name: 'B' },
        { date: '2026-06-02', name: 'C', scope: 'CATALONIA' },
      ],
    } }, admin);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.setHolidays.holidays, null);
    assert.deepEqual(body.data.setHolidays.userErrors.map((e: any) => [e.code, e.field]), [
      ['DATE_OUTSIDE_YEAR', ['input', 'holidays', '0', 'date']],
      ['REQUIRED', ['input', 'holidays', '1', 'name']],
      ['DUPLICATE_DATE', ['input', 'holidays', '3', 'date']],
      ['INVALID_SCOPE', ['input', 'holidays', '4', 'scope']],
    ]);
    const unknown = await api.graphql(SET, { input: { year: 2026, municipality: '99999', source: 'x', holidays: [] } }, admin);
    assert.equal(unknown.body.data.setHolidays.userErrors[0].code, 'UNKNOWN_MUNICIPALITY');
    assert.equal(await count('true'), before);
    assert.equal(await count(`municipality_code = '25120' and date = '2026-05-12'`), 1, 'the earlier set is intact');
  });

  it("lets an admin set the general calendar of a year that has none", async () => {
    const noData = (await compute({ provider: 'ddgi', start: '2028-01-10T10:00:00+01:00', term: { amount: 5, unit: 'BUSINESS_DAYS' } })).body.data.computeDeadline;
    assert.ok(noData.explanation.some((s: string) => s.includes("no hi ha festius de Catalunya registrats per a l'any 2028")));
    const admin = await api.as({ nif: PERSON, roles: ['admin:ddgi'] });
    const { body } = await api.graphql(SET, { input: {
      year: 2028, source: "Calendari oficial de festes laborals a Catalunya per a l'any 2028 (prova)",
      holidays: [{ date: '2028-01-06', name: 'Reis', scope: 'NATIONAL' }, { date: '2028-04-17', name: 'Dilluns de Pasqua Florida' }],
    } }, admin);
    assert.deepEqual(body.data.setHolidays.userErrors, []);
    assert.deepEqual(body.data.setHolidays.holidays.map((h: any) => [h.date, h.scope, h.municipality]), [['2028-01-06', 'NATIONAL', null], ['2028-04-17', 'CATALONIA', null]]);
    const listed = (await api.graphql(HOLIDAYS, { provider: 'ddgi', year: 2028 })).body.data.holidays;
    assert.deepEqual(listed.map((h: any) => h.date), ['2028-01-06', '2028-04-17']);
  });
});
