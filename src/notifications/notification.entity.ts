import { Entity, Enum, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { ApplicationEntity } from '../applications/application.entity';
import { BaseEntity } from '../database/base.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { NotificationAct } from './notification-act';

/**
 * An act made available to the applying entity (Llei 39/2015 art. 40–43): made available at an
 * instant, then either accessed by a person acting for the entity or deemed rejected ten calendar
 * days later (notification.rules.ts). Never both: the first of the two is final, and the
 * applicant's terms run from it. `provider` is the application's, for the tenant filter.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['application', 'madeAvailableAt'] })
// The deemed-rejection job reads the unopened ones by age.
@Index({ name: 'notification_unopened_index', expression: 'create index "notification_unopened_index" on "notification" ("made_available_at") where "accessed_at" is null and "deemed_rejected_at" is null' })
export class NotificationEntity extends BaseEntity {
  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Enum({ items: () => NotificationAct, nativeEnumName: 'notification_act' })
  act!: NotificationAct;

  @Property({ type: 'timestamptz' })
  madeAvailableAt!: Date;

  /** When a person acting for the entity first opened it. */
  @Property({ type: 'timestamptz', nullable: true })
  accessedAt?: Date | null;

  /** NIF of that person (shown to who may read the application, like the applicant's). */
  @Property({ type: 'string', length: 9, nullable: true })
  accessedByNif?: string | null;

  /** The instant of the deemed rejection (art. 43.2), not when the job noticed it. */
  @Property({ type: 'timestamptz', nullable: true })
  deemedRejectedAt?: Date | null;

  /** The act itself, usually a PDF sealed by the provider; null when the act has no document. */
  @ManyToOne(() => StoredFileEntity, { deleteRule: 'restrict', nullable: true })
  document?: StoredFileEntity | null;

  /** Id of the thing notified (e.g. the resolution or the request for corrections). */
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  /** A short summary for lists and announcements, with no personal data. */
  @Property({ type: 'jsonb' })
  summary: Record<string, unknown> & Opt = {};
}
