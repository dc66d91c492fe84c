import { Entity, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { ResourceItemEntity } from './resource-item.entity';

/** A service the applicant can select (serveis seleccionables). */
@Entity({ tableName: 'service_option' })
export class ServiceOptionEntity extends ResourceItemEntity {
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'jsonb' })
  name!: LocalizedText;

  /** The provider recommends selecting it. */
  @Property({ type: 'boolean', default: false })
  recommended!: boolean;
}
