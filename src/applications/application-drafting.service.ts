import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceDocumentVersionEntity } from '../documents/resource-document-version.entity';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { ResourceEntity } from '../catalogue/resource.entity';
import { isDay } from '../calendar/days';
import { catalanDate } from '../clock';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../contact-formats';
import { StoredFileEntity } from '../files/stored-file.entity';
import { RequestContext } from '../graphql/context';
import { InputPath, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { Actor } from '../identity/actor';
import { nifKind, normalizeNif } from '../identity/nif';
import { requireActor, requireMayActFor } from '../identity/representation.service';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { APPLICATION_POPULATE, loadApplicationForApplicant, publishedSnapshotOf } from './application-access';
import { ApplicationAttachmentEntity } from './application-attachment.entity';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationStatus } from './application-status';
import { applyTransition } from './application-transition.service';
import { APPLICATION_TRANSITIONS, transitionRefusal } from './application.workflow';
import { documentsToAccept, needsAgreementDate } from './application-steps';
import { ApplicationEntity, Interlocutor } from './application.entity';
import { DocumentAcceptanceEntity } from './document-acceptance.entity';
import { currentEligibilityErrors } from './eligibility-facts';
import { withoutTenantFilter } from '../database/tenant-filter';

export interface ApplicationResult {
  application: ApplicationEntity | null;
  userErrors: UserError[];
  warnings: UserError[];
}

const done = (application: ApplicationEntity, warnings: UserError[] = []): ApplicationResult => ({ application, userErrors: [], warnings });
const refused = (application: ApplicationEntity | null, userErrors: UserError[]): ApplicationResult => ({ application, userErrors, warnings: [] });

function recordEvent(em: EntityManager, application: ApplicationEntity, actor: Actor, type: string, at: Date, details: Record<string, unknown> = {}) {
  em.create(ApplicationEventEntity, { application, type, actorNif: actor.nif, occurredAt: at, details });
}

/** Checks a person's text field: required, trimmed, at most `max` characters. */
function text(errors: UserError[], value: string | null | undefined, max: number, field: InputPath, required = true): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) errors.push(userError(UserErrorCode.REQUIRED, field));
    return null;
  }
  if (trimmed.length > max) errors.push(userError(UserErrorCode.TOO_LONG, field, { max }));
  return trimmed;
}

function nif(errors: UserError[], value: string | null | undefined, field: InputPath): string | null {
  const given = text(errors, value, 20, field);
  if (given == null) return null;
  if (nifKind(given) !== 'PERSON') {
    errors.push(userError(UserErrorCode.INVALID_NIF, field));
    return null;
  }
  return normalizeNif(given);
}

function email(errors: UserError[], value: string | null | undefined, field: InputPath): string | null {
  const given = text(errors, value, 254, field);
  if (given != null && !EMAIL_PATTERN.test(given)) errors.push(userError(UserErrorCode.INVALID_EMAIL, field));
  return given;
}

function phone(errors: UserError[], value: string | null | undefined, field: InputPath, required: boolean): string | null {
  const given = text(errors, value, 32, field, required);
  if (given != null && !PHONE_PATTERN.test(given)) errors.push(userError(UserErrorCode.INVALID_PHONE, field));
  return given;
}

// Applicants are not the provider's staff: rows that refer to a fitxa are read without the
// editorial tenant filter (`withoutTenantFilter`), after the access checks of application-access.ts.

/**
 * Starts a draft for an entity the caller may act for, when the entity is eligible now; every
 * reason it is not comes back as its own user error.
 */
