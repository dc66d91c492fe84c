import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { DeadlineTerm } from '../calendar/deadline';
import { deadlinePlaces, LoadedHoliday, loadHolidays, termHorizon } from '../calendar/holiday.service';
import { holidaysAtPlaces } from '../calendar/holiday-places';
import { QualityIndicator } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { catalanDate, startOfCatalanDay } from '../clock';
import { DomainError } from '../errors/domain-error';
import { shareFigures } from './commitment-share.rules';
import { countDecisionsWithinTerm, DecisionFacts } from './decision-term.rules';
import {
  analysisOf, ApplicationTermRow, currentAnalyses, decisionFacts, delayFacts, PublishedForReport, publishedForReport, ratingFacts,
} from './quality-facts.service';
import { countCommunicationsWithinTerm, DelayFacts } from './breach-communication.rules';
import { countRatingsAtLeast, RatingFacts } from './rating-share.rules';
import { qualityPeriodFault } from './quality-period.rules';
import { BreachCase, CommitmentResult, QualityPeriod, QualityReport, ReportedResource } from './quality-report';

/**
 * Quality reports (issue 13; DESIGN.md "Quality and consumers"): the commitments of published
 * fitxes computed from what happened in a period, never typed in. The commitments are those of the
 * fitxa's published version at the time of the request (quality-report.ts says why and how a
 * commitment keeps its identity). A constant number of statements per report, whatever the number
 * of applications: the published fitxes, the facts of each indicator (quality-facts.service.ts),
 * the holidays, read once for every application of the report, and the analyses of the period.
 *
 * `now` is the request's clock: a period that is not over yet is measured up to today.
 * A bad period raises DomainError (INVALID_DATE, OUT_OF_RANGE, INVALID_RANGE, PERIOD_TOO_LONG) at
 * ['from'] or ['to']: a query's bad argument, BAD_USER_INPUT, never a 500.
 */
export async function resourceQualityReport(em: EntityManager, resourceId: string, period: QualityPeriod, now: Date): Promise<QualityReport | null> {
  checkPeriod(period);
  const published = await publishedForReport(em, { resourceIds: [resourceId] });
  if (!published.length) return null;
  return reportOn(em, published, period, now);
}

/** Every published fitxa of the provider, in code order. */
export async function providerQualityReport(em: EntityManager, providerId: string, period: QualityPeriod, now: Date): Promise<QualityReport> {
  checkPeriod(period);
  return reportOn(em, await publishedForReport(em, { providerId }), period, now);
}

function checkPeriod(period: QualityPeriod): void {
  const fault = qualityPeriodFault(period.from, period.to);
  if (fault) throw new DomainError(fault.code, [fault.field], fault.params);
}

type Commitment = ResourceSnapshot['qualityCommitments'][number];

/** The term of a DECISION_WITHIN_TERM commitment; null when the fitxa states none (nothing to time against). */
const thresholdTerm = (commitment: Commitment): DeadlineTerm | null =>
  (commitment.thresholdUnit ? { amount: commitment.threshold, unit: commitment.thresholdUnit } : null);
const hardLimitTerm = (commitment: Commitment): DeadlineTerm | null =>
  (commitment.hardLimitAmount != null && commitment.hardLimitUnit ? { amount: commitment.hardLimitAmount, unit: commitment.hardLimitUnit } : null);

async function reportOn(em: EntityManager, published: PublishedForReport[], period: QualityPeriod, now: Date): Promise<QualityReport> {
  const start = startOfCatalanDay(period.from);
  const end = startOfCatalanDay(addDays(period.to, 1));
  const today = catalanDate(now);
  const having = (indicator: QualityIndicator) => published.filter((p) => p.snapshot.qualityCommitments.some((q) => q.indicator === indicator));

  const timed = having(QualityIndicator.DECISION_WITHIN_TERM);
  const decisions = await decisionFacts(em, timed.map((p) => p.snapshot.id), start, end);
  const holidaysOf = await holidaysForApplications(em, timed, [...decisions.decided, ...decisions.undecided], period);
  const rated = [...new Set([...having(QualityIndicator.SURVEY_RATING_AT_LEAST), ...having(QualityIndicator.FIT_TO_NEEDS_RATING_AT_LEAST)])];
  const ratings = await ratingFacts(em, rated.map((p) => p.snapshot.id), start, end);
  const delays = await delayFacts(em, having(QualityIndicator.BREACH_COMMUNICATED_WITHIN_TERM).map((p) => p.snapshot.id), start, end);
  const analyses = await currentAnalyses(em, published.map((p) => p.snapshot.id), period);

  const commitments: CommitmentResult[] = [];
  for (const { snapshot } of published) {
    const resource = reportedResource(snapshot);
    const facts = {
      decided: decisions.decided.filter((row) => row.resourceId === snapshot.id).map(holidaysOf),
      undecided: decisions.undecided.filter((row) => row.resourceId === snapshot.id).map(holidaysOf),
      ratings: ratings.filter((row) => row.resourceId === snapshot.id),
      delays: delays.filter((row) => row.resourceId === snapshot.id),
      period, today,
    };
    const occurrences = new Map<QualityIndicator, number>();
    for (const commitment of [...snapshot.qualityCommitments].sort((a, b) => a.position - b.position)) {
      const occurrence = (occurrences.get(commitment.indicator) ?? 0) + 1;
      occurrences.set(commitment.indicator, occurrence);
      const counted = countCommitment(commitment, facts);
      const figures = shareFigures({ ...counted, targetPercent: commitment.targetPercent });
      const analysis = analysisOf(analyses, snapshot.id, commitment.indicator, occurrence);
      commitments.push({
        resource, indicator: commitment.indicator, occurrence, commitmentId: commitment.id, text: commitment.text,
        threshold: commitment.threshold, thresholdUnit: commitment.thresholdUnit, hardLimit: hardLimitTerm(commitment),
        targetPercent: commitment.targetPercent,
        ...counted,
        ...figures,
        analysis,
        analysisRequired: figures.met === false && analysis === null,
      });
    }
  }
  return { period, commitments };
}

