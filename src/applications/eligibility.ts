import { RequirementVerification } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { userError, UserError } from '../graphql/user-error';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { AssuranceLevel } from '../identity/actor';
import { LocalEntityType } from '../tenancy/local-entity-type';

/** What eligibility depends on, gathered by the caller; the rules themselves touch no database. */
export interface EligibilityFacts {
  resource: Pick<ResourceSnapshot, 'audience' | 'applicationWindows' | 'maxApplicationsPerEntity' | 'requirements' | 'provider'>;
  entity: { type: LocalEntityType; providerId: string };
  resourceProviderId: string;
  /** Today in Catalonia (YYYY-MM-DD). */
  today: string;
  /** Submitted, not withdrawn, applications of this entity for this resource. */
  submittedApplications: number;
  /** Codes of STAFF_RECORD requirements the provider's staff recorded as met for this entity. */
  staffRecords: ReadonlySet<string>;
  /** The applicant's identification, from the verified token. */
  assurance: AssuranceLevel;
}

/** A resource without windows is a permanent procedure (tràmit permanent). */
export function windowOpen(windows: { opensOn: string; closesOn: string }[], today: string): boolean {
  return windows.length === 0 || windows.some((w) => w.opensOn <= today && today <= w.closesOn);
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
    errors.push(userError('ENTITY_NOT_IN_AUDIENCE', `This resource is not offered to entities of type ${entity.type}`, ['input', 'localEntityId']));
  }
  if (entity.providerId !== facts.resourceProviderId) {
    errors.push(userError('OUTSIDE_TERRITORY', `The entity lies outside the territory of ${resource.provider.name}`, ['input', 'localEntityId']));
  }
  if (!windowOpen(resource.applicationWindows, facts.today)) {
    const next = resource.applicationWindows.find((w) => w.opensOn > facts.today);
    errors.push(userError('APPLICATION_WINDOW_CLOSED',
      next ? `Applications open on ${next.opensOn}` : 'No application window is open', ['input', 'resourceId']));
  }
  const limit = resource.maxApplicationsPerEntity;
  if (limit != null && facts.submittedApplications >= limit) {
    errors.push(userError('APPLICATION_LIMIT_REACHED', `The entity already has ${facts.submittedApplications} application(s) for this resource; the limit is ${limit}`, ['input', 'localEntityId']));
  }
  for (const requirement of resource.requirements) {
    const met = requirement.verification === RequirementVerification.STAFF_RECORD ? facts.staffRecords.has(requirement.code)
      : requirement.verification === RequirementVerification.DIGITAL_CERTIFICATE ? facts.assurance !== 'LOW'
        : true;
    if (!met) {
      const text = requirement.text[DEFAULT_LOCALE] ?? Object.values(requirement.text)[0] ?? requirement.code;
      errors.push(userError('REQUIREMENT_NOT_MET', `Requirement not met: ${text}`, ['requirements', requirement.code]));
    }
  }
  return errors;
}
