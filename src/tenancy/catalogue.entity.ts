import { Entity, Property, Unique } from '@mikro-orm/core';
import { ProviderOwnedEntity } from './provider-owned.entity';

/** A catalogue or call (convocatòria / línia de suport), e.g. "Catàleg 2021-2023: Xarxa de Governs Locals 2023". */
@Entity({ tableName: 'catalogue' })
@Unique({ properties: ['provider', 'code'] })
export class CatalogueEntity extends ProviderOwnedEntity {
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}
