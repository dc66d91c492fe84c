import { Entity, Enum, ManyToOne, OneToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SignatureFormat } from '../signature/signature-format';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from '../applications/application.entity';

/**
 * An entry of the provider's electronic registry (registre d'entrada): a number without gaps per
 * provider and year, the instant, and the hashes of what was registered. Never changes.
 */
@Entity({ tableName: 'registry_entry' })
@Unique({ properties: ['provider', 'year', 'sequence'] })
export class RegistryEntryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  sequence!: number;

  /** e.g. DIBA-E-2026-000001. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  number!: string;

  @OneToOne(() => ApplicationEntity, { owner: true, deleteRule: 'restrict', unique: true })
  application!: ApplicationEntity;

  @Property({ type: 'timestamptz' })
  registeredAt!: Date;

  /** SHA-256 of the signed canonical JSON. */
  @Property({ type: 'string', length: 64 })
  contentSha256!: string;

  /** The signature as submitted: compact JWS with x5c, or CAdES (base64 DER), per signatureFormat. */
  @Property({ type: 'text' })
  signature!: string;

  /**
   * How `signature` is packaged, so that whoever checks it later knows which verifier to use. The
   * database default only fills the entries registered before CAdES was accepted, all of them JWS;
   * the property is required, so new entries always state it.
   */
  @Enum({ items: () => SignatureFormat, nativeEnumName: 'signature_format', default: SignatureFormat.JWS })
  signatureFormat!: SignatureFormat;

  @Property({ type: 'jsonb' })
  attachments!: { documentCode: string; sha256: string; filename: string }[];

  @Property({ type: 'string', length: 9 })
  signerNif!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** The last number given per provider and year; its row lock is what keeps numbers gap-free. */
@Entity({ tableName: 'registry_counter' })
export class RegistryCounterEntity {
  @ManyToOne(() => ProviderEntity, { primary: true, deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  lastSequence!: number;
}