export async function startApplication(context: RequestContext, input: { resourceId: string; localEntityId: string }): Promise<ApplicationResult> {
  const actor = requireActor(context);
  const resourceKey = fromGlobalId(input.resourceId);
  const entityKey = fromGlobalId(input.localEntityId);
  if (entityKey?.type !== 'LocalEntity') throw notFound(['input', 'localEntityId']);
  await requireMayActFor(context, entityKey.id, ['input', 'localEntityId']);
  return context.em.transactional(async (em) => {
    const entity = await em.findOne(LocalEntityEntity, { id: entityKey.id });
    if (!entity) throw notFound(['input', 'localEntityId']);
    const open = resourceKey?.type === 'Resource' ? await findOpenDraft(em, actor, entity.id, resourceKey.id) : null;
    if (open) return done(open);
    const snapshot = resourceKey?.type === 'Resource' ? await publishedSnapshotOf(em, resourceKey.id) : null;
    if (!snapshot) throw notFound(['input', 'resourceId']);
    const errors = await currentEligibilityErrors(em, context, { snapshot, entity });
    if (errors.length) return refused(null, errors);
    const now = context.clock.now();
    const application = em.create(ApplicationEntity, {
      provider: snapshot.provider.id, resource: em.getReference(ResourceEntity, snapshot.id), localEntity: entity,
      startedBySubject: actor.subject, startedByNif: actor.nif,
      // The token already says who the applicant is; they complete the rest.
      applicantName: actor.name, applicantNif: actor.nif, createdAt: now, updatedAt: now,
    });
    recordEvent(em, application, actor, 'started', now, { resource: snapshot.code, localEntity: entity.nif });
    await em.flush();
    await em.populate(application, APPLICATION_POPULATE, { ...withoutTenantFilter('the applicant\'s new application names a fitxa of another provider') });
    return done(application);
  });
}

/**
 * The person's draft for this entity and resource, if one is open: pressing "start" again goes
 * back to it. Concurrent starts of the same person wait for each other on a transaction lock, so
 * they cannot make two drafts between the look-up and the insert.
 */
async function findOpenDraft(em: EntityManager, actor: Actor, localEntityId: string, resourceId: string): Promise<ApplicationEntity | null> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtextextended(?, 0))',
    [`start-application:${actor.subject}:${localEntityId}:${resourceId}`], 'all', em.getTransactionContext());
  return em.findOne(ApplicationEntity, {
    startedBySubject: actor.subject, localEntity: localEntityId, resource: resourceId, status: ApplicationStatus.DRAFT,
  }, { populate: APPLICATION_POPULATE, ...withoutTenantFilter('the applicant\'s own applications, across providers'), orderBy: { createdAt: 'asc' } });
}

type Change = (application: ApplicationEntity, snapshot: ResourceSnapshot, em: EntityManager, actor: Actor)
  => Promise<{ errors: UserError[]; warnings?: UserError[]; event?: Record<string, unknown>; apply?: () => void | Promise<void> }>;

/**
 * One step on a draft: validate everything first, then apply, so a refused step writes nothing.
 * Steps need the fitxa to be published: its published version is what the applicant answers.
 */
async function changeDraft(context: RequestContext, applicationId: string, eventType: string, change: Change): Promise<ApplicationResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForApplicant(context, em, applicationId);
    if (application.status !== ApplicationStatus.DRAFT) {
      return refused(application, [userError(UserErrorCode.NOT_A_DRAFT, ['input', 'applicationId'])]);
    }
    const snapshot = await publishedSnapshotOf(em, application.resource.id);
    if (!snapshot) return refused(application, [userError(UserErrorCode.RESOURCE_NOT_PUBLISHED, ['input', 'applicationId'])]);
    const { errors, warnings = [], event = {}, apply } = await change(application, snapshot, em, actor);
    if (errors.length) return refused(application, errors);
    await apply?.();
    application.updatedAt = context.clock.now();
    recordEvent(em, application, actor, eventType, context.clock.now(), event);
    await em.flush();
    return done(application, warnings);
  });
}

export function updateApplicantDetails(context: RequestContext, input: {
  applicationId: string; name: string; nif: string; position: string; email: string; phone?: string | null;
}): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'applicantDetailsUpdated', async (application, _snapshot, _em, actor) => {
    const errors: UserError[] = [];
    const name = text(errors, input.name, 300, ['input', 'name']);
    const applicantNif = nif(errors, input.nif, ['input', 'nif']);
    // The person who signs is the person the token names: the NIF must be theirs.
    if (applicantNif && applicantNif !== actor.nif) errors.push(userError(UserErrorCode.APPLICANT_MISMATCH, ['input', 'nif']));
    const position = text(errors, input.position, 200, ['input', 'position']);
    const mail = email(errors, input.email, ['input', 'email']);
    const telephone = phone(errors, input.phone, ['input', 'phone'], false);
    return {
      errors,
      apply: () => {
        Object.assign(application, { applicantName: name, applicantNif, applicantPosition: position, applicantEmail: mail, applicantPhone: telephone });
      },
    };
  });
}

