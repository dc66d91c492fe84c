import { Entity, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { ApplicationEntity } from '../applications/application.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { BaseEntity } from '../database/base.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { ProviderEntity } from '../tenancy/provider.entity';

/**
 * A delay task: an application passed its fitxa's hard limit (3 months) without a decision, so its
 * causes and measures are owed to the entity within the communication term (5 business days). The
 * delay job writes it once per application (the unique application) at the breach; communicateDelay
 * completes it with the letter (registered outgoing, notified). The quality report counts the
 * BREACH_COMMUNICATED_WITHIN_TERM indicator from breached_at, communication_due_date and
 * communicated_at, so those columns keep their names. `provider` and `resource` are the
 * application's, for the tenant filter and the report.
 */
@Entity({ tableName: 'decision_delay' })
export class DecisionDelayEntity extends BaseEntity {
  @OneToOne(() => ApplicationEntity, { owner: true, unique: true, deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => ResourceEntity, { deleteRule: 'restrict', index: true })
  resource!: ResourceEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict', index: true })
  provider!: ProviderEntity;

  /** The first instant past the hard limit (decision-delay.rules.ts, decisionBreachMoment). */
  @Property({ type: 'timestamptz', index: true })
  breachedAt!: Date;

  /** The last day (in Catalonia) to communicate the causes and measures. */
  @Property({ type: 'date' })
  communicationDueDate!: string;

  /** When the communication was made available to the entity; null while it is pending. */
  @Property({ type: 'timestamptz', nullable: true })
  communicatedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  causes?: string | null;

  @Property({ type: 'text', nullable: true })
  measures?: string | null;

  /** The letter as made available to the entity. */
  @ManyToOne(() => NotificationEntity, { deleteRule: 'restrict', nullable: true })
  notification?: NotificationEntity | null;

  /** The letter as registered in the provider's outgoing book. */
  @ManyToOne(() => RegistryEntryEntity, { deleteRule: 'restrict', nullable: true })
  registryEntry?: RegistryEntryEntity | null;

  /** NIF of the reviewer or admin who communicated it. */
  @Property({ type: 'string', length: 9, nullable: true })
  communicatedByNif?: string | null;
}
