import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { EntityManager } from '@mikro-orm/postgresql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { renderSealedCopyPdf, sealedCopyTitle } from '../documents/sealed-copy-pdf';
import { invalid } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { fileStorageFor, storeGeneratedFile } from '../files/generated-file';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { labelOf } from '../i18n/labels';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { requireActor } from '../identity/representation.service';
import { NotificationAct } from '../notifications/notification-act';
import { makeNotificationAvailable } from '../notifications/notification.service';
import { RegistrySubject } from '../registry/registry-direction';
import { REGISTRY_SUBJECT_LABELS } from '../registry/registry-labels';
import { renderResolutionPdf, resolutionTitle } from '../registry/resolution-pdf';
import { sealPdf } from '../registry/seal/pdf-seal';
import { loadApplicationForReviewer, publishedSnapshotOf } from './application-access';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { MAX_REASONS_LENGTH } from './hearing.service';
import { issueOutgoingDocument, procedureParties } from './outgoing-document.service';
import { challengeText } from './resolution-challenge';
import { DECISION_ACTIONS, DECISION_KINDS, RESOLUTION_FACTS } from './resolution-facts';
import { ResolutionDecision, ResolutionKind } from './resolution-kind';
import { ResolutionEntity } from './resolution.entity';
import { SealedCopyEntity } from './sealed-copy.entity';

export const MAX_COMPETENT_BODY_LENGTH = 300;

export interface IssueResolutionCommand {
  kind: ResolutionKind;
  reasons: string;
  competentBody: string;
  at: Date;
  /** The reviewer or admin who resolves; null for resolutions the service issues by itself. */
  resolvedByNif?: string | null;
  restsOnOtherFacts?: boolean;
}

/**
 * Issues a resolution inside the caller's transaction (with the application's row locked): the
 * PDF stating decision, reasons, competent body and remedies (resolution-pdf.ts, in Catalan, the
 * providers' language), sealed by the provider (PAdES), registered in the outgoing book with the
 * sealed PDF's SHA-256 (subject RESOLUTION), and made available to the entity as a RESOLUTION
 * notification. It changes no status: the caller applies its own transition (resolveApplication
 * here; the revocation's revokeGrant and closeRevocation reuse this). The caller flushes.
 */
export async function issueResolution(
  context: RequestContext, em: EntityManager, application: ApplicationEntity, command: IssueResolutionCommand,
): Promise<ResolutionEntity> {
  const parties = await procedureParties(em, application);
  const challenge = challengeText(command.competentBody, DEFAULT_LOCALE);
  const issued = await issueOutgoingDocument(context, em, application, {
    subject: RegistrySubject.RESOLUTION, at: command.at,
    render: (registryNumber) => renderResolutionPdf({
      kind: command.kind, registryNumber, resolvedAt: command.at, provider: parties.provider, applicationId: toGlobalId('Application', application.id),
      registryEntries: parties.entries.map((entry) => ({ number: entry.number, label: labelOf(REGISTRY_SUBJECT_LABELS, entry.subject, DEFAULT_LOCALE), registeredAt: entry.registeredAt })),
      localEntity: parties.localEntity, resource: parties.resource, reasons: command.reasons, competentBody: command.competentBody, challenge,
    }, DEFAULT_LOCALE),
    sealReason: (registryNumber) => `${resolutionTitle(command.kind, DEFAULT_LOCALE)} ${registryNumber}`,
    filename: (registryNumber) => `resolucio-${registryNumber}.pdf`,
  });
  // The notification names the resolution it notifies, so the resolution's id comes first.
  const resolutionId = randomUUID();
  const notification = makeNotificationAvailable(em, {
    application, act: NotificationAct.RESOLUTION, at: command.at, document: issued.file, subjectId: resolutionId,
    summary: { resolution: toGlobalId('Resolution', resolutionId), kind: command.kind, registryNumber: issued.entry.number },
  });
  return em.create(ResolutionEntity, {
    id: resolutionId, application, provider: application.provider, kind: command.kind, reasons: command.reasons, competentBody: command.competentBody,
    challenge, restsOnOtherFacts: command.restsOnOtherFacts ?? false, resolvedAt: command.at, resolvedByNif: command.resolvedByNif ?? null,
    registryEntry: issued.entry, document: issued.file, notification,
  });
}

/**
 * The sealed copies a grant issues: for each document of the fitxa marked `signedCopyOnAcceptance`
 * (the Lleida conveni and contracte d'encarregat de tractament), exactly the version the entity
 * accepted (document_acceptance), stated by title, version and SHA-256 with who accepted it and
 * when, and with the original embedded when the service holds that version's file, sealed by the
 * provider. Documents the entity did not accept get no copy: there is nothing it agreed to.
 */