export function selectServices(context: RequestContext, input: { applicationId: string; serviceCodes: string[] }): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'servicesSelected', async (application, snapshot) => {
    const errors: UserError[] = [];
    const codes = [...new Set(input.serviceCodes)];
    const offered = new Map(snapshot.serviceOptions.map((o) => [o.code, o]));
    if (codes.length === 0) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'serviceCodes']));
    codes.forEach((code, index) => {
      if (!offered.has(code)) errors.push(userError(UserErrorCode.UNKNOWN_SERVICE, ['input', 'serviceCodes', String(index)]));
    });
    const missingRecommended = snapshot.serviceOptions.filter((o) => o.recommended && !codes.includes(o.code)).map((o) => o.code);
    const warnings = missingRecommended.length
      ? [userError(UserErrorCode.RECOMMENDED_NOT_SELECTED, ['input', 'serviceCodes'])]
      : [];
    return { errors, warnings, event: { services: codes }, apply: () => { application.selectedServices = codes; } };
  });
}

export function setAgreementDate(context: RequestContext, input: { applicationId: string; date: string }): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'agreementDateSet', async (application, snapshot) => {
    const errors: UserError[] = [];
    if (!needsAgreementDate(snapshot)) errors.push(userError(UserErrorCode.NOT_ASKED, ['input', 'date']));
    if (!isDay(input.date)) errors.push(userError(UserErrorCode.INVALID_DATE, ['input', 'date']));
    else if (input.date > catalanDate(context.clock.now())) errors.push(userError(UserErrorCode.DATE_IN_FUTURE, ['input', 'date']));
    return { errors, event: { date: input.date }, apply: () => { application.agreementDate = input.date; } };
  });
}

/**
 * Records that the applicant accepts documents, each named by the version id and SHA-256 they
 * were shown. Accepting a version the fitxa has since replaced is refused: they must read the new one.
 */
export function acceptConditions(context: RequestContext, input: {
  applicationId: string; documents: { documentId: string; sha256: string }[];
}): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'conditionsAccepted', async (application, snapshot, em) => {
    const errors: UserError[] = [];
    const acceptable = new Map(documentsToAccept(snapshot).map((d) => [d.id, d]));
    const accepted: { code: string; versionId: string; sha256: string }[] = [];
    if (input.documents.length === 0) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'documents']));
    for (const [index, given] of input.documents.entries()) {
      const field = ['input', 'documents', String(index)] as const;
      const decoded = fromGlobalId(given.documentId);
      const current = decoded?.type === 'ResourceDocument' ? acceptable.get(decoded.id) : undefined;
      if (!current) {
        const older = decoded?.type === 'ResourceDocument'
          ? await em.findOne(ResourceDocumentVersionEntity, { id: decoded.id, resource: application.resource.id }, { ...withoutTenantFilter('the applicant accepts a condition document of the fitxa they apply to') }) : null;
        errors.push(older
          ? userError(UserErrorCode.DOCUMENT_OUTDATED, [...field, 'documentId'])
          : userError(UserErrorCode.UNKNOWN_DOCUMENT, [...field, 'documentId']));
        continue;
      }
      if (given.sha256.toLowerCase() !== current.sha256) {
        errors.push(userError(UserErrorCode.DOCUMENT_CHANGED, [...field, 'sha256']));
        continue;
      }
      accepted.push({ code: current.code, versionId: current.id, sha256: current.sha256 });
    }
    return {
      errors,
      event: { documents: accepted.map((a) => ({ code: a.code, sha256: a.sha256 })) },
      apply: async () => {
        for (const a of accepted) {
          const fields = { documentVersion: await em.findOneOrFail(ResourceDocumentVersionEntity, a.versionId, { ...withoutTenantFilter('the applicant accepts a condition document of the fitxa they apply to') }), sha256: a.sha256, acceptedAt: context.clock.now() };
          const existing = application.acceptances.getItems().find((row) => row.documentCode === a.code);
          if (existing) Object.assign(existing, fields);
          else application.acceptances.add(em.create(DocumentAcceptanceEntity, { application, documentCode: a.code, ...fields }));
        }
      },
    };
  });
}

