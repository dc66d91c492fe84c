import { EntityManager } from '@mikro-orm/postgresql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { StoredFileEntity } from '../files/stored-file.entity';
import { RequestContext } from '../graphql/context';
import { fromGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { forbidden, invalid, notFound } from '../errors/domain-error';
import { mayActFor } from '../identity/representation.service';
import { findReadableApplication } from './application-access';
import { actReceiptClaims } from '../registry/receipt-claims';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { registerIncoming } from '../registry/registry.service';
import type { ApplicationEntity } from './application.entity';
import { SignedActSubject, signedActPayload } from './signed-act-content';
import { verifySignedAct } from './signed-act';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

export interface SignedActInput {
  subject: SignedActSubject;
  statement: string;
  /** Global ids of files the person uploaded, sent with the act. */
  attachmentIds?: string[];
  signature: string;
  idempotencyKey: string;
  /** The registry instant. */
  at: Date;
  /**
   * Whether the act may be filed now (status, acts already on file), asked after a retry has been
   * recognised (a retry answers the first entry even once the act has had its effect) and before
   * the signature is verified. Its refusals come back as they are, and nothing is written.
   */
  refusal?: () => Promise<UserError | null>;
}

export type SignedActRegistration =
  | { ok: true; entry: RegistryEntryEntity; /** The entry's justificant, sealed by the provider (compact JWS). */ receipt: string; /** A retry: nothing new was registered. */ replayed: boolean }
  | { ok: false; userErrors: UserError[] };

/**
 * Files a signed act of the applicant's side (an answer to corrections, a withdrawal request,
 * allegations) like a submission: the signature verified over the act's canonical JSON
 * (signed-act-content.ts) with the same rules as the submission's, an INCOMING registry entry,
 * and a justificant sealed by the provider.
 *
 * The caller has loaded (and locked) the application for someone who may act for its entity
 * (loadApplicationForApplicant), checked that the act fits the application's status, and runs
 * this inside its transaction, then writes its event and outbox row and flushes. Nothing is
 * written when a user error comes back.
 *
 * Idempotent per person and key across every act, the submission included: the same key with
 * the same application, act and content answers with the entry registered first (`replayed`);
 * with anything else it is IDEMPOTENCY_KEY_REUSED. Two concurrent first attempts with one key
 * meet at the unique index registry_entry_idempotency_unique: the caller turns that violation
 * into IDEMPOTENCY_KEY_REUSED (isIdempotencyViolation in application-submission.service.ts).
 */
export async function registerSignedAct(
  context: RequestContext, em: EntityManager, application: ApplicationEntity, input: SignedActInput,
): Promise<SignedActRegistration> {
  const actor = requireActor(context);
  const refuse = (...userErrors: UserError[]): SignedActRegistration => ({ ok: false, userErrors });
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) return refuse(userError(UserErrorCode.INVALID_IDEMPOTENCY_KEY, ['input', 'idempotencyKey']));

  const files = await uploadedFiles(em, actor.subject, input.attachmentIds ?? []);
  if (!files.ok) return refuse(...files.userErrors);
  const payload = await signedActPayload(application, { subject: input.subject, statement: input.statement, attachments: files.files, signerNif: actor.nif });

  const earlier = await em.findOne(RegistryEntryEntity, { signedBySubject: actor.subject, idempotencyKey: input.idempotencyKey }, {
    ...withoutTenantFilter("a repeated act is looked up by the signer's own subject and key"),
  });
  if (earlier) {
    const sameAct = earlier.application.id === application.id && earlier.subject === input.subject && earlier.contentSha256 === payload.sha256;
    if (!sameAct || !earlier.receiptJws) return refuse(userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey']));
    return { ok: true, entry: earlier, receipt: earlier.receiptJws, replayed: true };
  }

  const refusal = await input.refusal?.();
  if (refusal) return refuse(refusal);

  const verification = await verifySignedAct(context, {
    signature: input.signature, canonicalJson: payload.canonicalJson, at: input.at,
    applicantNif: actor.nif, entityNif: application.localEntity.nif ?? '',
  });
  if (!verification.ok) return refuse(verification.userError);

  const entry = await registerIncoming(em, {
    application, subject: input.subject, at: input.at, contentSha256: payload.sha256, statement: input.statement,
    signature: input.signature, signatureFormat: verification.format, signerNif: verification.signer.nif,
    attachments: files.files.map((file) => ({ documentCode: null, fileId: file.id, sha256: file.sha256, filename: file.filename })),
    signedBySubject: actor.subject, idempotencyKey: input.idempotencyKey,
  });
  entry.receiptJws = await context.registryKeys.sealKeys.seal(application.provider.slug, actReceiptClaims(application, entry), { issuedAt: input.at });
  return { ok: true, entry, receipt: entry.receiptJws, replayed: false };
}

/** The files named, each uploaded by this person; any other id is UNKNOWN_FILE at its position. */
async function uploadedFiles(
  em: EntityManager, uploaderSubject: string, globalIds: string[],
): Promise<{ ok: true; files: StoredFileEntity[] } | { ok: false; userErrors: UserError[] }> {
  const ids = globalIds.map((globalId) => {
    const decoded = fromGlobalId(globalId);
    return decoded?.type === 'StoredFile' ? decoded.id : null;
  });
  const wanted = [...new Set(ids.filter((id): id is string => id != null))];
  const found = wanted.length ? await em.find(StoredFileEntity, { id: { $in: wanted }, uploaderSubject }) : [];
  const byId = new Map(found.map((file) => [file.id, file]));
  const userErrors = ids.flatMap((id, index) => (id != null && byId.has(id) ? [] : [userError(UserErrorCode.UNKNOWN_FILE, ['input', 'attachmentIds', String(index)])]));
  if (userErrors.length) return { ok: false, userErrors };
  return { ok: true, files: wanted.map((id) => byId.get(id)!) };
}

/**
 * The bytes a person must sign for an act before filing it (the submission's are
 * Application.signingPayload): for people who may act for the entity; a reviewer who may read the
 * application is told FORBIDDEN, anyone else NOT_FOUND, as when changing it.
 */
export async function signedActPayloadFor(
  context: RequestContext, input: { applicationId: string; subject: SignedActSubject; statement: string; attachmentIds?: string[] },
): Promise<{ canonicalJson: string; sha256: string }> {
  const actor = requireActor(context);
  const application = await findReadableApplication(context, input.applicationId);
  if (!application) throw notFound(['input', 'applicationId']);
  if (!(await mayActFor(context, application.localEntity.id))) throw forbidden(['input', 'applicationId']);
  const files = await uploadedFiles(context.em, actor.subject, input.attachmentIds ?? []);
  if (!files.ok) throw invalid(UserErrorCode.UNKNOWN_FILE, files.userErrors[0].field);
  return signedActPayload(application, { subject: input.subject, statement: input.statement, attachments: files.files, signerNif: actor.nif });
}

/** The registry entries of an application the caller may read, in registry order. */
export function registryEntriesOf(context: RequestContext, application: ApplicationEntity): Promise<RegistryEntryEntity[]> {
  return context.em.find(RegistryEntryEntity, { application: application.id }, {
    ...withoutTenantFilter('the application was already found readable by the caller; its entries go with it'),
    orderBy: { registeredAt: 'asc', direction: 'asc', sequence: 'asc' },
  });
}
