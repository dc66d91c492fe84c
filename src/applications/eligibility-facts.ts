import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { catalanDate } from '../clock';
import { RequestContext } from '../graphql/context';
import { UserError } from '../errors/user-error';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { SLOT_HOLDING_STATUSES } from './application-status';
import { ApplicationEntity } from './application.entity';
import { eligibilityErrors } from './eligibility';
import { RequirementFulfilmentEntity } from './requirement-fulfilment.entity';
import { withoutTenantFilter } from '../database/tenant-filter';

/** Gathers what the eligibility rules read, now, and applies them. */
export async function currentEligibilityErrors(
  em: EntityManager, context: RequestContext, subject: { snapshot: ResourceSnapshot; entity: LocalEntityEntity },
): Promise<UserError[]> {
  const errors = await eligibilityErrorsForEach(em, context, [subject.snapshot], [subject.entity]);
  return errors.get(eligibilityKey(subject.snapshot.id, subject.entity.id))!;
}

export const eligibilityKey = (resourceId: string, entityId: string) => `${resourceId}/${entityId}`;

/**
 * The same rules for every pair of resource and entity, with the facts of all pairs read in two
 * statements, so a page of fitxes with the viewer's entities costs no more than one. Keys are
 * eligibilityKey(resource, entity).
 */
export async function eligibilityErrorsForEach(
  em: EntityManager, context: RequestContext, snapshots: readonly ResourceSnapshot[], entities: readonly LocalEntityEntity[],
): Promise<Map<string, UserError[]>> {
  const result = new Map<string, UserError[]>();
  if (!snapshots.length || !entities.length) return result;
  const resourceIds = [...new Set(snapshots.map((s) => s.id))];
  const entityIds = [...new Set(entities.map((e) => e.id))];
  const [submitted, records] = await Promise.all([
    em.find(ApplicationEntity, {
      resource: { $in: resourceIds }, localEntity: { $in: entityIds }, status: { $in: [...SLOT_HOLDING_STATUSES] },
    }, { ...withoutTenantFilter('eligibility reads the applicant\'s own applications against fitxes of any provider'), fields: ['resource', 'localEntity'] }),
    em.find(RequirementFulfilmentEntity, { resource: { $in: resourceIds }, localEntity: { $in: entityIds } }, { ...withoutTenantFilter('eligibility reads what reviewers recorded for the applicant\'s entity, whatever the provider') }),
  ]);
  const today = catalanDate(context.clock.now());
  const assurance = context.identity.actor?.certificate.assurance ?? 'LOW';
  for (const snapshot of snapshots) {
    for (const entity of entities) {
      const mine = (row: { resource: { id: string }; localEntity: { id: string } }) => row.resource.id === snapshot.id && row.localEntity.id === entity.id;
      result.set(eligibilityKey(snapshot.id, entity.id), eligibilityErrors({
        resource: snapshot,
        entity: { type: entity.type, providerId: entity.provider.id },
        resourceProviderId: snapshot.provider.id,
        today,
        submittedApplications: submitted.filter(mine).length,
        staffRecords: new Set(records.filter(mine).map((r) => r.requirementCode)),
        assurance,
      }));
    }
  }
  return result;
}
