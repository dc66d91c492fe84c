import { Entity, Property, Unique } from '@mikro-orm/core';
import { ProviderOwnedEntity } from './provider-owned.entity';

/** The unit that provides a resource (unitat prestadora), with its contact point. */
@Entity({ tableName: 'provider_unit' })
@Unique({ properties: ['provider', 'code'] })
export class ProviderUnitEntity extends ProviderOwnedEntity {
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** Acronym used in the fitxa text, e.g. "DSTSC". */
  @Property({ type: 'string', length: 32, nullable: true })
  acronym?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  /** "Formulari de contacte". */
  @Property({ type: 'string', length: 500, nullable: true })
  contactFormUrl?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;
}
