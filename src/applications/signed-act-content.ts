import { registerDescribedEnum } from '../graphql/described-enum';
import { toGlobalId } from '../graphql/global-id';
import { RegistrySubject } from '../registry/registry-direction';
import { canonicalJson, sha256Hex } from '../signature/canonical-json';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { ApplicationEntity } from './application.entity';

/** The acts an applicant signs and files after the submission (the submission has its own content, signing-content.ts). */
export type SignedActSubject = RegistrySubject.CORRECTIONS_ANSWER | RegistrySubject.WITHDRAWAL_REQUEST | RegistrySubject.ALLEGATIONS;
/** The same acts as a GraphQL enum (SignedActSubject), whose values are the registry subjects. */
export const SIGNED_ACT_SUBJECT = {
  CORRECTIONS_ANSWER: RegistrySubject.CORRECTIONS_ANSWER,
  WITHDRAWAL_REQUEST: RegistrySubject.WITHDRAWAL_REQUEST,
  ALLEGATIONS: RegistrySubject.ALLEGATIONS,
} as const satisfies Record<SignedActSubject, SignedActSubject>;

registerDescribedEnum(SIGNED_ACT_SUBJECT, {
  name: 'SignedActSubject',
  description: 'An act the applicant signs and files after the submission, registered like it.',
  values: {
    CORRECTIONS_ANSWER: 'Answer to a request for corrections (Llei 39/2015 art. 68).',
    WITHDRAWAL_REQUEST: 'Withdrawal (desistiment, art. 94).',
    ALLEGATIONS: 'Allegations in a hearing (art. 82).',
  },
});

export interface SignedActFacts {
  subject: SignedActSubject;
  /** What the person declares or asks for, as typed (e.g. the reasons for withdrawing). */
  statement: string;
  /** The person's uploaded files sent with the act. */
  attachments: readonly Pick<StoredFileEntity, 'id' | 'sha256' | 'filename'>[];
  /** NIF of the person who signs: the act is theirs, whoever filed the application. */
  signerNif: string;
}

/**
 * The JSON a person signs for an act on an application: it names the application, its provider
 * and entity, the kind of act, the signer, the statement and each attachment's hash, so that a
 * signature over another application, another act or other content does not verify. RFC 8785
 * bytes, attachments in a fixed order, so the same act always gives the same bytes.
 * Expects the application's provider and local entity loaded.
 */
export function signedActContent(application: ApplicationEntity, facts: SignedActFacts): Record<string, unknown> {
  return {
    type: 'application-act',
    subject: facts.subject,
    application: toGlobalId('Application', application.id),
    provider: { slug: application.provider.slug, nif: application.provider.nif },
    localEntity: { nif: application.localEntity.nif ?? null, name: application.localEntity.name },
    signer: { nif: facts.signerNif },
    statement: facts.statement,
    attachments: [...facts.attachments]
      .map((file) => ({ file: toGlobalId('StoredFile', file.id), sha256: file.sha256, filename: file.filename }))
      .sort((a, b) => a.file.localeCompare(b.file)),
  };
}

export async function signedActPayload(application: ApplicationEntity, facts: SignedActFacts): Promise<{ canonicalJson: string; sha256: string }> {
  const json = await canonicalJson(signedActContent(application, facts));
  return { canonicalJson: json, sha256: sha256Hex(json) };
}
