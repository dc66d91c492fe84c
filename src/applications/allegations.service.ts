import { UniqueConstraintViolationException } from '@mikro-orm/core';
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
import { ApplicationEntity } from './application.entity';
import { HearingEntity } from './hearing.entity';
import { MAX_REASONS_LENGTH, pendingHearing } from './hearing.service';
import { registerSignedAct } from './signed-act-registration.service';

export interface AllegationsResult {
  application: ApplicationEntity | null;
  hearing: HearingEntity | null;
  registryEntry: RegistryEntryEntity | null;
  /** The entry's justificant sealed by the provider (compact JWS). */
  receipt: string | null;
  userErrors: UserError[];
}

/**
 * `submitAllegations`: a person acting for the entity answers the open hearing (before resolution
 * or in a revocation) with a signed statement and documents, signed and registered like a
 * submission (registerSignedAct, subject ALLEGATIONS). Late allegations still count while the
 * hearing has none (nothing has been resolved on it yet); a retry with the same key answers with
 * the first entry. Refused with nothing written: no open hearing (NO_OPEN_HEARING), a bad
 * signature, another entity's person (NOT_FOUND), a reviewer (FORBIDDEN).
 */
export async function submitAllegations(
  context: RequestContext,
  input: { applicationId: string; statement: string; attachmentIds?: string[] | null; signature: string; idempotencyKey: string },
): Promise<AllegationsResult> {
  const actor = requireActor(context);
  const refuse = (...userErrors: UserError[]): AllegationsResult => ({ application: null, hearing: null, registryEntry: null, receipt: null, userErrors });
  if (!input.statement.trim()) return refuse(userError(UserErrorCode.REQUIRED, ['input', 'statement']));
  if (input.statement.length > MAX_REASONS_LENGTH) return refuse(userError(UserErrorCode.TOO_LONG, ['input', 'statement'], { max: MAX_REASONS_LENGTH }));
  try {
    return await context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, input.applicationId);
      const now = context.clock.now();
      // The hearing first: a refusal must come before anything is numbered or created.
      const hearing = await pendingHearing(em, application);
      if (!hearing) {
        // Unless this is a retry of allegations already filed, which registerSignedAct answers without writing.
        const earlier = await em.count(RegistryEntryEntity, { signedBySubject: actor.subject, idempotencyKey: input.idempotencyKey }, withoutTenantFilter("a repeated act is looked up by the signer's own subject and key"));
        if (earlier === 0) return refuse(userError(UserErrorCode.NO_OPEN_HEARING, ['input', 'applicationId']));
      }
      const registration = await registerSignedAct(context, em, application, {
        subject: RegistrySubject.ALLEGATIONS, statement: input.statement, attachmentIds: input.attachmentIds ?? [],
        signature: input.signature, idempotencyKey: input.idempotencyKey, at: now,
      });
      if (!registration.ok) return refuse(...registration.userErrors);
      if (registration.replayed || !hearing) {
        const answered = await em.findOne(HearingEntity, { allegationsEntry: registration.entry }, {
          populate: ['notification', 'noticeEntry', 'allegationsEntry'], ...withoutTenantFilter('the hearing the caller\'s own earlier allegations answered'),
        });
        return { application, hearing: answered, registryEntry: registration.entry, receipt: registration.receipt, userErrors: [] };
      }
      hearing.allegationsEntry = registration.entry;
      hearing.allegationsStatement = input.statement;
      em.create(ApplicationEventEntity, {
        application, type: 'allegationsSubmitted', actorNif: actor.nif, occurredAt: now,
        details: { purpose: hearing.purpose, registryNumber: registration.entry.number },
      });
      enqueueEvent(em, {
        topic: 'application.allegationsSubmitted', providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id,
        payload: { application: toGlobalId('Application', application.id), hearing: toGlobalId('Hearing', hearing.id), registryNumber: registration.entry.number },
      });
      await em.flush();
      return { application, hearing, registryEntry: registration.entry, receipt: registration.receipt, userErrors: [] };
    });
  } catch (error) {
    // Two first attempts with one key at the same moment: the second meets the unique index.
    if (error instanceof UniqueConstraintViolationException && String(error.message).includes('registry_entry_idempotency_unique')) {
      return refuse(userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey']));
    }
    throw error;
  }
}
