import { createHash } from 'node:crypto';
import { surveyOf } from '../catalogue/resource-snapshot';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { requireActor } from '../identity/representation.service';
import { APPLICATION_POPULATE, loadApplicationForApplicant, publishedSnapshotOf } from './application-access';
import { applicationDueDates } from './application-deadlines';
import { changeDueDates } from './application-due-dates.service';
import { DueDateChangeReason, DueDateKind } from './due-date-change.entity';
import { applyTransition } from './application-transition.service';
import { missingSteps } from './application-steps';
import { ApplicationEntity } from './application.entity';
import { currentEligibilityErrors } from './eligibility-facts';
import { receiptClaims } from '../registry/receipt-claims';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { registerIncoming } from '../registry/registry.service';
import { RegistrySubject } from '../registry/registry-direction';
import { verifySignedAct } from './signed-act';
import { signingPayload } from './signing-content';
import { draftState } from './draft-state';
import { withoutTenantFilter } from '../database/tenant-filter';
import { transitionRefusal } from './application.workflow';

export interface SubmissionResult {
  application: ApplicationEntity | null;
  registryEntry: RegistryEntryEntity | null;
  userErrors: UserError[];
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

const fingerprintOf = (applicationId: string, signature: string) =>
  createHash('sha256').update(`${applicationId}\n${signature}`).digest('hex');

/**
 * Signs, registers and seals an application, in one transaction: eligibility again, the
 * signature, a slot under the per-entity limit (a unique index decides between concurrent
 * submissions), the next registry number of the provider and year (a counter row whose lock keeps
 * numbers gap-free: a rolled-back submission gives its number back), the due dates, the receipt
 * sealed by the provider, an event and an outbox row.
 *
 * Idempotent per person and key: the same key with the same application and signature answers
 * with the first receipt and registers nothing; with anything else it is refused.
 */
export async function submitApplication(
  context: RequestContext, input: { applicationId: string; signature: string; idempotencyKey: string },
): Promise<SubmissionResult> {
  const actor = requireActor(context);
  const refuse = (application: ApplicationEntity | null, errors: UserError[]): SubmissionResult => ({ application, registryEntry: null, userErrors: errors });
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    return refuse(null, [userError(UserErrorCode.INVALID_IDEMPOTENCY_KEY, ['input', 'idempotencyKey'])]);
  }
  const fingerprint = fingerprintOf(input.applicationId, input.signature);
  const replay = await replayed(context, actor.subject, input.idempotencyKey, fingerprint);
  if (replay) return replay;

  try {
    return await context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, input.applicationId);
      if (application.submittedAt != null && application.idempotencyKey === input.idempotencyKey
        && application.submittedBySubject === actor.subject && application.submissionFingerprint === fingerprint) {
        // A retry that waited for the first attempt's lock.
        return { application, registryEntry: await em.findOneOrFail(RegistryEntryEntity, { application, subject: RegistrySubject.SUBMISSION }, withoutTenantFilter('the entry of the submitter\'s own application, loaded for them above')), userErrors: [] };
      }
      const outOfOrder = transitionRefusal('submit', { status: application.status, now: context.clock.now() });
      if (outOfOrder) return refuse(application, [userError(outOfOrder, ['input', 'applicationId'])]);
      const snapshot = await publishedSnapshotOf(em, application.resource.id);
      if (!snapshot) return refuse(application, [userError(UserErrorCode.RESOURCE_NOT_PUBLISHED, ['input', 'applicationId'])]);

      const missing = missingSteps(snapshot, draftState(application));
      if (missing.length > 0) {
        return refuse(application, missing.map((m) => userError(UserErrorCode.STEP_MISSING, ['input', 'applicationId'], { step: m.step })));
      }
      const eligibility = await currentEligibilityErrors(em, context, { snapshot, entity: application.localEntity });
      if (eligibility.length > 0) return refuse(application, eligibility);

      const now = context.clock.now();
      const payload = await signingPayload(application);
      const verification = await verifySignedAct(context, {
        signature: input.signature, canonicalJson: payload.canonicalJson, at: now,
        applicantNif: application.applicantNif!, entityNif: application.localEntity.nif ?? '',
      });
      if (!verification.ok) return refuse(application, [verification.userError]);

      const slot = await claimSlot(em, application, snapshot.maxApplicationsPerEntity);
      if (slot === false) {
        return refuse(application, [userError(UserErrorCode.APPLICATION_LIMIT_REACHED, ['input', 'applicationId'], { limit: snapshot.maxApplicationsPerEntity ?? 0 })]);
      }

