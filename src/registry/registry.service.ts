import { wrap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationEntity } from '../applications/application.entity';
import { catalanDate } from '../clock';
import { SignatureFormat } from '../signature/signature-format';
import { ProviderEntity } from '../tenancy/provider.entity';
import { IncomingSubject, OutgoingSubject, RegistryDirection, registryNumber } from './registry-direction';
import { RegisteredAttachment, RegistryEntryEntity } from './registry-entry.entity';

/** What an applicant files: the signed act's hash, the signature as sent and who signed it. */
export interface IncomingAct {
  application: ApplicationEntity;
  subject: IncomingSubject;
  /** The registry instant. */
  at: Date;
  /** SHA-256 of the signed canonical JSON. */
  contentSha256: string;
  signature: string;
  signatureFormat: SignatureFormat;
  signerNif: string;
  attachments: RegisteredAttachment[];
  /** What the person declared in an act after the submission; absent for the submission. */
  statement?: string | null;
  /** The person's subject and idempotency key: the unique index registry_entry_idempotency_unique holds them across acts. */
  signedBySubject: string;
  idempotencyKey: string;
}

/** What the provider issues: the sealed document's hash (the seal is in the document). */
export interface OutgoingAct {
  application: ApplicationEntity;
  subject: OutgoingSubject;
  at: Date;
  /** SHA-256 of the sealed document registered (e.g. the resolution's PAdES PDF). */
  documentSha256: string;
}

/** Registers an act the applicant filed, in the provider's incoming book (E). Inside the caller's transaction. */
export async function registerIncoming(em: EntityManager, act: IncomingAct): Promise<RegistryEntryEntity> {
  const { application, subject, at, ...facts } = act;
  return register(em, application, RegistryDirection.INCOMING, subject, at, facts);
}

/** Registers an act the provider issued, in its outgoing book (S). Inside the caller's transaction. */
export async function registerOutgoing(em: EntityManager, act: OutgoingAct): Promise<RegistryEntryEntity> {
  return register(em, act.application, RegistryDirection.OUTGOING, act.subject, act.at, {
    contentSha256: act.documentSha256, attachments: [], signature: null, signatureFormat: null, signerNif: null,
  });
}

/**
 * The one place that numbers entries: the next number of the provider, book and year (in Catalan
 * time) from a counter row whose lock keeps numbers gap-free: a rolled-back transaction gives its
 * number back, and a concurrent one waits for it. The entry is persisted with the caller's flush.
 */
async function register(
  em: EntityManager, application: ApplicationEntity, direction: RegistryDirection, subject: IncomingSubject | OutgoingSubject, at: Date,
  facts: Pick<RegistryEntryEntity, 'contentSha256' | 'attachments' | 'signature' | 'signatureFormat' | 'signerNif'> & Partial<Pick<RegistryEntryEntity, 'signedBySubject' | 'idempotencyKey' | 'statement'>>,
): Promise<RegistryEntryEntity> {
  const provider = await providerOf(em, application);
  const year = Number(catalanDate(at).slice(0, 4));
  const [{ last_sequence: sequence }] = await em.getConnection().execute<{ last_sequence: number }[]>(
    `insert into registry_counter (provider_id, direction, year, last_sequence) values (?, ?, ?, 1)
     on conflict (provider_id, direction, year) do update set last_sequence = registry_counter.last_sequence + 1
     returning last_sequence`,
    [provider.id, direction, year], 'all', em.getTransactionContext(),
  );
  return em.create(RegistryEntryEntity, {
    provider: provider.id, direction, subject, year, sequence, number: registryNumber(provider.slug, direction, year, sequence),
    application, registeredAt: at, ...facts,
  });
}

async function providerOf(em: EntityManager, application: ApplicationEntity): Promise<{ id: string; slug: string }> {
  if (wrap(application.provider).isInitialized()) return application.provider;
  return em.findOneOrFail(ProviderEntity, { id: application.provider.id }, { fields: ['id', 'slug'] });
}
