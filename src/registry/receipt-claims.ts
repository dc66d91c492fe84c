import type { ApplicationEntity } from '../applications/application.entity';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { toGlobalId } from '../graphql/global-id';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { RegistryEntryEntity } from './registry-entry.entity';

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
