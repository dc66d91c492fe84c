import { EntityManager } from '@mikro-orm/postgresql';
import { ResolutionKind } from '../applications/resolution-kind';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { postgresArray } from '../database/postgres-array';
import { RegistrySubject } from '../registry/registry-direction';
import { catalanDate } from '../clock';
import { DelaySuspension } from './decision-delay.rules';
import { QualityIndicator, SurveyQuestionKind } from '../catalogue/resource-enums';
import { withoutTenantFilter } from '../database/tenant-filter';
import { QualityAnalysisEntity } from './quality-analysis.entity';
import { QualityPeriod, RecordedAnalysis } from './quality-report';
import { RatingFacts } from './rating-share.rules';

/**
 * The set-based reads behind a quality report: each is one statement whatever the number of
 * applications, so a report costs the same few statements for 10 applications or 10,000
 * (test/integration/quality-report.test.ts counts them). They read across the tenant filter on
 * purpose: the figures of a published fitxa are public (diputacions publish them), and who may
 * see the cases behind a breach is decided where the report is served (quality.policy.ts).
 */

/** A published fitxa to report on, with its provider's seat (its holidays count for every term). */
export interface PublishedForReport {
  snapshot: ResourceSnapshot;
  seatMunicipality: string;
}

/** The published fitxes asked for: by id, or every published fitxa of a provider; by code. */
export async function publishedForReport(em: EntityManager, scope: { resourceIds: readonly string[] } | { providerId: string }): Promise<PublishedForReport[]> {
  const [where, parameter] = 'providerId' in scope
    ? ['pr.provider_id = ?', scope.providerId]
    : ['pr.resource_id = any(?::uuid[])', postgresArray(scope.resourceIds)];
  const rows = await em.getConnection().execute<{ snapshot: ResourceSnapshot; seat: string }[]>(
    `select pr.snapshot, p.seat_municipality_code as seat from published_resource pr join provider p on p.id = pr.provider_id
      where ${where} order by pr.code, pr.resource_id`,
    [parameter], 'all', em.getTransactionContext(),
  );
  return rows.map((row) => ({ snapshot: row.snapshot, seatMunicipality: row.seat }));
}

/** An application as the decision indicator reads it. */
export interface ApplicationTermRow {
  applicationId: string;
  resourceId: string;
  registryNumber: string | null;
  registeredAt: Date;
  /** When its GRANT or DENY was made available; null for the undecided. */
  decidedAt: Date | null;
  /** INE code of the entity's municipality, for its local holidays. */
  municipality: string | null;
  /** Each request for corrections, in the order requested: the day it took effect and the days suspended once applied. */
  suspensions: DelaySuspension[];
}

/** The decisions that count (approvals and denials, art. 21: resolving the application). */
const DECISIONS = [ResolutionKind.GRANT, ResolutionKind.DENY];
/** Resolutions that end the application's procedure: after one, nothing is left undecided. */
const ENDINGS = [ResolutionKind.GRANT, ResolutionKind.DENY, ResolutionKind.ACCEPT_WITHDRAWAL, ResolutionKind.DECLARE_DESISTED];

const APPLICATION_COLUMNS = `a.id as application_id, a.resource_id, a.submitted_at, le.ine_code as municipality, e.number as registry_number,
  coalesce((select jsonb_agg(jsonb_build_object('effectiveAt', coalesce(n.accessed_at, n.deemed_rejected_at), 'days', c.suspended_days) order by c.requested_at)
              from correction_request c join notification n on n.id = c.notification_id where c.application_id = a.id), '[]') as suspensions`;
const APPLICATION_JOINS = `join local_entity le on le.id = a.local_entity_id
  left join registry_entry e on e.application_id = a.id and e.subject = '${RegistrySubject.SUBMISSION}'`;

interface RawApplicationRow {
  application_id: string; resource_id: string; submitted_at: Date; municipality: string | null; registry_number: string | null;
  suspensions: { effectiveAt: string | null; days: number | null }[]; decided_at?: Date | null;
}

const toTermRow = (row: RawApplicationRow): ApplicationTermRow => ({
  applicationId: row.application_id, resourceId: row.resource_id, registryNumber: row.registry_number,
  registeredAt: new Date(row.submitted_at), decidedAt: row.decided_at ? new Date(row.decided_at) : null,
  municipality: row.municipality,
  // The day a suspension starts is the Catalan day its request took effect (as the delay job reads it).
  suspensions: (row.suspensions ?? []).map((s) => ({ from: s.effectiveAt ? catalanDate(new Date(s.effectiveAt)) : null, days: s.days == null ? null : Number(s.days) })),
});

/**
 * The approvals and denials of these fitxes made available in [start, end), and the applications
 * registered before `end` that no resolution had ended by then (made available before `end`).
 * Two statements.
 */
