import { recordAudit } from '../audit/audit.service';
import { RequirementVerification } from '../catalogue/resource-enums';
import { isDay } from '../calendar/days';
import { catalanDate } from '../clock';
import { RequestContext } from '../graphql/context';
import { forbidden, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { canReviewApplications } from './application.policy';
import { requireActor } from '../identity/representation.service';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { RequirementFulfilmentEntity } from './requirement-fulfilment.entity';
import { withoutTenantFilter } from '../database/tenant-filter';

interface RequirementRef { resourceId: string; providerId: string; providerSlug: string; code: string; verification: RequirementVerification }

/**
 * A requirement as the public or the editors saw it: in the published snapshot, or in the
 * working draft. Requirement rows are rewritten on every save, so the snapshot is the usual source.
 */
async function findRequirement(context: RequestContext, requirementId: string): Promise<RequirementRef | null> {
  const decoded = fromGlobalId(requirementId);
  if (decoded?.type !== 'Requirement') return null;
  const rows = await context.em.getConnection().execute<RequirementRef[]>(
    `select pr.resource_id as "resourceId", pr.provider_id as "providerId", p.slug as "providerSlug", r->>'code' as code, r->>'verification' as verification
       from published_resource pr join provider p on p.id = pr.provider_id, jsonb_array_elements(pr.snapshot->'requirements') r
      where r->>'id' = ?
     union all
     select q.resource_id, res.provider_id, p.slug, q.code, q.verification::text
       from requirement q join resource res on res.id = q.resource_id join provider p on p.id = res.provider_id
      where q.id = ?
     limit 1`,
    [decoded.id, decoded.id],
  );
  return rows[0] ?? null;
}

/**
 * Records, for a reviewer or admin of the provider, that an entity meets a STAFF_RECORD
 * requirement (a meeting held on a date, a service already in use). Recording again replaces the
 * date and note; eligibility looks it up by the requirement's code.
 */
export async function recordRequirementFulfilment(
  context: RequestContext, input: { localEntityId: string; requirementId: string; date: string; note?: string | null },
): Promise<{ fulfilment: RequirementFulfilmentEntity | null; userErrors: UserError[] }> {
  const actor = requireActor(context);
  const requirement = await findRequirement(context, input.requirementId);
  if (!requirement) throw notFound(['input', 'requirementId']);
  if (!canReviewApplications(actor, requirement.providerSlug)) {
    throw forbidden(['input', 'requirementId']);
  }
  const entityKey = fromGlobalId(input.localEntityId);
  const entity = entityKey?.type === 'LocalEntity' ? await context.em.findOne(LocalEntityEntity, { id: entityKey.id }) : null;
  if (!entity) throw notFound(['input', 'localEntityId']);

  const errors: UserError[] = [];
  if (requirement.verification !== RequirementVerification.STAFF_RECORD) {
    errors.push(userError(UserErrorCode.NOT_A_STAFF_RECORD, ['input', 'requirementId']));
  }
  if (!isDay(input.date)) errors.push(userError(UserErrorCode.INVALID_DATE, ['input', 'date']));
  else if (input.date > catalanDate(context.clock.now())) errors.push(userError(UserErrorCode.DATE_IN_FUTURE, ['input', 'date']));
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'note'], { max: 2000 }));
  if (errors.length) return { fulfilment: null, userErrors: errors };

  return context.em.transactional(async (em) => {
    const key = { resource: requirement.resourceId, localEntity: entity.id, requirementCode: requirement.code };
    const fulfilment = await em.findOne(RequirementFulfilmentEntity, key, { ...withoutTenantFilter('the reviewer\'s provider was checked by policy; the entity applies to it from outside') })
      ?? em.create(RequirementFulfilmentEntity, { ...key, date: input.date, recordedByNif: actor.nif, recordedByName: actor.name });
    Object.assign(fulfilment, { date: input.date, note, recordedByNif: actor.nif, recordedByName: actor.name });
    recordAudit(em, actor, {
      providerId: requirement.providerId, action: 'requirement.fulfilment', targetType: 'LocalEntity', targetId: entity.id,
      details: { requirement: requirement.code, date: input.date },
    });
    await em.flush();
    return { fulfilment, userErrors: [] };
  });
}
