import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLocalHolidayList, splitCsvLine } from '../../src/calendar/local-holiday-list';

const codes = (text: string) => parseLocalHolidayList(text).errors.map((e) => [e.code, e.field]);

describe("the Generalitat's list of local holidays (CSV: year, INE code, date, name)", () => {
  it('reads comma or semicolon files, with a header, quotes, 6-digit Idescat codes and European dates', () => {
    const { rows, errors } = parseLocalHolidayList([
      '\uFEFFany;codi INE;data;festa',
      '2026;080193;25/05/2026;Dilluns de Pasqua Granada',
      '2026;08019;2026-09-24;"La Mercè; patrona"',
      '',
    ].join('\r\n'));
    assert.deepEqual(errors, []);
    assert.deepEqual(rows.map((r) => [r.line, r.year, r.municipality, r.date, r.name]), [
      [2, 2026, '08019', '2026-05-25', 'Dilluns de Pasqua Granada'],
      [3, 2026, '08019', '2026-09-24', 'La Mercè; patrona'],
    ]);
    assert.deepEqual(parseLocalHolidayList('2026,25120,2026-05-11,Sant Anastasi\n').rows.map((r) => r.municipality), ['25120']);
    assert.deepEqual(splitCsvLine('a,"b ""c"", d",e', ','), ['a', 'b "c", d', 'e']);
    assert.equal(splitCsvLine('a,"b', ','), null);
  });

  it('checks every line and points at the line and column of each error', () => {
    assert.deepEqual(codes([
      'year,ine,date,name',
      '2026,8019,2026-05-25,Festa', // INE code too short
      '2026,08019,2026-02-30,Festa', // no such day
      '2026,08019,2027-01-07,Festa', // another year
      '26,08019,2026-05-25,Festa', // not a year
      '2026,08019,2026-05-25,', // no name
      '2026,08019,2026-05-25', // three columns
      '2026,08019,"2026-05-25,Festa', // open quote
    ].join('\n')), [
      ['INVALID_MUNICIPALITY', ['input', 'csv', '2', 'municipality']],
      ['INVALID_DATE', ['input', 'csv', '3', 'date']],
      ['DATE_OUTSIDE_YEAR', ['input', 'csv', '4', 'date']],
      ['INVALID_YEAR', ['input', 'csv', '5', 'year']],
      ['REQUIRED', ['input', 'csv', '6', 'name']],
      ['INVALID_FORMAT', ['input', 'csv', '7']],
      ['INVALID_FORMAT', ['input', 'csv', '8']],
    ]);
  });

  it('refuses a day twice and more than two local holidays per municipality and year, and an empty file', () => {
    assert.deepEqual(codes(['2026,08019,2026-05-25,A', '2026,08019,2026-05-25,B', '2026,08019,2026-09-24,C', '2026,08019,2026-12-31,D'].join('\n')), [
      ['DUPLICATE_DATE', ['input', 'csv', '2', 'date']],
      ['TOO_MANY', ['input', 'csv', '4']],
    ]);
    assert.deepEqual(codes('year,ine,date,name\n'), [['REQUIRED', ['input', 'csv']]]);
    assert.deepEqual(parseLocalHolidayList(['2026,08019,2026-05-25,A', '2027,08019,2027-05-17,A', '2026,08298,2026-05-25,A'].join('\n')).errors, [],
      'two per year, per municipality');
  });
});
