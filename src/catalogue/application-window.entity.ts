import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { ResourceEntity } from './resource.entity';

/** A period in which applications are accepted (termini de sol·licitud), both days included. */
@Entity({ tableName: 'application_window' })
export class ApplicationWindowEntity extends BaseEntity {
  @ManyToOne('ResourceEntity', { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  /** As shown, e.g. "2023". */
  @Property({ type: 'string', length: 100, nullable: true })
  label?: string | null;

  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;
}