interface Counted { cases: number; casesMeeting: number; hardLimitBreaches: number; breaches: BreachCase[] }
const NOTHING: Counted = { cases: 0, casesMeeting: 0, hardLimitBreaches: 0, breaches: [] };

function countCommitment(commitment: Commitment, facts: {
  decided: DecisionFacts<LoadedHoliday>[]; undecided: DecisionFacts<LoadedHoliday>[]; ratings: RatingFacts[]; delays: DelayFacts[];
  period: QualityPeriod; today: string;
}): Counted {
  switch (commitment.indicator) {
    case QualityIndicator.DECISION_WITHIN_TERM: {
      const term = thresholdTerm(commitment);
      if (!term) return NOTHING;
      return countDecisionsWithinTerm({ term, hardLimit: hardLimitTerm(commitment) }, facts.decided, facts.undecided,
        { periodLastDay: facts.period.to, today: facts.today });
    }
    case QualityIndicator.SURVEY_RATING_AT_LEAST:
      return countRatingsAtLeast(commitment.threshold, facts.ratings, { fitToNeedsOnly: false });
    case QualityIndicator.FIT_TO_NEEDS_RATING_AT_LEAST:
      return countRatingsAtLeast(commitment.threshold, facts.ratings, { fitToNeedsOnly: true });
    case QualityIndicator.BREACH_COMMUNICATED_WITHIN_TERM:
      return countCommunicationsWithinTerm(facts.delays, { periodLastDay: facts.period.to, today: facts.today });
    default:
      return NOTHING;
  }
}

function reportedResource(snapshot: ResourceSnapshot): ReportedResource {
  const title = Object.fromEntries(Object.entries(snapshot.translations).map(([locale, text]) => [locale, text!.title]));
  return { id: snapshot.id, providerId: snapshot.provider.id, providerSlug: snapshot.provider.slug, code: snapshot.code, title };
}

/**
 * The holidays of every application's places (art. 30.6: the provider's seat and the entity's
 * municipality), read in one statement for all of them, from the first filing to beyond the last
 * day any of their terms can reach; then each application gets the holidays of its own places.
 */
async function holidaysForApplications(
  em: EntityManager, published: PublishedForReport[], rows: ApplicationTermRow[], period: QualityPeriod,
): Promise<(row: ApplicationTermRow) => DecisionFacts<LoadedHoliday>> {
  const byResource = new Map(published.map((p) => [p.snapshot.id, p]));
  const placesOf = (row: ApplicationTermRow) => deadlinePlaces(byResource.get(row.resourceId)!.seatMunicipality, row.municipality);
  let holidays: LoadedHoliday[] = [];
  if (rows.length) {
    let from = period.from;
    let to = period.to;
    for (const row of rows) {
      const registrationDay = catalanDate(row.registeredAt);
      if (registrationDay < from) from = registrationDay;
      const suspended = row.suspensions.reduce((sum, s) => sum + Math.max(0, s.days ?? 0), 0);
      for (const commitment of byResource.get(row.resourceId)!.snapshot.qualityCommitments) {
        for (const term of [thresholdTerm(commitment), hardLimitTerm(commitment)]) {
          if (!term) continue;
          const reach = addDays(termHorizon(registrationDay, term.amount, term.unit), suspended);
          if (reach > to) to = reach;
        }
      }
    }
    holidays = await loadHolidays({ em }, from, to, [...new Set(rows.flatMap(placesOf))]);
  }
  const byPlaces = new Map<string, LoadedHoliday[]>();
  return (row) => {
    const places = placesOf(row);
    const key = places.join(',');
    let own = byPlaces.get(key);
    if (!own) byPlaces.set(key, own = holidaysAtPlaces(holidays, places));
    return { ...row, holidays: own };
  };
}
