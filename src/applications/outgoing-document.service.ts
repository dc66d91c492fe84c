import { EntityManager } from '@mikro-orm/postgresql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { StoredFileEntity } from '../files/stored-file.entity';
import { storeGeneratedFile } from '../files/generated-file';
import { RequestContext } from '../graphql/context';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { OutgoingSubject, RegistrySubject } from '../registry/registry-direction';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { registerOutgoing } from '../registry/registry.service';
import { sealPdf } from '../registry/seal/pdf-seal';
import { publishedSnapshotOf } from './application-access';
import { ApplicationEntity } from './application.entity';

/** Who and what an act of the procedure names, as its documents state them. */
export interface ProcedureParties {
  provider: { slug: string; name: string; nif: string };
  localEntity: { name: string; nif: string | null };
  resource: { code: string; title: string | null };
  /** Every registry entry of the application so far, oldest first. */
  entries: RegistryEntryEntity[];
  submissionNumber: string | null;
}

/** The parties of an application's acts; the application comes loaded with APPLICATION_POPULATE. */
export async function procedureParties(em: EntityManager, application: ApplicationEntity): Promise<ProcedureParties> {
  const snapshot = await publishedSnapshotOf(em, application.resource.id);
  const entries = await em.find(RegistryEntryEntity, { application: application.id }, {
    orderBy: { registeredAt: 'asc', number: 'asc' }, ...withoutTenantFilter('the entries of an application the caller already acts on'),
  });
  return {
    provider: { slug: application.provider.slug, name: application.provider.name, nif: application.provider.nif },
    localEntity: { name: application.localEntity.name, nif: application.localEntity.nif ?? null },
    resource: { code: application.resource.code, title: snapshot?.translations[DEFAULT_LOCALE]?.title ?? null },
    entries,
    submissionNumber: entries.find((entry) => entry.subject === RegistrySubject.SUBMISSION)?.number ?? null,
  };
}

/**
 * Issues a document of the provider on an application, inside the caller's transaction: the next
 * number of the outgoing book, the PDF rendered with that number, sealed by the provider (PAdES),
 * stored, and the entry's hash set to the sealed PDF's, so the registry proves exactly the bytes
 * the entity receives. The entry is only written at the caller's flush, so setting its hash after
 * numbering it changes nothing that was ever stored.
 */
export async function issueOutgoingDocument(
  context: RequestContext, em: EntityManager, application: ApplicationEntity,
  input: { subject: OutgoingSubject; at: Date; render(registryNumber: string): Promise<Buffer>; sealReason(registryNumber: string): string; filename(registryNumber: string): string },
): Promise<{ entry: RegistryEntryEntity; file: StoredFileEntity; pdf: Buffer }> {
  const entry = await registerOutgoing(em, { application, subject: input.subject, at: input.at, documentSha256: '' });
  const pdf = await sealPdf(context, application.provider.slug, await input.render(entry.number), input.sealReason(entry.number));
  const file = await storeGeneratedFile(context, em, {
    bytes: pdf, filename: input.filename(entry.number), mediaType: 'application/pdf',
    issuer: { slug: application.provider.slug, nif: application.provider.nif }, at: input.at,
  });
  entry.contentSha256 = file.sha256;
  return { entry, file, pdf };
}
