import { ArrayType, 
  Cascade, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, Property, Unique,
} from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { LocalizedText } from '../i18n/locale';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationWindowEntity } from './application-window.entity';
import { InterlocutorRoleEntity } from './interlocutor-role.entity';
import { LegalReferenceEntity } from './legal-reference.entity';
import { ProcedureStepEntity } from './procedure-step.entity';
import { QualityCommitmentEntity } from './quality-commitment.entity';
import { SurveyQuestionEntity } from './survey-question.entity';
import { RequirementEntity } from './requirement.entity';
import { ResourceDocumentEntity } from '../documents/resource-document.entity';
import {
  ChannelKind, GrantProcedure, ProvisionType, ResourceKind, ResourceStatus, SilenceEffect, TermUnit,
} from './resource-enums';
import { ResourceTranslationEntity } from './resource-translation.entity';
import { ServiceOptionEntity } from './service-option.entity';

/**
 * A fitxa: the working (draft) content of a resource. What the public sees is the compiled
 * snapshot in `published_resource`, written when the fitxa is published.
 */
@Entity({ tableName: 'resource' })
@Unique({ properties: ['provider', 'code'] })
@Index({ properties: ['provider', 'status'] })
export class ResourceEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  /** Codi recurs, unique per provider. */
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Enum({ items: () => ResourceKind, nativeEnumName: 'resource_kind' })
  kind!: ResourceKind;

  @Enum({ items: () => ResourceStatus, nativeEnumName: 'resource_status' })
  status: ResourceStatus & Opt = ResourceStatus.DRAFT;

  /** Optimistic lock: every save increments it. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  /** Modalitat, e.g. "Realització de serveis i activitats". */
  @Property({ type: 'jsonb', nullable: true })
  modality?: LocalizedText | null;

  @Enum({ items: () => ProvisionType, nativeEnumName: 'provision_type', nullable: true })
  provisionType?: ProvisionType | null;

  /** Destinataris. */
  @Enum({ items: () => LocalEntityType, array: true, nativeEnumName: 'local_entity_type' })
  audience: LocalEntityType[] & Opt = [];

  /** UN Sustainable Development Goals (1–17). */
  @Property({ type: new ArrayType<number>((item) => Number(item)), columnType: 'int[]' })
  sdgs: number[] & Opt = [];

  @ManyToOne(() => CatalogueEntity, { nullable: true, deleteRule: 'set null' })
  catalogue?: CatalogueEntity | null;

  @ManyToOne(() => AreaEntity, { nullable: true, deleteRule: 'set null' })
  area?: AreaEntity | null;

  @ManyToOne(() => ProgrammeEntity, { nullable: true, deleteRule: 'set null' })
  programme?: ProgrammeEntity | null;

  @ManyToOne(() => ProviderUnitEntity, { nullable: true, deleteRule: 'set null' })
  providerUnit?: ProviderUnitEntity | null;

  @Enum({ items: () => ChannelKind, nativeEnumName: 'channel_kind', nullable: true })
  channelKind?: ChannelKind | null;

  /** Channel name as shown, e.g. "Portal de tramitació (PMT)". */
  @Property({ type: 'jsonb', nullable: true })
  channelName?: LocalizedText | null;

  @Property({ type: 'string', length: 500, nullable: true })
  channelUrl?: string | null;

  @Enum({ items: () => GrantProcedure, nativeEnumName: 'grant_procedure', nullable: true })
  grantProcedure?: GrantProcedure | null;

  /** Termini màxim de resolució. */
  @Property({ type: 'integer', nullable: true })
  resolutionTermAmount?: number | null;

  @Enum({ items: () => TermUnit, nativeEnumName: 'term_unit', nullable: true })
  resolutionTermUnit?: TermUnit | null;

  @Enum({ items: () => SilenceEffect, nativeEnumName: 'silence_effect', nullable: true })
  silenceEffect?: SilenceEffect | null;

  /** Nombre màxim de sol·licituds per ens; null means no limit. */
  @Property({ type: 'integer', nullable: true })
  maxApplicationsPerEntity?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  firstPublishedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @OneToMany(() => ResourceTranslationEntity, (t) => t.resource, { cascade: [Cascade.ALL], orphanRemoval: true })
  translations = new Collection<ResourceTranslationEntity>(this);

  @OneToMany(() => RequirementEntity, (r) => r.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  requirements = new Collection<RequirementEntity>(this);

  @OneToMany(() => ResourceDocumentEntity, (d) => d.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  documents = new Collection<ResourceDocumentEntity>(this);

  @OneToMany(() => ServiceOptionEntity, (s) => s.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  serviceOptions = new Collection<ServiceOptionEntity>(this);

  @OneToMany(() => ApplicationWindowEntity, (w) => w.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { opensOn: 'asc' } })
  applicationWindows = new Collection<ApplicationWindowEntity>(this);

  @OneToMany(() => QualityCommitmentEntity, (q) => q.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  qualityCommitments = new Collection<QualityCommitmentEntity>(this);

  @OneToMany(() => SurveyQuestionEntity, (q) => q.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  survey = new Collection<SurveyQuestionEntity>(this);

  @OneToMany(() => LegalReferenceEntity, (l) => l.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  legalReferences = new Collection<LegalReferenceEntity>(this);

  @OneToMany(() => ProcedureStepEntity, (s) => s.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  procedureSteps = new Collection<ProcedureStepEntity>(this);

  @OneToMany(() => InterlocutorRoleEntity, (r) => r.resource, { cascade: [Cascade.ALL], orphanRemoval: true, orderBy: { position: 'asc' } })
  interlocutorRoles = new Collection<InterlocutorRoleEntity>(this);
}
