import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ResourceEntity } from './resource.entity';

/** A fitxa a person keeps in their folder ("Afegeix a la carpeta"). */
@Entity({ tableName: 'folder_item' })
@Unique({ properties: ['ownerSubject', 'resource'] })
export class FolderItemEntity extends BaseEntity {
  /** The identity provider's stable user id (`sub`). */
  @Property({ type: 'string', length: 255 })
  ownerSubject!: string;

  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;
}
