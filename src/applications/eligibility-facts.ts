import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { catalanDate } from '../clock';
import { RequestContext } from '../graphql/context';
import { UserError } from '../errors/user-error';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { eligibilityErrors } from './eligibility';
import { RequirementFulfilmentEntity } from './requirement-fulfilment.entity';

/** Gathers what the eligibility rules read, now, and applies them. */
export async function currentEligibilityErrors(
  em: EntityManager, context: RequestContext, subject: { snapshot: ResourceSnapshot; entity: LocalEntityEntity },
): Promise<UserError[]> {
  const { snapshot, entity } = subject;
  const submittedApplications = await em.count(ApplicationEntity, {
    resource: snapshot.id, localEntity: entity.id, status: ApplicationStatus.SUBMITTED,
  }, { filters: false });
  const records = await em.find(RequirementFulfilmentEntity, { resource: snapshot.id, localEntity: entity.id }, { filters: false });
  return eligibilityErrors({
    resource: snapshot,
    entity: { type: entity.type, providerId: entity.provider.id },
    resourceProviderId: snapshot.provider.id,
    today: catalanDate(context.clock.now()),
    submittedApplications,
    staffRecords: new Set(records.map((r) => r.requirementCode)),
    assurance: context.identity.actor?.certificate.assurance ?? 'LOW',
  });
}
