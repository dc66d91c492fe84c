import { Entity, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { ResourceItemEntity } from './resource-item.entity';

/** A rule of the normativa aplicable. */
@Entity({ tableName: 'legal_reference' })
export class LegalReferenceEntity extends ResourceItemEntity {
  @Property({ type: 'jsonb' })
  title!: LocalizedText;

  @Property({ type: 'string', length: 1000, nullable: true })
  url?: string | null;

  /** European Legislation Identifier, when the rule has one. */
  @Property({ type: 'string', length: 300, nullable: true })
  eli?: string | null;
}