      // Before the number: from here to the commit the provider's registry counter row stays
      // locked and every other submission to the provider waits, so what does not need the number
      // (the due dates read the calendar) is done first.
      const dueDates = await applicationDueDates({ ...context, em }, snapshot, now, application.localEntity.ineCode ?? null);
      const registryEntry = await registerIncoming(em, {
        application, subject: RegistrySubject.SUBMISSION, at: now, contentSha256: payload.sha256,
        signature: input.signature, signatureFormat: verification.format, signerNif: verification.signer.nif,
        attachments: application.attachments.getItems().map((a) => ({ documentCode: a.documentCode, sha256: a.sha256, filename: a.file.filename })),
        signedBySubject: actor.subject, idempotencyKey: input.idempotencyKey,
      });
      Object.assign(application, {
        slot, submittedAt: now, submittedBySubject: actor.subject, idempotencyKey: input.idempotencyKey, submissionFingerprint: fingerprint,
        // The survey answered after a grant is the one of the version applied to (src/quality/survey.service.ts).
        survey: surveyOf(snapshot),
      });
      changeDueDates(em, application, { [DueDateKind.RESOLUTION]: dueDates.resolutionDueDate, [DueDateKind.TARGET]: dueDates.targetDueDate }, {
        reason: DueDateChangeReason.SUBMITTED, at: now,
      });
      applyTransition(em, application, 'submit', now, {
        actorNif: actor.nif, details: { registryNumber: registryEntry.number },
        announce: { registryNumber: registryEntry.number, resource: snapshot.code },
      });
      application.receiptJws = await context.registryKeys.sealKeys.seal(snapshot.provider.slug, receiptClaims(application, registryEntry, snapshot), { issuedAt: now });
      registryEntry.receiptJws = application.receiptJws;
      await em.flush();
      return { application, registryEntry, userErrors: [] };
    });
  } catch (error) {
    // The same person used the same key for another application at the same moment, or for another signed act.
    if (error instanceof UniqueConstraintViolationException && isIdempotencyViolation(error)) {
      return refuse(null, [userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'])]);
    }
    throw error;
  }
}

async function replayed(context: RequestContext, subject: string, key: string, fingerprint: string): Promise<SubmissionResult | null> {
  const earlier = await context.em.findOne(ApplicationEntity, { submittedBySubject: subject, idempotencyKey: key }, { ...withoutTenantFilter('a repeated submission is looked up by the submitter\'s own subject and key'), populate: APPLICATION_POPULATE });
  if (!earlier) {
    // Keys are shared with the acts filed after a submission (signed-act-registration.service.ts).
    const act = await context.em.count(RegistryEntryEntity, { signedBySubject: subject, idempotencyKey: key }, withoutTenantFilter("a key is looked up among the person's own registered acts"));
    return act > 0 ? { application: null, registryEntry: null, userErrors: [userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'])] } : null;
  }
  if (earlier.submissionFingerprint !== fingerprint) {
    return { application: null, registryEntry: null, userErrors: [userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'])] };
  }
  const registryEntry = await context.em.findOneOrFail(RegistryEntryEntity, { application: earlier, subject: RegistrySubject.SUBMISSION }, { ...withoutTenantFilter('the registry entry of the submitter\'s own earlier submission') });
  return { application: earlier, registryEntry, userErrors: [] };
}

/**
 * Takes the first free slot under the limit. The unique index (resource, entity, slot) makes a
 * concurrent submission wait for the one holding the slot and fail once it commits; each try is a
 * savepoint, so a failed one leaves the transaction usable. Null: the resource has no limit.
 */
async function claimSlot(em: EntityManager, application: ApplicationEntity, limit: number | null): Promise<number | null | false> {
  if (limit == null) return null;
  for (let slot = 1; slot <= limit; slot += 1) {
    try {
      // Plain SQL: the entity's own flush later bumps its version once, as for any other change.
      await em.transactional((inner) => inner.getConnection().execute(
        'update application set slot = ? where id = ?', [slot, application.id], 'run', inner.getTransactionContext(),
      ));
      return slot;
    } catch (error) {
      // A raw statement fails with the driver's own error (MikroORM converts only its own
      // operations'), so a taken slot is told from a fault by converting it first.
      if (!(em.getDriver().convertException(error as Error) instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  return false;
}

/** A unique index that holds a person's idempotency keys: on submissions, or on every registered act. */
export function isIdempotencyViolation(error: UniqueConstraintViolationException): boolean {
  const message = String(error.message);
  return message.includes('application_idempotency_unique') || message.includes('registry_entry_idempotency_unique');
}
