import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from './application.entity';
import { HearingPurpose } from './hearing-purpose';

/**
 * A hearing of the applying entity (tràmit d'audiència, Llei 39/2015 art. 82): the facts and
 * reasons put to it, its term in business days, the notice (registered outgoing and notified),
 * and, once they come, its allegations (signed and registered incoming). Whether it is concluded
 * is computed (hearing.rules.ts): allegations in, or the term, which runs from the notification's
 * effect, over. `provider` is the application's, for the tenant filter.
 */
@Entity({ tableName: 'hearing' })
@Index({ properties: ['application', 'openedAt'] })
export class HearingEntity extends BaseEntity {
  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @Enum({ items: () => HearingPurpose, nativeEnumName: 'hearing_purpose' })
  purpose!: HearingPurpose;

  /** The facts and reasons the entity is heard on, as the reviewer wrote them (the notice states them). */
  @Property({ type: 'text' })
  reasons!: string;

  /** Business days to make allegations, 10–15 (art. 82.2). */
  @Property({ type: 'smallint' })
  termDays!: number;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  /** NIF of the reviewer who opened it; null when the service opened it as part of another act. */
  @Property({ type: 'string', length: 9, nullable: true })
  openedByNif?: string | null;

  /** The notice as registered in the provider's outgoing book. */
  @ManyToOne(() => RegistryEntryEntity, { deleteRule: 'restrict' })
  noticeEntry!: RegistryEntryEntity;

  /** The notice as made available to the entity; the term runs from its effect. */
  @ManyToOne(() => NotificationEntity, { deleteRule: 'restrict' })
  notification!: NotificationEntity;

  /** The allegations as registered in the incoming book; null until they come. */
  @ManyToOne(() => RegistryEntryEntity, { deleteRule: 'restrict', nullable: true })
  allegationsEntry?: RegistryEntryEntity | null;

  /** What the entity alleged (its signed statement). */
  @Property({ type: 'text', nullable: true })
  allegationsStatement?: string | null;
}
