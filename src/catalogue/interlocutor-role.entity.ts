import { Entity, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { ResourceItemEntity } from './resource-item.entity';

/** A role the applicant must designate a person for (persones interlocutores). */
@Entity({ tableName: 'interlocutor_role' })
export class InterlocutorRoleEntity extends ResourceItemEntity {
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'jsonb' })
  name!: LocalizedText;

  @Property({ type: 'boolean', default: true })
  required!: boolean;
}
