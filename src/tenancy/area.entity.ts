import { Entity, Property, Unique } from '@mikro-orm/core';
import { ProviderOwnedEntity } from './provider-owned.entity';

/** An area of the provider's organisation (e.g. "Àrea de Serveis Generals i Transició Digital"). */
@Entity({ tableName: 'area' })
@Unique({ properties: ['provider', 'code'] })
export class AreaEntity extends ProviderOwnedEntity {
  @Property({ type: 'string', length: 300 })
  name!: string;
}
