import {
  Entity, Enum, Index, ManyToOne, Property,
} from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { ApplicationEntity } from './application.entity';
import { HearingEntity } from './hearing.entity';
import { ResolutionEntity } from './resolution.entity';
import { RevocationOutcome } from './revocation-outcome';

/**
 * A revocation procedure on a granted application (fitxa 111219): the provider's diagnosis
 * (deficiencies, measures, the day by which the entity must remedy them) opens it, the entity is
 * heard, and it ends by resolution (REVOKED or CLOSED) or lapses when 3 months pass unresolved
 * (Llei 39/2015 art. 25.1.b). An application may go through several over its life, one at a time:
 * the partial unique index allows one open procedure per application.
 */
@Entity({ tableName: 'revocation' })
@Index({ properties: ['application', 'openedAt'] })
@Index({ name: 'revocation_one_open_per_application', expression: 'create unique index "revocation_one_open_per_application" on "revocation" ("application_id") where "closed_at" is null' })
@Index({ name: 'revocation_open_lapses_at_index', expression: 'create index "revocation_open_lapses_at_index" on "revocation" ("lapses_at") where "closed_at" is null' })
export class RevocationEntity extends BaseEntity {
  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  /** The application's provider, for the tenant filter. */
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  /** What the diagnosis found wanting, one item per deficiency. */
  @Property({ type: 'jsonb' })
  deficiencies!: string[];

  /** What the entity must do to remedy them. */
  @Property({ type: 'jsonb' })
  measures!: string[];

  /** The calendar day by which the entity must have taken the measures. */
  @Property({ type: 'date' })
  deadline!: string;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'string', length: 9 })
  openedByNif!: string;

  /** The last day of the 3-month term to resolve (art. 21.3.a, 30.4, 30.5). */
  @Property({ type: 'date' })
  lastDayToResolve!: string;

  /** The instant the procedure lapses if still unresolved: the start of the day after `lastDayToResolve` in Catalonia. */
  @Property({ type: 'timestamptz' })
  lapsesAt!: Date;

  /** The hearing its opening started (art. 82): the notice of the diagnosis, registered outgoing and notified, and the allegations. */
  @ManyToOne(() => HearingEntity, { deleteRule: 'restrict', nullable: true })
  hearing?: HearingEntity | null;

  /** The resolution that ended it (REVOKED or CLOSED); null while open and for a lapse. */
  @ManyToOne(() => ResolutionEntity, { deleteRule: 'restrict', nullable: true })
  resolution?: ResolutionEntity | null;

  /** When it was resolved or declared lapsed; null while open. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** Who resolved it; null while open and for a lapse, which the service declares by itself. */
  @Property({ type: 'string', length: 9, nullable: true })
  closedByNif?: string | null;

  @Enum({ items: () => RevocationOutcome, nativeEnumName: 'revocation_outcome', nullable: true })
  outcome?: RevocationOutcome | null;

  /** The reasons of the resolution that ended it (revoking or closing). */
  @Property({ type: 'text', nullable: true })
  reasons?: string | null;

  /** The body that resolved it, e.g. "Presidència de la Diputació de Barcelona". */
  @Property({ type: 'string', length: 300, nullable: true })
  competentBody?: string | null;
}
