import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { ResourceStatus } from './resource-enums';
import { checkCompleteness } from './resource-completeness';
import { validateResourceContent } from './resource-content.validation';
import { editableContent } from './resource-revision';
import { ResourceSnapshot } from './resource-snapshot';
import { canTransition, PublicationAction } from './resource-status.workflow';

/** Why an editorial action is not allowed from the fitxa's status; empty when it is. */
export function transitionErrors(action: PublicationAction, status: ResourceStatus): UserError[] {
  if (canTransition(action, status)) return [];
  return [userError(UserErrorCode.INVALID_STATUS, ['input', 'resourceId'])];
}

/**
 * What publishing the working draft now would refuse (errors) and remark (warnings): the status
 * rule first, then the content rules every save applies (bounds included: a draft saved before a
 * rule existed, or restored from such a revision, must not reach the public), then completeness.
 * publishResource, Resource.publicationCheck and the seeds all answer with this one function, so
 * the check an editor sees is the one publishing applies.
 */
export function checkPublication(draft: ResourceSnapshot): { errors: UserError[]; warnings: UserError[] } {
  const refused = transitionErrors('publish', draft.status);
  if (refused.length) return { errors: refused, warnings: [] };
  const invalid = validateResourceContent(editableContent(draft));
  const { errors, warnings } = checkCompleteness(draft);
  return { errors: [...invalid, ...errors], warnings };
}
