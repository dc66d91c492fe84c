import {
  Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, Property, Unique,
} from '@mikro-orm/core';
import type { SurveyQuestionSnapshot } from '../catalogue/resource-snapshot';
import { ResourceEntity } from '../catalogue/resource.entity';
import { BaseEntity } from '../database/base.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationAttachmentEntity } from './application-attachment.entity';
import { ApplicationStatus } from './application-status';
import { DocumentAcceptanceEntity } from './document-acceptance.entity';

export interface Interlocutor {
  roleCode: string;
  name: string;
  nif: string;
  email: string;
  phone: string | null;
}

/**
 * A local entity's application for a resource. Drafts are completed step by step; submission
 * signs, registers and seals it. The per-entity limit is a unique index over `slot`: submitting
 * claims slot 1…limit, so two submissions can never both take the last one.
 */
@Entity({ tableName: 'application' })
@Index({ properties: ['resource', 'localEntity'] })
@Index({ properties: ['provider', 'status'] })
@Unique({ name: 'application_slot_unique', properties: ['resource', 'localEntity', 'slot'] })
@Unique({ name: 'application_idempotency_unique', properties: ['submittedBySubject', 'idempotencyKey'] })
export class ApplicationEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @ManyToOne(() => ResourceEntity, { deleteRule: 'restrict' })
  resource!: ResourceEntity;

  @ManyToOne(() => LocalEntityEntity, { deleteRule: 'restrict' })
  localEntity!: LocalEntityEntity;

  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status: ApplicationStatus & Opt = ApplicationStatus.DRAFT;

  /** Optimistic lock: every change increments it. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  /** Who started it (`sub` and NIF of the token). */
  @Property({ type: 'string', length: 300 })
  startedBySubject!: string;

  @Property({ type: 'string', length: 9 })
  startedByNif!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  applicantName?: string | null;

  @Property({ type: 'string', length: 9, nullable: true })
  applicantNif?: string | null;

  /** Càrrec, e.g. "Alcaldessa". */
  @Property({ type: 'string', length: 200, nullable: true })
  applicantPosition?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  applicantEmail?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  applicantPhone?: string | null;

  /** Codes of the resource's service options. */
  @Property({ type: 'text[]' })
  selectedServices: string[] & Opt = [];

  /** Date of the entity's agreement (acord de l'òrgan competent), as a calendar day. */
  @Property({ type: 'date', nullable: true })
  agreementDate?: string | null;

  @Property({ type: 'jsonb' })
  interlocutors: Interlocutor[] & Opt = [];

  /** Codes of the DECLARATION requirements the applicant declares to meet. */
  @Property({ type: 'text[]' })
  declaredRequirements: string[] & Opt = [];

  @OneToMany(() => DocumentAcceptanceEntity, (a) => a.application, { orderBy: { documentCode: 'asc' } })
  acceptances = new Collection<DocumentAcceptanceEntity>(this);

  @OneToMany(() => ApplicationAttachmentEntity, (a) => a.application, { orderBy: { documentCode: 'asc' } })
  attachments = new Collection<ApplicationAttachmentEntity>(this);

  /** 1…limit while submitted; null for drafts, withdrawn ones, and resources without a limit. */
  @Property({ type: 'smallint', nullable: true })
  slot?: number | null;

  @Property({ type: 'string', length: 300, nullable: true })
  submittedBySubject?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  /** SHA-256 of what the submission carried, to tell a retry from a different request. */
  @Property({ type: 'string', length: 64, nullable: true })
  submissionFingerprint?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'date', nullable: true })
  resolutionDueDate?: string | null;

  @Property({ type: 'date', nullable: true })
  targetDueDate?: string | null;

  /** The receipt (justificant), sealed by the provider as a compact JWS. */
  @Property({ type: 'text', nullable: true })
  receiptJws?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  /**
   * The survey of the published fitxa the application was filed against, kept at submission:
   * the entity answers these questions after a grant, whatever the fitxa's survey says by then.
   * Null for applications submitted before surveys existed (they answer the survey published now).
   */
  @Property({ type: 'jsonb', nullable: true })
  survey?: SurveyQuestionSnapshot[] | null;
}
