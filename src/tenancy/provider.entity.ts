import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';

/** A diputació: the tenant that publishes a catalogue and receives applications. */
@Entity({ tableName: 'provider' })
export class ProviderEntity extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 9 })
  nif!: string;

  /** INE province code ("08", "17", "25", "43"): the provider's territory (demarcació). */
  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  /** INE code (5 digits) of the seat's municipality, whose local holidays count for deadlines. */
  @Property({ type: 'string', length: 5 })
  seatMunicipalityCode!: string;

  @Property({ type: 'string', length: 500 })
  website!: string;

  /** Electronic office (seu electrònica) where applications are registered. */
  @Property({ type: 'string', length: 500, nullable: true })
  electronicOfficeUrl?: string | null;
}