export async function decisionFacts(em: EntityManager, resourceIds: readonly string[], start: Date, end: Date): Promise<{
  decided: ApplicationTermRow[]; undecided: ApplicationTermRow[];
}> {
  if (!resourceIds.length) return { decided: [], undecided: [] };
  const connection = em.getConnection();
  const decided = await connection.execute<RawApplicationRow[]>(
    `select ${APPLICATION_COLUMNS}, n.made_available_at as decided_at
       from resolution r
       join notification n on n.id = r.notification_id
       join application a on a.id = r.application_id
       ${APPLICATION_JOINS}
      where a.resource_id = any(?::uuid[]) and r.kind = any(?::resolution_kind[])
        and n.made_available_at >= ? and n.made_available_at < ? and a.submitted_at is not null
      order by n.made_available_at, a.id`,
    [postgresArray(resourceIds), postgresArray(DECISIONS), start, end], 'all', em.getTransactionContext(),
  );
  const undecided = await connection.execute<RawApplicationRow[]>(
    `select ${APPLICATION_COLUMNS}
       from application a
       ${APPLICATION_JOINS}
      where a.resource_id = any(?::uuid[]) and a.submitted_at < ?
        and not exists (select 1 from resolution r join notification n on n.id = r.notification_id
                          where r.application_id = a.id and r.kind = any(?::resolution_kind[]) and n.made_available_at < ?)
      order by a.submitted_at, a.id`,
    [postgresArray(resourceIds), end, postgresArray(ENDINGS), end], 'all', em.getTransactionContext(),
  );
  return { decided: decided.map(toTermRow), undecided: undecided.map(toTermRow) };
}

/** A rating answer of a fitxa, with its fitxa. */
export type RatingRow = RatingFacts & { resourceId: string };

/**
 * The rating answers (0–10; free text is no rating) of the survey responses to these fitxes
 * submitted in [start, end), with the application's registry number. One statement.
 */
export async function ratingFacts(em: EntityManager, resourceIds: readonly string[], start: Date, end: Date): Promise<RatingRow[]> {
  if (!resourceIds.length) return [];
  const rows = await em.getConnection().execute<{
    resource_id: string; application_id: string; registry_number: string | null; question_code: string; rating: number; fit_to_needs: boolean; submitted_at: Date;
  }[]>(
    `select r.resource_id, r.application_id, e.number as registry_number, a.question_code, a.rating, a.fit_to_needs, r.submitted_at
       from survey_answer a
       join survey_response r on r.id = a.response_id
       left join registry_entry e on e.application_id = r.application_id and e.subject = '${RegistrySubject.SUBMISSION}'
      where r.resource_id = any(?::uuid[]) and a.kind = ? and a.rating is not null and r.submitted_at >= ? and r.submitted_at < ?
      order by r.submitted_at, r.id, a.position`,
    [postgresArray(resourceIds), SurveyQuestionKind.RATING, start, end], 'all', em.getTransactionContext(),
  );
  return rows.map((row) => ({
    resourceId: row.resource_id, applicationId: row.application_id, registryNumber: row.registry_number, questionCode: row.question_code,
    rating: Number(row.rating), fitToNeeds: row.fit_to_needs, submittedAt: new Date(row.submitted_at),
  }));
}

/** A delay task (decision_delay) as the BREACH_COMMUNICATED_WITHIN_TERM indicator reads it. */
export interface DelayRow {
  resourceId: string;
  applicationId: string;
  registryNumber: string | null;
  communicationDueDate: string;
  communicatedAt: Date | null;
}

/** The delay tasks of these fitxes whose breach moment falls in [start, end). One statement. */
export async function delayFacts(em: EntityManager, resourceIds: readonly string[], start: Date, end: Date): Promise<DelayRow[]> {
  if (!resourceIds.length) return [];
  const rows = await em.getConnection().execute<{
    resource_id: string; application_id: string; registry_number: string | null; communication_due_date: string | Date; communicated_at: Date | null;
  }[]>(
    `select d.resource_id, d.application_id, e.number as registry_number, to_char(d.communication_due_date, 'YYYY-MM-DD') as communication_due_date, d.communicated_at
       from decision_delay d
       left join registry_entry e on e.application_id = d.application_id and e.subject = '${RegistrySubject.SUBMISSION}'
      where d.resource_id = any(?::uuid[]) and d.breached_at >= ? and d.breached_at < ?
      order by d.breached_at, d.id`,
    [postgresArray(resourceIds), start, end], 'all', em.getTransactionContext(),
  );
  return rows.map((row) => ({
    resourceId: row.resource_id, applicationId: row.application_id, registryNumber: row.registry_number,
    communicationDueDate: String(row.communication_due_date), communicatedAt: row.communicated_at ? new Date(row.communicated_at) : null,
  }));
}

export const analysisKey = (resourceId: string, indicator: QualityIndicator, occurrence: number) => `${resourceId}|${indicator}|${occurrence}`;

/**
 * The current analysis (the newest of each chain) of every commitment of these fitxes for exactly
 * this period, keyed by (resource, indicator, occurrence). One statement. Analyses are published
 * with the figures, so anyone reading a report reads them across the tenant filter.
 */
export async function currentAnalyses(em: EntityManager, resourceIds: readonly string[], period: QualityPeriod): Promise<Map<string, RecordedAnalysis>> {
  if (!resourceIds.length) return new Map();
  const rows = await em.find(QualityAnalysisEntity, { resource: { $in: [...resourceIds] }, periodFrom: period.from, periodTo: period.to }, {
    ...withoutTenantFilter('the analyses of missed commitments are published with the figures of the quality report'),
    orderBy: { recordedAt: 'asc', id: 'asc' },
  });
  const superseded = new Set(rows.map((row) => row.supersedes?.id).filter((id): id is string => id != null));
  return new Map(rows.filter((row) => !superseded.has(row.id)).map((row) => [
    analysisKey(row.resource.id, row.indicator, row.occurrence),
    { id: row.id, causes: row.causes, measures: row.measures, recordedAt: row.recordedAt },
  ]));
}

export const analysisOf = (analyses: Map<string, RecordedAnalysis>, resourceId: string, indicator: QualityIndicator, occurrence: number) =>
  analyses.get(analysisKey(resourceId, indicator, occurrence)) ?? null;

