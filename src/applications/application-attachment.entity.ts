import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import type { ApplicationEntity } from './application.entity';

/** A file the applicant attached as one of the resource's required documents (mustAttach). */
@Entity({ tableName: 'application_attachment' })
@Unique({ properties: ['application', 'documentCode'] })
export class ApplicationAttachmentEntity extends BaseEntity {
  @ManyToOne('ApplicationEntity', { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @Property({ type: 'string', length: 64 })
  documentCode!: string;

  @ManyToOne(() => StoredFileEntity, { deleteRule: 'restrict' })
  file!: StoredFileEntity;

  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
