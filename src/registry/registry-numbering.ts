import { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationEntity } from '../applications/application.entity';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { catalanDate } from '../clock';
import { SignatureFormat } from '../signature/signature-format';
import { RegistryEntryEntity } from './registry-entry.entity';

/**
 * Writes the incoming registry entry of an application: the next number of the provider and year
 * from a counter row whose lock keeps numbers gap-free (a rolled-back transaction gives its number
 * back), the registry instant, and the hashes of what was registered. Runs inside the caller's
 * transaction.
 */
export async function registerIncomingEntry(
  em: EntityManager, application: ApplicationEntity, snapshot: ResourceSnapshot,
  facts: { now: Date; contentSha256: string; signature: string; signatureFormat: SignatureFormat; signerNif: string },
): Promise<RegistryEntryEntity> {
  const year = Number(catalanDate(facts.now).slice(0, 4));
  const [{ last_sequence: sequence }] = await em.getConnection().execute<{ last_sequence: number }[]>(
    `insert into registry_counter (provider_id, year, last_sequence) values (?, ?, 1)
     on conflict (provider_id, year) do update set last_sequence = registry_counter.last_sequence + 1
     returning last_sequence`,
    [snapshot.provider.id, year], 'all', em.getTransactionContext(),
  );
  return em.create(RegistryEntryEntity, {
    provider: snapshot.provider.id, year, sequence,
    number: `${snapshot.provider.slug.toUpperCase()}-E-${year}-${String(sequence).padStart(6, '0')}`,
    application, registeredAt: facts.now, contentSha256: facts.contentSha256, signature: facts.signature, signatureFormat: facts.signatureFormat,
    signerNif: facts.signerNif,
    attachments: application.attachments.getItems().map((a) => ({ documentCode: a.documentCode, sha256: a.sha256, filename: a.file.filename })),
  });
}
