import { Entity, Enum, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { ProcedureStepKind } from './resource-enums';
import { ResourceItemEntity } from './resource-item.entity';

/** One step of "Com fer el tràmit", which also drives the application wizard. */
@Entity({ tableName: 'procedure_step' })
export class ProcedureStepEntity extends ResourceItemEntity {
  @Enum({ items: () => ProcedureStepKind, nativeEnumName: 'procedure_step_kind' })
  kind!: ProcedureStepKind;

  @Property({ type: 'jsonb' })
  title!: LocalizedText;
}
