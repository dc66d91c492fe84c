import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { AreaEntity } from './area.entity';
import { ProviderEntity } from './provider.entity';

/** A field of action (àmbit) inside an area (e.g. "Governs digitals"). */
@Entity({ tableName: 'programme' })
@Unique({ properties: ['provider', 'code'] })
export class ProgrammeEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @ManyToOne(() => AreaEntity, { nullable: true, deleteRule: 'set null' })
  area?: AreaEntity | null;

  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 300 })
  name!: string;
}
