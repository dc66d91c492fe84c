import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { RegistrySubject } from '../registry/registry-direction';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { loadApplicationForApplicant } from './application-access';
import { ApplicationEventEntity } from './application-event.entity';
import { isIdempotencyViolation } from './application-submission.service';
import { ApplicationEntity } from './application.entity';
import { APPLICATION_TRANSITIONS } from './application.workflow';
import { registerSignedAct } from './signed-act-registration.service';

export interface WithdrawalRequestResult {
  application: ApplicationEntity | null;
  registryEntry: RegistryEntryEntity | null;
  userErrors: UserError[];
}

/**
 * Whether the applicant's signed, registered request to withdraw (art. 94) is on file: the guard
 * `withdrawalRequested` of acceptWithdrawal (application.workflow.ts) reads it from here. Inside
 * the caller's transaction, for an application it has already found it may act on.
 */
export async function withdrawalRequested(em: EntityManager, application: Pick<ApplicationEntity, 'id'>): Promise<boolean> {
  const requests = await em.count(RegistryEntryEntity, { application: application.id, subject: RegistrySubject.WITHDRAWAL_REQUEST }, {
    ...withoutTenantFilter("the caller already holds the application; its withdrawal requests go with it"),
  });
  return requests > 0;
}

/**
 * A person acting for the entity asks to withdraw a submitted application (desistiment, art. 94):
 * a writing signed and registered like the submission (registerSignedAct, subject
 * WITHDRAWAL_REQUEST), an event and an outbox row. The status does not change: the provider
 * accepts it by resolution (acceptWithdrawal). Possible from every status the provider may accept
 * it from, once; a retry with the same key and reason answers the same entry.
 */
export async function requestWithdrawal(
  context: RequestContext, input: { applicationId: string; reason: string; signature: string; idempotencyKey: string; attachmentIds?: string[] | null },
): Promise<WithdrawalRequestResult> {
  const actor = requireActor(context);
  const refuse = (application: ApplicationEntity | null, userErrors: UserError[]): WithdrawalRequestResult => ({ application, registryEntry: null, userErrors });
  const reason = input.reason.trim();
  if (reason.length === 0) return refuse(null, [userError(UserErrorCode.REQUIRED, ['input', 'reason'])]);
  try {
    return await context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, input.applicationId);
      const at = context.clock.now();
      const registration = await registerSignedAct(context, em, application, {
        subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: reason, attachmentIds: input.attachmentIds ?? [],
        signature: input.signature, idempotencyKey: input.idempotencyKey, at,
        refusal: async () => {
          if (!APPLICATION_TRANSITIONS.acceptWithdrawal.from.includes(application.status)) {
            return userError(application.submittedAt ? UserErrorCode.INVALID_STATUS : UserErrorCode.NOT_SUBMITTED, ['input', 'applicationId']);
          }
          if (await withdrawalRequested(em, application)) return userError(UserErrorCode.WITHDRAWAL_ALREADY_REQUESTED, ['input', 'applicationId']);
          return null;
        },
      });
      if (!registration.ok) return refuse(application, registration.userErrors);
      if (registration.replayed) return { application, registryEntry: registration.entry, userErrors: [] };

      const registryNumber = registration.entry.number;
      em.create(ApplicationEventEntity, { application, type: 'withdrawalRequested', actorNif: actor.nif, occurredAt: at, details: { registryNumber } });
      enqueueEvent(em, {
        topic: 'application.withdrawalRequested', providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id,
        payload: { application: toGlobalId('Application', application.id), status: application.status, registryNumber },
      });
      await em.flush();
      return { application, registryEntry: registration.entry, userErrors: [] };
    });
  } catch (error) {
    // The same person used the same key at the same moment for another act.
    if (error instanceof UniqueConstraintViolationException && isIdempotencyViolation(error)) {
      return refuse(null, [userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'])]);
    }
    throw error;
  }
}
