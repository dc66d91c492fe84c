import { ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from './provider.entity';

/** Taxonomy that belongs to one provider and is known by a code unique within it. */
export abstract class ProviderOwnedEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @Property({ type: 'string', length: 64 })
  code!: string;
}
