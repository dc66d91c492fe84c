import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { ResourceEntity } from '../catalogue/resource.entity';
import { BaseEntity } from '../database/base.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';

/**
 * A fact the provider's staff know about an entity (a planning meeting held, a service already
 * in use) that a STAFF_RECORD requirement depends on. Keyed by the requirement's code, which
 * survives edits of the fitxa; the latest record for a requirement is the one that counts.
 */
@Entity({ tableName: 'requirement_fulfilment' })
@Unique({ properties: ['resource', 'localEntity', 'requirementCode'] })
export class RequirementFulfilmentEntity extends BaseEntity {
  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  @ManyToOne(() => LocalEntityEntity, { deleteRule: 'cascade' })
  localEntity!: LocalEntityEntity;

  @Property({ type: 'string', length: 64 })
  requirementCode!: string;

  /** When the fact happened, as a calendar day. */
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  note?: string | null;

  @Property({ type: 'string', length: 9 })
  recordedByNif!: string;

  @Property({ type: 'string', length: 300 })
  recordedByName!: string;
}
