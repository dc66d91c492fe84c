import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SignatureFormat } from '../signature/signature-format';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { RegistryDirection, RegistrySubject } from './registry-direction';

export interface RegisteredAttachment {
  /** The fitxa's document the file answers; null for files sent with a later act. */
  documentCode: string | null;
  /** The stored file's id, for files sent with a later act. */
  fileId?: string;
  sha256: string;
  filename: string;
}

/**
 * An entry of the provider's electronic registry: in the incoming book (registre d'entrada) what
 * the applicant files (the submission, answers to corrections, withdrawal requests, allegations),
 * in the outgoing book (registre de sortida) what the provider issues (resolutions, requests for
 * corrections, hearings). A number without gaps per provider, book and year, the instant, and the
 * hashes of what was registered. Never changes. Numbered only by registry.service.ts.
 */
@Entity({ tableName: 'registry_entry' })
@Unique({ properties: ['provider', 'direction', 'year', 'sequence'] })
// One submission per application; the other acts may be registered many times.
@Index({
  name: 'registry_entry_submission_unique',
  expression: `create unique index "registry_entry_submission_unique" on "registry_entry" ("application_id") where "subject" = 'SUBMISSION'`,
})
// Idempotency of signed acts, per person and key, across every kind of act (see signed-act-registration.service.ts).
@Unique({ name: 'registry_entry_idempotency_unique', properties: ['signedBySubject', 'idempotencyKey'] })
export class RegistryEntryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Enum({ items: () => RegistryDirection, nativeEnumName: 'registry_direction' })
  direction!: RegistryDirection;

  @Enum({ items: () => RegistrySubject, nativeEnumName: 'registry_subject' })
  subject!: RegistrySubject;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  sequence!: number;

  /** e.g. DIBA-E-2026-000001 (incoming) or DIBA-S-2026-000001 (outgoing). */
  @Property({ type: 'string', length: 64 })
  @Unique()
  number!: string;

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'restrict', index: 'registry_entry_application_id_index' })
  application!: ApplicationEntity;

  @Property({ type: 'timestamptz' })
  registeredAt!: Date;

  /** Incoming: SHA-256 of the signed canonical JSON. Outgoing: SHA-256 of the sealed document registered. */
  @Property({ type: 'string', length: 64 })
  contentSha256!: string;

  /** Incoming: the signature as filed, compact JWS with x5c or CAdES (base64 DER), per signatureFormat. Outgoing: null (the document carries the provider's seal). */
  @Property({ type: 'text', nullable: true })
  signature?: string | null;

  /** How `signature` is packaged, so that whoever checks it later knows which verifier to use; null exactly when the signature is. */
  @Enum({ items: () => SignatureFormat, nativeEnumName: 'signature_format', nullable: true })
  signatureFormat?: SignatureFormat | null;

  /**
   * Files registered with the act (hashes as filed): a submission's answer the fitxa's documents
   * (documentCode); a later act's are the person's uploads (fileId). Empty for outgoing entries.
   */
  @Property({ type: 'jsonb' })
  attachments!: RegisteredAttachment[];

  /**
   * What the person declared or asked for in an act filed after the submission (e.g. the reasons
   * for withdrawing), as signed; the submission's content is the application itself, and outgoing
   * entries register a document: null for both.
   */
  @Property({ type: 'text', nullable: true })
  statement?: string | null;

  /** NIF of the certificate that signed an incoming act; null for outgoing entries. */
  @Property({ type: 'string', length: 9, nullable: true })
  signerNif?: string | null;

  /** The signing person's subject and their idempotency key, for incoming acts; a retry with the same key finds the entry. */
  @Property({ type: 'string', length: 300, nullable: true })
  signedBySubject?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  /** The justificant of this entry, sealed by the provider (compact JWS); null for entries registered before acts had their own. */
  @Property({ type: 'text', nullable: true })
  receiptJws?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** The last number given per provider, book and year; its row lock is what keeps numbers gap-free. */
@Entity({ tableName: 'registry_counter' })
export class RegistryCounterEntity {
  @ManyToOne(() => ProviderEntity, { primary: true, deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Enum({ items: () => RegistryDirection, nativeEnumName: 'registry_direction', primary: true })
  direction!: RegistryDirection;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  lastSequence!: number;
}
