import { Entity, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { ResourceDocumentVersionEntity } from '../documents/resource-document-version.entity';
import { BaseEntity } from '../database/base.entity';
import type { ApplicationEntity } from './application.entity';

/** The applicant accepted exactly this version of a condition document. */
@Entity({ tableName: 'document_acceptance' })
@Unique({ properties: ['application', 'documentCode'] })
export class DocumentAcceptanceEntity extends BaseEntity {
  @ManyToOne('ApplicationEntity', { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @Property({ type: 'string', length: 64 })
  documentCode!: string;

  /** Kept even when the fitxa moves on to a newer version: what was accepted is what counts. */
  @ManyToOne(() => ResourceDocumentVersionEntity, { deleteRule: 'restrict' })
  documentVersion!: ResourceDocumentVersionEntity;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'timestamptz' })
  acceptedAt!: Date & Opt;
}
