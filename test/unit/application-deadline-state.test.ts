import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CERTAINLY_ON_TIME_AFTER_DAYS, DeadlineState, deadlineState, deadlineStateWithoutCalendar,
} from '../../src/applications/deadline-state';
import { HolidayCalendar } from '../../src/calendar/deadline';
import { addDays } from '../../src/calendar/days';
import { HolidayScope } from '../../src/calendar/holiday-scope';
import { holidays as seededHolidays } from '../../seeds/data/holidays';

const seeded = new HolidayCalendar(seededHolidays.map((h) => ({ date: h.date, name: h.name, scope: h.scope, municipality: h.municipalityCode })));

/** Every day from `from` for `count` days. */
const days = (from: string, count: number) => Array.from({ length: count }, (_, index) => addDays(from, index));

/** A calendar far worse than any real one: a holiday every third day of 2026. */
const pathological = new HolidayCalendar(days('2026-01-01', 365)
  .filter((day, index) => index % 3 === 0)
  .map((date) => ({ date, name: 'Festa inventada', scope: HolidayScope.LOCAL, municipality: '99999' })));

describe('deadline state of an application', () => {
  it('is on time on the due date, at risk with ten business days left or fewer, overdue after', () => {
    assert.equal(deadlineState('2026-11-26', '2026-11-26', 0), DeadlineState.AT_RISK);
    assert.equal(deadlineState('2026-11-27', '2026-11-26', 0), DeadlineState.OVERDUE);
    assert.equal(deadlineState('2026-11-23', '2026-12-23', 11), DeadlineState.ON_TIME);
    assert.equal(deadlineState('2026-11-23', '2026-12-09', 10), DeadlineState.AT_RISK);
  });

  it('counts the business days after today up to the due date with the holidays', () => {
    // 24 Nov–23 Dec 2026: 22 weekdays, minus the Immaculada (8 Dec).
    assert.equal(seeded.businessDaysAfter('2026-11-23', '2026-12-23'), 21);
    assert.equal(seeded.businessDaysAfter('2026-11-23', '2026-11-23'), 0);
    assert.equal(seeded.businessDaysAfter('2026-11-23', '2026-11-26'), 3);
  });

  it('what the lists decide in SQL without holidays agrees with the full rule, on real and on absurd calendars', () => {
    let decided = 0;
    let undecided = 0;
    for (const calendar of [seeded, pathological]) {
      for (const today of days('2025-12-01', 150)) {
        for (let offset = -3; offset <= CERTAINLY_ON_TIME_AFTER_DAYS + 5; offset += 1) {
          const due = addDays(today, offset);
          const quick = deadlineStateWithoutCalendar(today, due);
          const full = deadlineState(today, due, calendar.businessDaysAfter(today, due));
          if (quick === null) {
            undecided += 1;
            continue;
          }
          decided += 1;
          assert.equal(quick, full, `${today} → ${due}`);
        }
      }
    }
    assert.ok(decided > 0 && undecided > 0);
    assert.equal(deadlineStateWithoutCalendar('2026-11-23', '2026-11-22'), DeadlineState.OVERDUE);
    assert.equal(deadlineStateWithoutCalendar('2026-11-23', '2026-11-23'), null);
    assert.equal(deadlineStateWithoutCalendar('2026-11-23', addDays('2026-11-23', CERTAINLY_ON_TIME_AFTER_DAYS)), null);
    assert.equal(deadlineStateWithoutCalendar('2026-11-23', addDays('2026-11-23', CERTAINLY_ON_TIME_AFTER_DAYS + 1)), DeadlineState.ON_TIME);
  });
});
