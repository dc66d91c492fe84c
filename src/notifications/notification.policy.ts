import { Actor } from '../identity/actor';
import { canReviewApplications } from '../applications/application.policy';

/**
 * Open a notification, which is the access of art. 43 that starts the applicant's terms: only a
 * person who acts for the applying entity (its representative, or someone it authorized). A staff
 * role gives no such right, not even at the provider that notifies. Whether the caller acts for
 * the entity needs the database (representation.service.ts), so the caller passes what it found.
 */
export const canOpenNotification = (actor: Actor | null, actsForTheEntity: boolean): boolean => actor !== null && actsForTheEntity;

/**
 * Read an application's notifications: whoever reads the application, i.e. its entity's people,
 * and the provider's reviewers and admins once it is submitted (they see what was notified and
 * when it took effect, but cannot open it on the entity's behalf).
 */
export const canReadNotifications = (actor: Actor | null, actsForTheEntity: boolean, providerSlug: string, submitted: boolean): boolean =>
  canOpenNotification(actor, actsForTheEntity) || (submitted && canReviewApplications(actor, providerSlug));
