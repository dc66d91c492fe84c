import type { ApplicationEntity } from '../applications/application.entity';
import { SilenceEffect } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { toGlobalId } from '../graphql/global-id';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { RegistryEntryEntity } from './registry-entry.entity';

/** What the provider sealed in the receipt's JWS (see receiptClaims below): the PDF shows exactly that. */
export interface ReceiptClaims {
  registryNumber: string;
  registeredAt: string;
  provider: { slug: string; nif: string | null; name: string };
  resource: { code: string; title: string | null };
  localEntity: { nif: string | null; name: string };
  applicant: { nif: string | null; name: string | null };
  contentSha256: string;
  attachments: { code: string | null; sha256: string }[];
  resolutionDueDate: string | null;
  targetDueDate: string | null;
  silenceEffect: SilenceEffect | null;
}

/** Reads the claims back from the compact JWS the service itself sealed and stored. */
export function receiptClaimsOf(receiptJws: string): ReceiptClaims {
  return JSON.parse(Buffer.from(receiptJws.split('.')[1], 'base64url').toString('utf8')) as ReceiptClaims;
}

/** What the provider seals: enough to prove, without the service, what was registered when. */
export function receiptClaims(application: ApplicationEntity, entry: RegistryEntryEntity, snapshot: ResourceSnapshot): Record<string, unknown> {
  return {
    type: 'application-receipt',
    registryNumber: entry.number,
    registeredAt: entry.registeredAt.toISOString(),
    application: toGlobalId('Application', application.id),
    provider: { slug: snapshot.provider.slug, nif: snapshot.provider.nif, name: snapshot.provider.name },
    resource: { code: snapshot.code, title: snapshot.translations[DEFAULT_LOCALE]?.title ?? null },
    localEntity: { nif: application.localEntity.nif ?? null, name: application.localEntity.name },
    applicant: { nif: application.applicantNif, name: application.applicantName },
    contentSha256: entry.contentSha256,
    attachments: entry.attachments.map((a) => ({ code: a.documentCode, sha256: a.sha256 })),
    resolutionDueDate: application.resolutionDueDate ?? null,
    targetDueDate: application.targetDueDate ?? null,
    silenceEffect: snapshot.silenceEffect,
  };
}

/**
 * What the provider seals for any other registered act: the entry (book, subject, number, instant),
 * the application and the parties, the signed content's hash and the attachments' hashes. Not the
 * statement itself: the registry keeps it, the justificant proves it by its hash.
 */
export function actReceiptClaims(application: ApplicationEntity, entry: RegistryEntryEntity): Record<string, unknown> {
  return {
    type: 'registry-receipt',
    registryNumber: entry.number,
    registeredAt: entry.registeredAt.toISOString(),
    direction: entry.direction,
    subject: entry.subject,
    application: toGlobalId('Application', application.id),
    provider: { slug: application.provider.slug, nif: application.provider.nif, name: application.provider.name },
    localEntity: { nif: application.localEntity.nif ?? null, name: application.localEntity.name },
    signer: { nif: entry.signerNif ?? null },
    contentSha256: entry.contentSha256,
    attachments: entry.attachments.map((a) => ({ file: a.fileId ? toGlobalId('StoredFile', a.fileId) : null, code: a.documentCode, sha256: a.sha256 })),
  };
}
