import { ArrayType,  Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ResourceKind } from './resource-enums';
import { ResourceSnapshot } from './resource-snapshot';
import { ResourceEntity } from './resource.entity';

/**
 * The published version of a fitxa: its compiled snapshot plus the columns the public
 * catalogue filters, searches and orders by. A row exists only while the fitxa is published.
 */
@Entity({ tableName: 'published_resource' })
@Index({ properties: ['provider', 'code'] })
@Index({ name: 'published_resource_search_index', expression: 'create index "published_resource_search_index" on "published_resource" using gin ("search_vector")' })
@Index({ name: 'published_resource_audience_index', expression: 'create index "published_resource_audience_index" on "published_resource" using gin ("audience")' })
@Index({ name: 'published_resource_windows_index', expression: 'create index "published_resource_windows_index" on "published_resource" using gist ("application_windows")' })
// Title order per locale, served by an index (see published_title_sort_key in the migrations).
@Index({ name: 'published_resource_title_ca_index', expression: `create index "published_resource_title_ca_index" on "published_resource" (published_title_sort_key("titles", 'CA'), "resource_id")` })
@Index({ name: 'published_resource_title_es_index', expression: `create index "published_resource_title_es_index" on "published_resource" (published_title_sort_key("titles", 'ES'), "resource_id")` })
@Index({ name: 'published_resource_title_en_index', expression: `create index "published_resource_title_en_index" on "published_resource" (published_title_sort_key("titles", 'EN'), "resource_id")` })
@Index({ name: 'published_resource_title_oc_index', expression: `create index "published_resource_title_oc_index" on "published_resource" (published_title_sort_key("titles", 'OC'), "resource_id")` })
export class PublishedResourceEntity {
  @OneToOne(() => ResourceEntity, { primary: true, deleteRule: 'cascade', fieldName: 'resource_id' })
  resource!: ResourceEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => ResourceKind, nativeEnumName: 'resource_kind' })
  kind!: ResourceKind;

  @Enum({ items: () => LocalEntityType, array: true, nativeEnumName: 'local_entity_type' })
  audience!: LocalEntityType[];

  @Property({ type: new ArrayType<number>((item) => Number(item)), columnType: 'int[]' })
  sdgs!: number[];

  @Property({ type: 'string', length: 64, nullable: true })
  areaCode?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  programmeCode?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  catalogueCode?: string | null;

  /** Every application window as one multirange of days, so "open on" is one indexed test. */
  @Property({ type: 'string', columnType: 'datemultirange', default: '{}' })
  applicationWindows!: string;

  /** The last day of the latest application window. */
  @Property({ type: 'date', nullable: true })
  applicationDeadline?: string | null;

  /** Title per locale, for ordering in the reader's language. */
  @Property({ type: 'jsonb' })
  titles!: Partial<Record<Locale, string>>;

  @Property({ type: 'string', columnType: 'tsvector', nullable: true, lazy: true })
  searchVector?: string | null;

  @Property({ type: 'jsonb', lazy: true })
  snapshot!: ResourceSnapshot;

  @Property({ type: 'timestamptz' })
  publishedAt!: Date;

  @Property({ type: 'timestamptz' })
  firstPublishedAt!: Date;
}
