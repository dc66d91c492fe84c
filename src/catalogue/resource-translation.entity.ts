import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Locale } from '../i18n/locale';
import { ResourceEntity } from './resource.entity';

/** The fitxa's own text in one language. Catalan is required to publish. */
@Entity({ tableName: 'resource_translation' })
@Unique({ properties: ['resource', 'locale'] })
export class ResourceTranslationEntity extends BaseEntity {
  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  locale!: Locale;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The lead paragraph shown in lists. */
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  /** The body of the fitxa, in Markdown. */
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** "Altres condicions" of application, in Markdown. */
  @Property({ type: 'text', nullable: true })
  applicationConditions?: string | null;

  /** "Condicions d'execució i justificació", in Markdown. */
  @Property({ type: 'text', nullable: true })
  executionConditions?: string | null;

  /** What happens after a diagnosis finds deficiencies, up to revocation, in Markdown. */
  @Property({ type: 'text', nullable: true })
  revocationConditions?: string | null;

  /** "Després de fer el tràmit", in Markdown. */
  @Property({ type: 'text', nullable: true })
  afterApplication?: string | null;

  /** When the resolution term starts, as stated ("a partir de l'endemà de la presentació"). */
  @Property({ type: 'text', nullable: true })
  resolutionTermNote?: string | null;
}
