import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from './provider.entity';

/** An area of the provider's organisation (e.g. "Àrea de Serveis Generals i Transició Digital"). */
@Entity({ tableName: 'area' })
@Unique({ properties: ['provider', 'code'] })
export class AreaEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 300 })
  name!: string;
}
