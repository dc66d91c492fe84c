import { createHash, Hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { FileStorage, PendingUpload } from './file-storage';
import { sanitizeFilename } from './file-name';
import {
  ALLOWED_FORMAT_NAMES, ALLOWED_MEDIA_TYPES, AllowedMediaType, detectMediaType, HEAD_BYTES, mayBeAllowed, SIGNATURE_BYTES, TAIL_BYTES,
} from './media-type';

/** An upload the service refuses: HTTP status, message and extensions for the error response. */
export class UploadRefusal extends Error {
  constructor(readonly status: 400 | 413 | 415, message: string, readonly extensions: Record<string, unknown> = {}) {
    super(message);
  }
}

const badRequest = (message: string) => new UploadRefusal(400, message);
export const tooLarge = (maxBytes: number) =>
  new UploadRefusal(413, `The file is larger than the limit of ${formatBytes(maxBytes)}`, { maxBytes });
const notAllowed = () => new UploadRefusal(415, `This type of file is not accepted; send one of: ${ALLOWED_FORMAT_NAMES}`,
  { allowedMediaTypes: Object.values(ALLOWED_MEDIA_TYPES) });

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** A file received whole and written to storage, not committed yet. */
export interface ReceivedUpload {
  pending: PendingUpload;
  sha256: string;
  size: number;
  mediaType: AllowedMediaType;
  filename: string;
}

/**
 * Hashes and counts the bytes that pass, keeps the first and last bytes for media type
 * detection, and fails as soon as the size limit is passed or the first bytes rule out every
 * allowed type. Memory use is bounded by HEAD_BYTES + TAIL_BYTES, whatever the file's size.
 */
class FileInspector extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  size = 0;
  sha256 = '';
  mediaType: AllowedMediaType | null = null;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return callback(tooLarge(this.maxBytes));
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
      if (this.head.length >= SIGNATURE_BYTES && !mayBeAllowed(this.head)) return callback(notAllowed());
    }
    this.tail = chunk.length >= TAIL_BYTES
      ? Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES))
      : Buffer.concat([this.tail.subarray(Math.max(0, this.tail.length + chunk.length - TAIL_BYTES)), chunk]);
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.size === 0) return callback(badRequest('The file is empty'));
    this.mediaType = detectMediaType(this.head, this.tail);
    if (!this.mediaType) return callback(notAllowed());
    this.sha256 = this.hash.digest('hex');
    callback();
  }
}

/**
 * Reads a `multipart/form-data` request holding exactly one file part (any field name; `file`
 * is customary; other text fields are ignored) and streams the file into storage while hashing
 * it. Rejects with an UploadRefusal for anything the client can fix; on any failure nothing is
 * left behind (the temporary content is discarded) and the rest of the request body is drained.
 * The caller commits or discards the returned upload.
 */
export function receiveUpload(request: IncomingMessage, options: { maxBytes: number; storage: FileStorage }): Promise<ReceivedUpload> {
  const { maxBytes, storage } = options;
  if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
    return Promise.reject(badRequest('Send the file as multipart/form-data with one file part'));
  }
  const declaredLength = Number(request.headers['content-length']);
  // The multipart envelope adds a few hundred bytes; far more than that is certainly too large.
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes + 64 * 1024) return Promise.reject(tooLarge(maxBytes));

  return new Promise<ReceivedUpload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 20, fieldSize: 8 * 1024, parts: 25, headerPairs: 20, fileSize: maxBytes + 1 },
      });
    } catch {
      reject(badRequest('Malformed multipart/form-data request (no boundary)'));
      return;
    }
    let settled = false;
    let pending: PendingUpload | undefined;
    let inspector: FileInspector | undefined;
    let received: Promise<ReceivedUpload> | undefined;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      request.unpipe(parser);
      // Reading on (and discarding) lets the client finish sending and then read the answer.
      request.resume();
      inspector?.destroy();
      // Answer only once the temporary content is gone, even if it is still being created.
      const cleanUp = async () => {
        await received?.catch(() => undefined);
        await pending?.discard();
      };
      cleanUp().then(() => reject(error), () => reject(error));
    };

    parser.on('file', (_field, stream, info) => {
      if (received) {
        stream.resume();
        return fail(badRequest('Send exactly one file per request'));
      }
      inspector = new FileInspector(maxBytes);
      const currentInspector = inspector;
      stream.once('limit', () => fail(tooLarge(maxBytes)));
      // A broken body fails the parser (handled below) and also this stream, possibly before the
      // pipeline listens to it.
      stream.on('error', () => undefined);
      received = (async () => {
        const upload = await storage.createUpload();
        if (settled) {
          await upload.discard();
          throw new Error('Upload abandoned');
        }
        pending = upload;
        await pipeline(stream, currentInspector, upload.stream);
        return { pending: upload, sha256: currentInspector.sha256, size: currentInspector.size, mediaType: currentInspector.mediaType!, filename: sanitizeFilename(info.filename) };
      })();
      received.catch(fail);
    });
    parser.on('filesLimit', () => fail(badRequest('Send exactly one file per request')));
    parser.on('partsLimit', () => fail(badRequest('Too many parts in the multipart/form-data request')));
    parser.on('fieldsLimit', () => fail(badRequest('Too many fields in the multipart/form-data request')));
    parser.on('error', (error: Error) => fail(badRequest(`Malformed multipart/form-data request: ${error.message}`)));
    parser.on('close', () => {
      if (!received) return fail(badRequest('The request has no file part'));
      received.then((upload) => {
        if (settled) return;
        settled = true;
        resolve(upload);
      }, fail);
    });
    request.on('aborted', () => fail(badRequest('The upload was interrupted')));
    request.on('error', (error) => fail(error));
    request.pipe(parser);
  });
}
