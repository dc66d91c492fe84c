import { createHash } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { Config } from '../config';
import { FileStorage, LocalFileStorage } from './file-storage';
import { StoredFileEntity } from './stored-file.entity';

/** The storage the file routes serve from (the same folder, so GET /files/{id} finds what is written here). */
export const fileStorageFor = (config: Pick<Config, 'files'>): FileStorage => new LocalFileStorage(config.files.directory);

/**
 * Stores a document the service itself produced (a sealed resolution, notice or copy) and
 * describes it in `stored_file` inside the caller's transaction. The "uploader" is the provider
 * that issues it (`provider:<slug>`, the provider's NIF), which no person's token carries, so
 * nobody reads it as their own upload: readers get signed links from the fields that show it to
 * those who may read the application. Content is committed before the row: a rolled-back
 * transaction leaves whole, unreachable content under its hash, as a failed upload does.
 */
export async function storeGeneratedFile(
  context: { config: Pick<Config, 'files'> }, em: EntityManager,
  input: { bytes: Buffer; filename: string; mediaType: string; issuer: { slug: string; nif: string }; at: Date },
): Promise<StoredFileEntity> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const pending = await fileStorageFor(context.config).createUpload();
  try {
    pending.stream.end(input.bytes);
    await finished(pending.stream);
    await pending.commit(sha256);
  } catch (error) {
    await pending.discard();
    throw error;
  }
  return em.create(StoredFileEntity, {
    sha256, size: input.bytes.length, mediaType: input.mediaType, filename: input.filename,
    uploaderSubject: `provider:${input.issuer.slug}`, uploaderNif: input.issuer.nif, createdAt: input.at,
  });
}
