import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from './application.entity';
import type { ChallengeText } from './resolution-challenge';
import { ResolutionKind } from './resolution-kind';

/**
 * A resolution on an application: what was decided, why, by which body and how it may be
 * challenged, issued as a PDF sealed by the provider (PAdES), registered in the outgoing book with
 * that PDF's SHA-256, and made available to the entity as a notification. Never changes.
 * `provider` is the application's, for the tenant filter.
 */
@Entity({ tableName: 'resolution' })
@Index({ properties: ['application', 'resolvedAt'] })
export class ResolutionEntity extends BaseEntity {
  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Enum({ items: () => ResolutionKind, nativeEnumName: 'resolution_kind' })
  kind!: ResolutionKind;

  @Property({ type: 'text' })
  reasons!: string;

  @Property({ type: 'string', length: 300 })
  competentBody!: string;

  /** The remedies as the document states them (resolution-challenge.ts), in the document's locale. */
  @Property({ type: 'jsonb' })
  challenge!: ChallengeText;

  /** The reviewer said the decision rests on facts the applicant did not bring (art. 82.4), so a hearing came first. */
  @Property({ type: 'boolean', default: false })
  restsOnOtherFacts!: boolean;

  @Property({ type: 'timestamptz' })
  resolvedAt!: Date;

  /** NIF of the reviewer or admin who resolved; null for resolutions the service issues by itself. */
  @Property({ type: 'string', length: 9, nullable: true })
  resolvedByNif?: string | null;

  /** The outgoing entry; its contentSha256 is the sealed PDF's. */
  @ManyToOne(() => RegistryEntryEntity, { deleteRule: 'restrict' })
  registryEntry!: RegistryEntryEntity;

  /** The sealed PDF. */
  @ManyToOne(() => StoredFileEntity, { deleteRule: 'restrict' })
  document!: StoredFileEntity;

  @ManyToOne(() => NotificationEntity, { deleteRule: 'restrict' })
  notification!: NotificationEntity;
}
