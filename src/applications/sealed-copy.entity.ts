import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ResourceDocumentVersionEntity } from '../documents/resource-document-version.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from './application.entity';
import { ResolutionEntity } from './resolution.entity';

/**
 * A copy, sealed by the provider, of a document the entity accepted and the fitxa says it keeps
 * once granted (`signedCopyOnAcceptance`: the Lleida conveni and contracte d'encarregat de
 * tractament): exactly the accepted version (its SHA-256), with the original embedded when the
 * service holds its file. Issued by the granting resolution; never changes.
 */
@Entity({ tableName: 'sealed_copy' })
@Unique({ properties: ['resolution', 'documentCode'] })
export class SealedCopyEntity extends BaseEntity {
  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @ManyToOne(() => ResolutionEntity, { deleteRule: 'cascade' })
  resolution!: ResolutionEntity;

  @Property({ type: 'string', length: 64 })
  documentCode!: string;

  /** The version accepted (document_acceptance), not the fitxa's current one. */
  @ManyToOne(() => ResourceDocumentVersionEntity, { deleteRule: 'restrict' })
  documentVersion!: ResourceDocumentVersionEntity;

  /** The document's title in Catalan when granted, as the copy states it. */
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 32 })
  versionLabel!: string;

  /** SHA-256 of the version accepted. */
  @Property({ type: 'string', length: 64 })
  acceptedSha256!: string;

  /** The original's bytes are embedded in the copy (the service holds that version's file). */
  @Property({ type: 'boolean' })
  embedsOriginal!: boolean;

  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  /** The sealed PDF. */
  @ManyToOne(() => StoredFileEntity, { deleteRule: 'restrict' })
  file!: StoredFileEntity;
}
