import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { LocalEntityType } from './local-entity-type';
import { ProviderEntity } from './provider.entity';

/** A local government (ens local) that may apply for resources. */
@Entity({ tableName: 'local_entity' })
@Index({ properties: ['type'] })
export class LocalEntityEntity extends BaseEntity {
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Enum({ items: () => LocalEntityType, nativeEnumName: 'local_entity_type' })
  type!: LocalEntityType;

  /** Tax id (NIF) of the entity, e.g. "P2512000A"; unknown for some seeded entities. */
  @Property({ type: 'string', length: 9, nullable: true })
  @Unique()
  nif?: string | null;

  /**
   * INE code: 5 digits for a municipality (province + municipality), and the code of the
   * municipality where the entity has its seat for the others; used for local holidays.
   */
  @Property({ type: 'string', length: 5, nullable: true })
  @Index()
  ineCode?: string | null;

  /**
   * DIR3 code (the State's directory of administrative units), e.g. "L01251207"; loaded by the
   * provider's admins from the official list with the NIF (local-entity-import.service.ts).
   */
  @Property({ type: 'string', length: 9, nullable: true, fieldName: 'dir3_code' })
  @Unique()
  dir3Code?: string | null;

  /** Stable key for idempotent seeding and imports, e.g. "ine:25120" or "comarca:13". */
  @Property({ type: 'string', length: 64 })
  @Unique()
  externalKey!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  /** Comarca code (01–43) the entity belongs to, when known. */
  @Property({ type: 'string', length: 2, nullable: true })
  comarcaCode?: string | null;

  /** The diputació whose territory (demarcació) contains the entity. */
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;
}
