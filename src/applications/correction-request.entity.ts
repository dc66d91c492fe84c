import { Entity, Index, ManyToOne, OneToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { NotificationEntity } from '../notifications/notification.entity';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { ApplicationEntity } from './application.entity';

/** One thing to correct or complete, optionally tied to a requirement or a document of the fitxa. */
export interface CorrectionItem {
  text: string;
  requirementCode: string | null;
  documentCode: string | null;
}

/**
 * A request to correct or complete an application (Llei 39/2015 art. 68), notified to the entity.
 * Its term, in business days, runs from the notification's effective instant (access or deemed
 * rejection); the maximum term to resolve is suspended meanwhile (art. 22.1.a, corrections.rules.ts).
 * The answer, signed and registered, closes it.
 */
@Entity({ tableName: 'correction_request' })
@Index({ properties: ['application', 'requestedAt'] })
export class CorrectionRequestEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @Property({ type: 'jsonb' })
  items!: CorrectionItem[];

  /** Business days to answer, from the notification's effective instant. */
  @Property({ type: 'smallint' })
  termDays!: number;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  /** NIF of the reviewer or admin who asked. */
  @Property({ type: 'string', length: 9 })
  requestedByNif!: string;

  @OneToOne(() => NotificationEntity, { owner: true, deleteRule: 'restrict', unique: true })
  notification!: NotificationEntity;

  /** The request as registered in the provider's outgoing book, once the registry has one. */
  @ManyToOne(() => RegistryEntryEntity, { nullable: true, deleteRule: 'restrict' })
  outgoingEntry?: RegistryEntryEntity | null;

  /** The signed answer as registered; null while unanswered. */
  @ManyToOne(() => RegistryEntryEntity, { nullable: true, deleteRule: 'restrict' })
  answerEntry?: RegistryEntryEntity | null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  /**
   * Calendar days the maximum term was suspended, once the suspension ended; set in the transaction
   * that moved the due dates by them (the answer, or the suspension job when the term ran out
   * unanswered), so it also marks the suspension as applied: it is applied once.
   */
  @Property({ type: 'smallint', nullable: true })
  suspendedDays?: number | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
