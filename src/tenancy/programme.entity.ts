import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { AreaEntity } from './area.entity';
import { ProviderOwnedEntity } from './provider-owned.entity';

/** A field of action (àmbit) inside an area (e.g. "Governs digitals"). */
@Entity({ tableName: 'programme' })
@Unique({ properties: ['provider', 'code'] })
export class ProgrammeEntity extends ProviderOwnedEntity {
  @ManyToOne(() => AreaEntity, { nullable: true, deleteRule: 'set null' })
  area?: AreaEntity | null;

  @Property({ type: 'string', length: 300 })
  name!: string;
}
