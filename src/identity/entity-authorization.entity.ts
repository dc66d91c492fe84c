import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';

/**
 * Lets a person with an individual certificate act for a local entity. Granted and revoked by
 * the entity's representatives; revocation keeps the row for the record.
 */
@Entity({ tableName: 'entity_authorization' })
@Index({ properties: ['granteeNif'] })
@Index({
  name: 'entity_authorization_active_unique',
  expression: 'create unique index "entity_authorization_active_unique" on "entity_authorization" ("local_entity_id", "grantee_nif") where "revoked_at" is null',
})
export class EntityAuthorizationEntity extends BaseEntity {
  @ManyToOne(() => LocalEntityEntity, { deleteRule: 'cascade' })
  localEntity!: LocalEntityEntity;

  @Property({ type: 'string', length: 9 })
  granteeNif!: string;

  @Property({ type: 'string', length: 200 })
  granteeName!: string;

  @Property({ type: 'string', length: 9 })
  grantedByNif!: string;

  @Property({ type: 'string', length: 200 })
  grantedByName!: string;

  @Property({ type: 'timestamptz' })
  grantedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 9, nullable: true })
  revokedByNif?: string | null;
}
