import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { ResourceDocumentVersionEntity } from './resource-document-version.entity';
import { ResourceDocumentKind } from '../catalogue/resource-enums';
import { ResourceItemEntity } from '../catalogue/resource-item.entity';

/**
 * A document of the fitxa: conditions of access and use, agreement, data-processing contract,
 * form. `sha256`, `url` and `mediaType` describe its current version (`documentVersion`), which
 * is what an applicant accepts; earlier versions stay in `resource_document_version`.
 */
@Entity({ tableName: 'resource_document' })
export class ResourceDocumentEntity extends ResourceItemEntity {
  /** Stable within the resource across versions, e.g. "conditions". */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Enum({ items: () => ResourceDocumentKind, nativeEnumName: 'resource_document_kind' })
  kind!: ResourceDocumentKind;

  @Property({ type: 'jsonb' })
  title!: LocalizedText;

  /** Version label shown to people, e.g. "2023"; defaults to the version number. */
  @Property({ type: 'string', length: 32 })
  version!: string;

  @ManyToOne(() => ResourceDocumentVersionEntity, { deleteRule: 'restrict' })
  documentVersion!: ResourceDocumentVersionEntity;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 1000 })
  url!: string;

  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  /** The applicant must accept this exact version. */
  @Property({ type: 'boolean', default: false })
  mustAccept!: boolean;

  /** The applicant must attach a filled-in or signed copy. */
  @Property({ type: 'boolean', default: false })
  mustAttach!: boolean;

  /** The provider issues a signed copy to the entity when the application is accepted. */
  @Property({ type: 'boolean', default: false })
  signedCopyOnAcceptance!: boolean;
}
