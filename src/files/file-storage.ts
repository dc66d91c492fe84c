import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';

/**
 * Where file contents live, addressed by their SHA-256 (lowercase hex). Rows in `stored_file`
 * describe uploads; identical contents are stored once. A local folder is the default; an
 * S3-compatible store can implement the same interface later.
 */
export interface FileStorage {
  /** Starts receiving new content. Nothing is visible under any hash until `commit`. */
  createUpload(): Promise<PendingUpload>;
  /** The stored content, or null when nothing is stored under this hash. */
  read(sha256: string): Promise<{ stream: Readable; size: number } | null>;
}

export interface PendingUpload {
  /** Write the content here; `commit` may be called once it has finished. */
  readonly stream: Writable;
  /**
   * Makes the written content readable under `sha256`, which the caller computed while
   * writing. All or nothing: readers see the whole content or none of it.
   */
  commit(sha256: string): Promise<void>;
  /** Drops uncommitted content; safe to call at any time and more than once (no-op after commit). */
  discard(): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`Not a lowercase hexadecimal SHA-256: "${String(sha256).slice(0, 80)}"`);
}

/**
 * Content-addressed files under a local folder: `<root>/<first two hex digits>/<sha256>`.
 * Uploads are written to `<root>/tmp/` (the same file system), flushed to disk, then renamed into
 * place, so a crash or a failed upload never leaves a partial file under a hash. Committing
 * content that is already stored replaces it with identical bytes.
 */
export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async createUpload(): Promise<PendingUpload> {
    const temporaryFolder = path.join(this.root, 'tmp');
    await mkdir(temporaryFolder, { recursive: true, mode: 0o700 });
    const temporaryPath = path.join(temporaryFolder, `${randomUUID()}.part`);
    // The file exists before the stream does, so discarding can never race its creation.
    const handle = await open(temporaryPath, 'wx', 0o600);
    const stream = handle.createWriteStream();
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    let state: 'open' | 'committed' | 'discarded' = 'open';
    return {
      stream,
      commit: async (sha256: string) => {
        if (state !== 'open') throw new Error(`Upload already ${state}`);
        const target = this.pathOf(sha256);
        if (!stream.writableFinished) throw new Error('Upload stream has not finished');
        await closed;
        const written = await open(temporaryPath, 'r');
        try {
          await written.sync();
        } finally {
          await written.close();
        }
        await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
        await rename(temporaryPath, target);
        state = 'committed';
      },
      discard: async () => {
        if (state !== 'open') return;
        state = 'discarded';
        stream.destroy();
        await closed;
        await rm(temporaryPath, { force: true });
      },
    };
  }

  async read(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    let handle;
    try {
      handle = await open(this.pathOf(sha256), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
}
