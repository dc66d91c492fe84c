import { ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { ResourceEntity } from './resource.entity';

/** A row of one of the fitxa's ordered lists. */
export abstract class ResourceItemEntity extends BaseEntity {
  @ManyToOne('ResourceEntity', { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  @Property({ type: 'smallint' })
  position!: number;
}
