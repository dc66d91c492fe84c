import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ApplicationEntity } from './application.entity';

/** What happened to an application, in order: started, each step, submitted, withdrawn. */
@Entity({ tableName: 'application_event' })
@Index({ properties: ['application', 'occurredAt'] })
export class ApplicationEventEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  /** e.g. "started", "servicesSelected", "submitted". */
  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'string', length: 9 })
  actorNif!: string;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'jsonb' })
  details: Record<string, unknown> & Opt = {};
}