export async function issueSealedCopies(
  context: RequestContext, em: EntityManager, application: ApplicationEntity, resolution: ResolutionEntity, at: Date,
): Promise<SealedCopyEntity[]> {
  const snapshot = await publishedSnapshotOf(em, application.resource.id);
  const parties = await procedureParties(em, application);
  await em.populate(application, ['acceptances.documentVersion.file'], withoutTenantFilter('the accepted document versions of an application its reviewer is granting'));
  const copies: SealedCopyEntity[] = [];
  for (const document of (snapshot?.documents ?? []).filter((d) => d.signedCopyOnAcceptance)) {
    const acceptance = application.acceptances.getItems().find((a) => a.documentCode === document.code);
    if (!acceptance) continue;
    const version = acceptance.documentVersion;
    const title = document.title[DEFAULT_LOCALE] ?? document.code;
    const versionLabel = version.id === document.id ? document.version : String(version.number);
    const stored = version.file ? await fileStorageFor(context.config).read(version.file.sha256) : null;
    const original = stored && version.file ? { bytes: await buffer(stored.stream), filename: version.file.filename } : null;
    const rendered = await renderSealedCopyPdf({
      provider: parties.provider,
      document: { code: document.code, title, versionLabel, versionNumber: version.number, sha256: acceptance.sha256, mediaType: version.mediaType, url: version.externalUrl ?? null },
      acceptedAt: acceptance.acceptedAt,
      acceptedBy: { entityName: parties.localEntity.name, entityNif: parties.localEntity.nif, applicantName: application.applicantName ?? null, applicantNif: application.applicantNif ?? null },
      applicationRegistryNumber: parties.submissionNumber, resolutionRegistryNumber: resolution.registryEntry.number, issuedAt: at, original,
    }, DEFAULT_LOCALE);
    const sealed = await sealPdf(context, application.provider.slug, rendered, sealedCopyTitle(title, DEFAULT_LOCALE));
    const file = await storeGeneratedFile(context, em, {
      bytes: sealed, filename: `copia-segellada-${document.code}-${versionLabel}.pdf`, mediaType: 'application/pdf',
      issuer: { slug: application.provider.slug, nif: application.provider.nif }, at,
    });
    copies.push(em.create(SealedCopyEntity, {
      application, provider: application.provider, resolution, documentCode: document.code, documentVersion: version, title, versionLabel,
      acceptedSha256: acceptance.sha256, embedsOriginal: original != null, issuedAt: at, file,
    }));
  }
  return copies;
}

export interface ResolveResult {
  application: ApplicationEntity | null;
  resolution: ResolutionEntity | null;
  userErrors: UserError[];
}

/**
 * `resolveApplication`: a reviewer or admin of the provider resolves it. The decision's guards
 * read the facts gathered for it (resolution-facts.ts) under the row lock, and any refusal is a
 * user error before anything is written (resolving twice: INVALID_STATUS; denying on other facts
 * without a concluded hearing: HEARING_REQUIRED). Then, in one transaction: the resolution
 * (issueResolution), the transition with its event and outbox row, and on GRANT the sealed copies.
 */
export async function resolveApplication(
  context: RequestContext,
  input: { applicationId: string; decision: ResolutionDecision; reasons: string; competentBody: string; restsOnOtherFacts?: boolean | null },
): Promise<ResolveResult> {
  const actor = requireActor(context);
  const refuse = (...userErrors: UserError[]): ResolveResult => ({ application: null, resolution: null, userErrors });
  const reasons = input.reasons.trim();
  const competentBody = input.competentBody.trim();
  const problems = [
    !reasons && userError(UserErrorCode.REQUIRED, ['input', 'reasons']),
    reasons.length > MAX_REASONS_LENGTH && userError(UserErrorCode.TOO_LONG, ['input', 'reasons'], { max: MAX_REASONS_LENGTH }),
    !competentBody && userError(UserErrorCode.REQUIRED, ['input', 'competentBody']),
    competentBody.length > MAX_COMPETENT_BODY_LENGTH && userError(UserErrorCode.TOO_LONG, ['input', 'competentBody'], { max: MAX_COMPETENT_BODY_LENGTH }),
  ].filter((problem): problem is UserError => Boolean(problem));
  if (problems.length) return refuse(...problems);
  const restsOnOtherFacts = input.restsOnOtherFacts ?? false;

  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const now = context.clock.now();
    const action = DECISION_ACTIONS[input.decision];
    const facts = await RESOLUTION_FACTS[input.decision](em, application, { restsOnOtherFacts, now });
    const refusal = transitionRefusal(action, { ...facts, status: application.status, now });
    if (refusal) throw invalid(refusal, refusal === UserErrorCode.INVALID_STATUS ? ['input', 'applicationId'] : ['input', 'decision']);

    const resolution = await issueResolution(context, em, application, {
      kind: DECISION_KINDS[input.decision], reasons, competentBody, at: now, resolvedByNif: actor.nif, restsOnOtherFacts,
    });
    applyTransition(em, application, action, now, {
      actorNif: actor.nif, facts,
      details: { resolution: toGlobalId('Resolution', resolution.id), registryNumber: resolution.registryEntry.number },
      announce: { resolution: toGlobalId('Resolution', resolution.id), decision: input.decision, registryNumber: resolution.registryEntry.number },
    });
    if (input.decision === ResolutionDecision.GRANT) await issueSealedCopies(context, em, application, resolution, now);
    await em.flush();
    return { application, resolution, userErrors: [] };
  });
}

/** The resolutions of an application the caller may read, oldest first. */
export function resolutionsOf(context: RequestContext, applicationId: string): Promise<ResolutionEntity[]> {
  return context.em.find(ResolutionEntity, { application: applicationId }, {
    orderBy: { resolvedAt: 'asc', createdAt: 'asc' }, populate: ['registryEntry', 'document', 'notification'],
    ...withoutTenantFilter('the application was already found readable by the caller; its resolutions go with it'),
  });
}

/** The sealed copies of an application the caller may read, in document order. */
export function sealedCopiesOf(context: RequestContext, applicationId: string): Promise<SealedCopyEntity[]> {
  return context.em.find(SealedCopyEntity, { application: applicationId }, {
    orderBy: { issuedAt: 'asc', documentCode: 'asc' }, populate: ['file', 'documentVersion'],
    ...withoutTenantFilter('the application was already found readable by the caller; its sealed copies go with it'),
  });
}
