import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { ApplicationEntity } from '../applications/application.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { BaseEntity } from '../database/base.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { SurveyAnswerEntity } from './survey-answer.entity';

/**
 * A local entity's answer to a fitxa's survey, once per application (the unique index decides
 * between concurrent submissions), after a grant. Written once and never changed (a trigger
 * refuses updates). `provider` is the application's, for the tenant filter: the provider's staff
 * see the responses to their own fitxes only. The quality report computes from these columns and
 * those of survey_answer (src/quality/).
 */
@Entity({ tableName: 'survey_response' })
@Unique({ name: 'survey_response_application_unique', properties: ['application'] })
@Index({ properties: ['provider', 'submittedAt'] })
@Index({ properties: ['resource', 'submittedAt'] })
export class SurveyResponseEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @ManyToOne(() => ResourceEntity, { deleteRule: 'restrict' })
  resource!: ResourceEntity;

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => LocalEntityEntity, { deleteRule: 'restrict' })
  localEntity!: LocalEntityEntity;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  /** NIF of the person who answered for the entity. */
  @Property({ type: 'string', length: 9 })
  submittedByNif!: string;

  @OneToMany(() => SurveyAnswerEntity, (a) => a.response, { orderBy: { position: 'asc' } })
  answers = new Collection<SurveyAnswerEntity>(this);
}
