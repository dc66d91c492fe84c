import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit.service';
import { QualityIndicator } from '../catalogue/resource-enums';
import { ResourceEntity } from '../catalogue/resource.entity';
import { forbidden, notFound } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { ProviderEntity } from '../tenancy/provider.entity';
import { QualityAnalysisEntity } from './quality-analysis.entity';
import { publishedForReport } from './quality-facts.service';
import { qualityPeriodFault } from './quality-period.rules';
import { canRecordQualityAnalysis } from './quality.policy';
import { resourceQualityReport } from './quality-report.service';

/** The longest causes or measures: a few pages, as a published report carries them. */
export const ANALYSIS_TEXT_MAX = 10_000;
/** A fitxa states a handful of commitments; a larger occurrence names none. */
const MAX_OCCURRENCE = 100;

export interface RecordQualityAnalysisCommand {
  resourceId: string;
  indicator: QualityIndicator;
  occurrence?: number | null;
  from: string;
  to: string;
  causes: string;
  measures: string;
}

export interface RecordQualityAnalysisResult {
  analysis: QualityAnalysisEntity | null;
  userErrors: UserError[];
}

/**
 * `recordQualityAnalysis`: a reviewer or admin of the fitxa's provider records why a commitment
 * was missed in a period and what will improve. Only for a commitment the report for exactly that
 * period shows missed (met = false); anything else is COMMITMENT_NOT_MISSED and writes nothing.
 * Write-once: a second analysis of the same commitment and period supersedes the first, which is
 * kept (quality-analysis.entity.ts). Two at the same instant both land, one superseding the other.
 */
export async function recordQualityAnalysis(context: RequestContext, input: RecordQualityAnalysisCommand): Promise<RecordQualityAnalysisResult> {
  const actor = requireActor(context);
  const key = fromGlobalId(input.resourceId);
  const [published] = key?.type === 'Resource' ? await publishedForReport(context.em, { resourceIds: [key.id] }) : [];
  if (!published) throw notFound(['input', 'resourceId']);
  const { snapshot } = published;
  if (!canRecordQualityAnalysis(actor, snapshot.provider.slug)) throw forbidden(['input', 'resourceId']);

  const errors: UserError[] = [];
  const occurrence = input.occurrence ?? 1;
  if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > MAX_OCCURRENCE) {
    errors.push(userError(UserErrorCode.OUT_OF_RANGE, ['input', 'occurrence'], { min: 1, max: MAX_OCCURRENCE }));
  }
  const fault = qualityPeriodFault(input.from, input.to);
  if (fault) errors.push(userError(fault.code, ['input', fault.field], fault.params));
  const causes = input.causes.trim();
  const measures = input.measures.trim();
  for (const [name, text] of [['causes', causes], ['measures', measures]] as const) {
    if (!text) errors.push(userError(UserErrorCode.REQUIRED, ['input', name]));
    else if (text.length > ANALYSIS_TEXT_MAX) errors.push(userError(UserErrorCode.TOO_LONG, ['input', name], { max: ANALYSIS_TEXT_MAX }));
  }
  if (errors.length) return { analysis: null, userErrors: errors };

  const period = { from: input.from, to: input.to };
  const report = await resourceQualityReport(context.em, snapshot.id, period, context.clock.now());
  const commitment = report?.commitments.find((c) => c.indicator === input.indicator && c.occurrence === occurrence);
  if (!commitment) return { analysis: null, userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'indicator'])] };
  if (commitment.met !== false) return { analysis: null, userErrors: [userError(UserErrorCode.COMMITMENT_NOT_MISSED, ['input', 'indicator'])] };

  // A concurrent first analysis (or a concurrent successor) breaks a unique index: once more, after it.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await context.em.transactional(async (em) => {
        const chain = await em.find(QualityAnalysisEntity, {
          resource: snapshot.id, indicator: input.indicator, occurrence, periodFrom: period.from, periodTo: period.to,
        }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
        const superseded = new Set(chain.map((row) => row.supersedes?.id).filter((id): id is string => id != null));
        const current = chain.find((row) => !superseded.has(row.id)) ?? null;
        const analysis = em.create(QualityAnalysisEntity, {
          provider: em.getReference(ProviderEntity, snapshot.provider.id), resource: em.getReference(ResourceEntity, snapshot.id),
          indicator: input.indicator, occurrence, periodFrom: period.from, periodTo: period.to, causes, measures,
          recordedAt: context.clock.now(), recordedByNif: actor.nif, supersedes: current,
        });
        recordAudit(em, actor, {
          providerId: snapshot.provider.id, action: 'quality.analysis', targetType: 'Resource', targetId: snapshot.id,
          details: { indicator: input.indicator, occurrence, from: period.from, to: period.to, supersedes: current?.id ?? null },
        });
        await em.flush();
        return { analysis, userErrors: [] };
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 2) throw error;
    }
  }
}
