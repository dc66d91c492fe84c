import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { StoredFileEntity } from '../files/stored-file.entity';
import type { ResourceEntity } from '../catalogue/resource.entity';

/**
 * One version of a fitxa's document: its content (by SHA-256) the day it was bound. Rows never
 * change except to note the first publication. A new version is created whenever a save gives a
 * document other content than its current version, so an application keeps pointing at exactly
 * what the applicant accepted while the fitxa moves on.
 */
@Entity({ tableName: 'resource_document_version' })
@Unique({ properties: ['resource', 'code', 'number'] })
@Index({ properties: ['file'] })
export class ResourceDocumentVersionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ResourceEntity', { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  /** The document's code within the fitxa, stable across versions. */
  @Property({ type: 'string', length: 64 })
  code!: string;

  /** 1, 2, 3… per document. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  /** The uploaded content; null for a document published elsewhere (then `externalUrl`). */
  @ManyToOne(() => StoredFileEntity, { nullable: true, deleteRule: 'restrict' })
  file?: StoredFileEntity | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  externalUrl?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** Set when a publication first showed this version; from then on anyone may download it. */
  @Property({ type: 'timestamptz', nullable: true })
  firstPublishedAt?: Date | null;
}
