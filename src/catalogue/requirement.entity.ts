import { Entity, Enum, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { RequirementVerification } from './resource-enums';
import { ResourceItemEntity } from './resource-item.entity';

/** A requisit de concessió and how it is checked. */
@Entity({ tableName: 'requirement' })
export class RequirementEntity extends ResourceItemEntity {
  /**
   * Stable within the resource across saves (rows are rewritten on every save), so that facts
   * staff record about an entity, and declarations, keep naming the same requirement.
   */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'jsonb' })
  text!: LocalizedText;

  @Enum({ items: () => RequirementVerification, nativeEnumName: 'requirement_verification' })
  verification!: RequirementVerification;

  /** For DOCUMENT_ACCEPTANCE: the code of the document to accept. */
  @Property({ type: 'string', length: 64, nullable: true })
  documentCode?: string | null;
}