export function designateInterlocutors(context: RequestContext, input: {
  applicationId: string; interlocutors: { roleCode: string; name: string; nif: string; email: string; phone?: string | null }[];
}): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'interlocutorsDesignated', async (application, snapshot) => {
    const errors: UserError[] = [];
    const roles = new Set(snapshot.interlocutorRoles.map((r) => r.code));
    const seen = new Set<string>();
    const interlocutors: Interlocutor[] = input.interlocutors.map((given, index) => {
      const field = (name: string) => ['input', 'interlocutors', String(index), name] as const;
      if (!roles.has(given.roleCode)) errors.push(userError(UserErrorCode.UNKNOWN_ROLE, field('roleCode')));
      else if (seen.has(given.roleCode)) errors.push(userError(UserErrorCode.DUPLICATE, field('roleCode')));
      seen.add(given.roleCode);
      return {
        roleCode: given.roleCode, name: text(errors, given.name, 300, field('name')) ?? '', nif: nif(errors, given.nif, field('nif')) ?? '',
        email: email(errors, given.email, field('email')) ?? '', phone: phone(errors, given.phone, field('phone'), false),
      };
    });
    if (interlocutors.length === 0) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'interlocutors']));
    return { errors, event: { roles: [...seen] }, apply: () => { application.interlocutors = interlocutors; } };
  });
}

/** Attaches an upload of the caller's as one of the documents the resource asks to attach. */
export function attachFile(context: RequestContext, input: { applicationId: string; documentCode: string; fileId: string }): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'fileAttached', async (application, snapshot, em, actor) => {
    const errors: UserError[] = [];
    const document = snapshot.documents.find((d) => d.code === input.documentCode && d.mustAttach);
    if (!document) errors.push(userError(UserErrorCode.UNKNOWN_DOCUMENT, ['input', 'documentCode']));
    const decoded = fromGlobalId(input.fileId);
    const file = decoded?.type === 'StoredFile' ? await em.findOne(StoredFileEntity, { id: decoded.id, uploaderSubject: actor.subject }) : null;
    if (!file) errors.push(userError(UserErrorCode.UNKNOWN_FILE, ['input', 'fileId']));
    return {
      errors,
      event: { documentCode: input.documentCode, sha256: file?.sha256 },
      apply: () => {
        const existing = application.attachments.getItems().find((a) => a.documentCode === input.documentCode);
        if (existing) Object.assign(existing, { file: file!, sha256: file!.sha256 });
        else application.attachments.add(em.create(ApplicationAttachmentEntity, { application, documentCode: input.documentCode, file: file!, sha256: file!.sha256 }));
      },
    };
  });
}

export function makeDeclarations(context: RequestContext, input: { applicationId: string; requirementCodes: string[] }): Promise<ApplicationResult> {
  return changeDraft(context, input.applicationId, 'declarationsMade', async (application, snapshot) => {
    const errors: UserError[] = [];
    const declarable = new Set(snapshot.requirements.filter((r) => r.verification === 'DECLARATION').map((r) => r.code));
    const codes = [...new Set(input.requirementCodes)];
    codes.forEach((code, index) => {
      if (!declarable.has(code)) errors.push(userError(UserErrorCode.UNKNOWN_REQUIREMENT, ['input', 'requirementCodes', String(index)]));
    });
    return { errors, event: { requirements: codes }, apply: () => { application.declaredRequirements = codes; } };
  });
}

/**
 * Discards a draft: it stays in the lists of the people who act for the entity, and the provider
 * never sees it. A submitted application is withdrawn only by a signed, registered request that
 * the provider accepts (art. 94; requestWithdrawal), so it is refused here as NOT_A_DRAFT, naming it.
 */
export async function discardDraft(context: RequestContext, input: { applicationId: string }): Promise<ApplicationResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForApplicant(context, em, input.applicationId);
    const now = context.clock.now();
    const refusal = transitionRefusal('discard', { status: application.status, now });
    // A submitted application is withdrawn by a signed request the provider accepts: say so.
    const instead = refusal === UserErrorCode.NOT_A_DRAFT && APPLICATION_TRANSITIONS.acceptWithdrawal.from.includes(application.status) ? { instead: 'requestWithdrawal' } : undefined;
    if (refusal) return refused(application, [userError(refusal, ['input', 'applicationId'], instead)]);
    application.withdrawnAt = now;
    applyTransition(em, application, 'discard', now, { actorNif: actor.nif });
    await em.flush();
    return done(application);
  });
}

/** The former name of discardDraft, kept for the front ends that call withdrawApplication. */
export const withdrawApplication = discardDraft;
