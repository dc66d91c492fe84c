import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One upload: who sent which content under which name. The bytes live in the file storage under
 * `sha256` (src/files/file-storage.ts); several rows may share them. Rows never change, hence no
 * `updatedAt`. A later issue binds files to applications and resources.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['sha256'] })
export class StoredFileEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lowercase hexadecimal SHA-256 of the content; also its ETag. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Size in bytes. */
  @Property({ type: new BigIntType('number') })
  size!: number;

  /** Detected from the content, never taken from the client. */
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  /** The name the client gave, sanitized (src/files/file-name.ts). */
  @Property({ type: 'string', length: 255 })
  filename!: string;

  /** The uploader's stable user id (`sub`) and NIF. */
  @Property({ type: 'string', length: 300 })
  uploaderSubject!: string;

  @Property({ type: 'string', length: 9 })
  uploaderNif!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
