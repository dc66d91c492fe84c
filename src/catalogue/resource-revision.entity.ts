import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ResourceContentData } from './resource-content.validation';
import { FieldChange } from './resource-revision';
import { ResourceEntity } from './resource.entity';

/** What made a revision; stored as the lower-case word (a plain text column). */
export enum ResourceRevisionAction {
  CREATE = 'create',
  UPDATE = 'update',
  RESTORE = 'restore',
}

/** The fitxa's content as one save left it: who, when, and what changed field by field. */
@Entity({ tableName: 'resource_revision' })
@Index({ properties: ['resource', 'version'] })
export class ResourceRevisionEntity extends BaseEntity {
  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  /** The fitxa's version after the save. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string', length: 20 })
  action!: ResourceRevisionAction;

  @Property({ type: 'string', length: 255 })
  actorSubject!: string;

  @Property({ type: 'string', length: 9 })
  actorNif!: string;

  @Property({ type: 'string', length: 200 })
  actorName!: string;

  /** Everything an editor can edit, in the shape `updateResource` takes, so it can be restored. */
  @Property({ type: 'jsonb' })
  content!: ResourceContentData;

  @Property({ type: 'jsonb' })
  changes!: FieldChange[];
}
