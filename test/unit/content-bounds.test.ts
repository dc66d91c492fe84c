import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DEADLINE_AMOUNT } from '../../src/calendar/holiday.service';
import { computeDeadline, MAX_TERM_HOURS } from '../../src/calendar/deadline';
import { LIST_BOUNDS, NUMBER_BOUNDS, TERM_BOUNDS, WINDOW_DAYS, withinBound } from '../../src/catalogue/content-bounds.rules';
import { ResourceContentData, validateResourceContent } from '../../src/catalogue/resource-content.validation';
import { QualityIndicator, ResourceKind, TermUnit } from '../../src/catalogue/resource-enums';
import { Locale } from '../../src/i18n/locale';

const base = (): ResourceContentData => ({ kind: ResourceKind.TECHNICAL, translations: [{ locale: Locale.CA, title: 'Suport' }] });
const found = (content: ResourceContentData) => validateResourceContent(content).map((e) => [e.code, e.field!.slice(2).join('.'), e.params ?? {}]);
const text = [{ locale: Locale.CA, text: 'Compromís' }];

describe('the bounds of the numbers in a fitxa', () => {
  it('gives every term unit a bound of at least one unit that the deadline arithmetic can compute', () => {
    assert.deepEqual(Object.keys(TERM_BOUNDS).sort(), Object.values(TermUnit).sort(), 'every unit has its bound');
    for (const [unit, bound] of Object.entries(TERM_BOUNDS)) {
      assert.equal(bound.min, 1, unit);
      assert.ok(bound.max <= MAX_DEADLINE_AMOUNT, `${unit}: ${bound.max} within what computeDeadline accepts`);
      if (unit === TermUnit.HOURS) continue; // art. 30.1: its own ceiling, checked below
      const result = computeDeadline({ start: '2026-11-23', term: { amount: bound.max, unit: unit as TermUnit }, holidays: [] });
      assert.ok(result.lastDay > '2027-11-23' && result.lastDay < '2029-01-01', `${unit}: the largest term is about two years (${result.lastDay})`);
    }
  });

  it('bounds a term in hours at the 24 hours of art. 30.1, which the arithmetic computes', () => {
    assert.equal(TERM_BOUNDS[TermUnit.HOURS].max, MAX_TERM_HOURS);
    // Monday 10:00 in Barcelona: 24 business hours end on Tuesday at the same time.
    const result = computeDeadline({ start: new Date('2026-11-23T09:00:00Z'), term: { amount: MAX_TERM_HOURS, unit: TermUnit.HOURS }, holidays: [] });
    assert.equal(result.lastDay, '2026-11-24');
  });

  it('accepts each bound and refuses one past it, for the resolution term in every unit', () => {
    for (const unit of Object.values(TermUnit)) {
      const { min, max } = TERM_BOUNDS[unit];
      for (const amount of [min, max]) assert.deepEqual(found({ ...base(), resolutionTerm: { amount, unit } }), [], `${amount} ${unit}`);
      for (const amount of [min - 1, max + 1, 2147483647, 1.5]) {
        assert.deepEqual(found({ ...base(), resolutionTerm: { amount, unit } }), [['OUT_OF_RANGE', 'resolutionTerm.amount', { min, max }]], `${amount} ${unit}`);
      }
    }
  });

  it('bounds the per-entity limit, the SDGs, ratings and percentages', () => {
    const { maxApplicationsPerEntity: limit, sdg, rating, targetPercent } = NUMBER_BOUNDS;
    assert.deepEqual(found({ ...base(), maxApplicationsPerEntity: limit.max, sdgs: [sdg.min, sdg.max] }), []);
    assert.deepEqual(found({ ...base(), maxApplicationsPerEntity: limit.max + 1, sdgs: [sdg.max + 1] }), [
      ['OUT_OF_RANGE', 'sdgs.0', { min: sdg.min, max: sdg.max }],
      ['OUT_OF_RANGE', 'maxApplicationsPerEntity', { min: limit.min, max: limit.max }],
    ]);
    const commitment = { indicator: QualityIndicator.SURVEY_RATING_AT_LEAST, text, threshold: rating.max, targetPercent: targetPercent.max };
    assert.deepEqual(found({ ...base(), qualityCommitments: [commitment] }), []);
    assert.deepEqual(found({ ...base(), qualityCommitments: [{ ...commitment, threshold: rating.max + 1, targetPercent: targetPercent.min - 1 }] }), [
      ['OUT_OF_RANGE', 'qualityCommitments.0.threshold', { min: rating.min, max: rating.max }],
      ['OUT_OF_RANGE', 'qualityCommitments.0.targetPercent', { min: targetPercent.min, max: targetPercent.max }],
    ]);
  });

  it("bounds a quality commitment's threshold and hard limit by their units", () => {
    const commitment = {
      indicator: QualityIndicator.DECISION_WITHIN_TERM, text, targetPercent: 90,
      threshold: TERM_BOUNDS.BUSINESS_DAYS.max, thresholdUnit: TermUnit.BUSINESS_DAYS,
      hardLimitAmount: TERM_BOUNDS.MONTHS.max, hardLimitUnit: TermUnit.MONTHS,
    };
    assert.deepEqual(found({ ...base(), qualityCommitments: [commitment] }), []);
    assert.deepEqual(found({ ...base(), qualityCommitments: [{ ...commitment, threshold: 0, hardLimitAmount: TERM_BOUNDS.MONTHS.max + 1 }] }), [
      ['OUT_OF_RANGE', 'qualityCommitments.0.threshold', TERM_BOUNDS.BUSINESS_DAYS],
      ['OUT_OF_RANGE', 'qualityCommitments.0.hardLimitAmount', TERM_BOUNDS.MONTHS],
    ]);
  });

  it('keeps application windows within the years the calendar covers', () => {
    assert.deepEqual(found({ ...base(), applicationWindows: [{ opensOn: WINDOW_DAYS.first, closesOn: WINDOW_DAYS.last }] }), []);
    assert.deepEqual(found({ ...base(), applicationWindows: [{ opensOn: '1999-12-31', closesOn: '2101-01-01' }] }), [
      ['OUT_OF_RANGE', 'applicationWindows.0.opensOn', { min: WINDOW_DAYS.first, max: WINDOW_DAYS.last }],
      ['OUT_OF_RANGE', 'applicationWindows.0.closesOn', { min: WINDOW_DAYS.first, max: WINDOW_DAYS.last }],
    ]);
  });

  it('counts the items of every list', () => {
    const windows = Array.from({ length: LIST_BOUNDS.applicationWindows + 1 }, () => ({ opensOn: '2026-01-01', closesOn: '2026-01-31' }));
    assert.deepEqual(found({ ...base(), applicationWindows: windows.slice(1) }), []);
    assert.deepEqual(found({ ...base(), applicationWindows: windows }), [['TOO_MANY', 'applicationWindows', { max: LIST_BOUNDS.applicationWindows }]]);
    const steps = Array.from({ length: LIST_BOUNDS.procedureSteps + 1 }, () => ({ kind: 'IDENTIFY' as never, title: text }));
    assert.deepEqual(found({ ...base(), procedureSteps: steps }), [['TOO_MANY', 'procedureSteps', { max: LIST_BOUNDS.procedureSteps }]]);
  });

  it('withinBound wants a whole number within both ends', () => {
    assert.equal(withinBound(1, { min: 1, max: 2 }), true);
    assert.equal(withinBound(2, { min: 1, max: 2 }), true);
    assert.equal(withinBound(0, { min: 1, max: 2 }), false);
    assert.equal(withinBound(1.5, { min: 1, max: 2 }), false);
    assert.equal(withinBound(Number.NaN, { min: 1, max: 2 }), false);
  });
});
