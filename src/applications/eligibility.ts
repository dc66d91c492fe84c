import { openForApplicationsOn } from '../catalogue/application-window.rules';
import { RequirementVerification } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { AssuranceLevel } from '../identity/actor';
import { LocalEntityType } from '../tenancy/local-entity-type';

/** What eligibility depends on, gathered by the caller; the rules themselves touch no database. */
export interface EligibilityFacts {
  resource: Pick<ResourceSnapshot, 'audience' | 'applicationWindows' | 'maxApplicationsPerEntity' | 'requirements' | 'provider'>;
  entity: { type: LocalEntityType; providerId: string };
  resourceProviderId: string;
  /** Today in Catalonia (YYYY-MM-DD). */
  today: string;
  /** Applications of this entity for this resource that hold a place under the limit (SLOT_HOLDING_STATUSES). */
  submittedApplications: number;
  /** Codes of STAFF_RECORD requirements the provider's staff recorded as met for this entity. */
  staffRecords: ReadonlySet<string>;
  /** The applicant's identification, from the verified token. */
  assurance: AssuranceLevel;
}

/**
 * Every reason the entity may not apply now, each with its own code. Checked when a draft starts
 * and again at submission; the per-entity limit is enforced by a unique index at submission, so
 * the count here only gives an early, friendly answer.
 */
export function eligibilityErrors(facts: EligibilityFacts): UserError[] {
  const errors: UserError[] = [];
  const { resource, entity } = facts;
  if (!resource.audience.includes(entity.type)) {
    errors.push(userError(UserErrorCode.ENTITY_NOT_IN_AUDIENCE, ['input', 'localEntityId']));
  }
  if (entity.providerId !== facts.resourceProviderId) {
    errors.push(userError(UserErrorCode.OUTSIDE_TERRITORY, ['input', 'localEntityId']));
  }
  if (!openForApplicationsOn(resource.applicationWindows, facts.today)) {
    errors.push(userError(UserErrorCode.APPLICATION_WINDOW_CLOSED, ['input', 'resourceId']));
  }
  const limit = resource.maxApplicationsPerEntity;
  if (limit != null && facts.submittedApplications >= limit) {
    errors.push(userError(UserErrorCode.APPLICATION_LIMIT_REACHED, ['input', 'localEntityId'], { limit }));
  }
  for (const requirement of resource.requirements) {
    const met = requirement.verification === RequirementVerification.STAFF_RECORD ? facts.staffRecords.has(requirement.code)
      : requirement.verification === RequirementVerification.DIGITAL_CERTIFICATE ? facts.assurance !== 'LOW'
        : true;
    if (!met) {
      // The requirement's code (the provider's, not the caller's) says which one, in the message.
      errors.push(userError(UserErrorCode.REQUIREMENT_NOT_MET, ['input', 'localEntityId'], { requirement: requirement.code }));
    }
  }
  return errors;
}
