import { ManyToOne, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from './provider.entity';

/** Taxonomy that belongs to one provider and is known by a code unique within it. */
export abstract class ProviderOwnedEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @Property({ type: 'string', length: 64 })
  code!: string;

  /**
   * The name in languages other than Catalan (ES, EN, OC), beside the Catalan `name` that stays
   * the reference. A map rather than translation rows: these are short labels always read with
   * the item, and rows saved before translations existed need no change (null means none).
   */
  @Property({ type: 'json', nullable: true })
  nameTranslations?: LocalizedText | null;
}
