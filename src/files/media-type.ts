/**
 * Media type detection from a file's own bytes ("magic numbers"); the client's Content-Type and
 * the file name's extension are never trusted.
 *
 * Written here rather than taken from the `file-type` package: its current versions are ESM-only
 * (this service compiles to CommonJS), it recognises hundreds of formats when five are allowed, and
 * it needs the whole ZIP to tell OOXML formats apart. The rules, deliberately small:
 *
 * - PDF: starts with `%PDF-`.
 * - PNG: starts with the 8-byte PNG signature.
 * - JPEG: starts with `FF D8 FF` (start of image, then any marker).
 * - ODT and DOCX are ZIP containers (`PK\x03\x04` at offset 0):
 *   - ODT: its first entry is the uncompressed `mimetype` file holding exactly
 *     `application/vnd.oasis.opendocument.text`, as the OpenDocument specification requires
 *     (ODF 1.2 part 3, §3.3).
 *   - DOCX: among the entry names it has `[Content_Types].xml` and at least one name under
 *     `word/`. Names are read from the local file headers in the first bytes of the file and
 *     from the central directory headers in its last bytes (see HEAD_BYTES, TAIL_BYTES), which
 *     covers ordinary documents without unzipping anything.
 *   Other ZIPs (XLSX, ODS, plain archives…) are refused.
 *
 * Detection proves the container, not that the document is well formed or harmless.
 */

export const ALLOWED_MEDIA_TYPES = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
} as const;

export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[keyof typeof ALLOWED_MEDIA_TYPES];

/** For messages: "PDF, DOCX, ODT, PNG, JPEG". */
export const ALLOWED_FORMAT_NAMES = Object.keys(ALLOWED_MEDIA_TYPES).join(', ');

/** How much of the start and of the end of a file detection looks at. */
export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 64 * 1024;

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const ODT_MIMETYPE = Buffer.from(ALLOWED_MEDIA_TYPES.ODT, 'latin1');

/** The longest signature above: once this many bytes are in, a hopeless file can be refused early. */
export const SIGNATURE_BYTES = PNG.length;

const startsWith = (bytes: Buffer, prefix: Buffer) => bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);

/**
 * False when the first bytes already rule out every allowed type, so an upload can be stopped
 * before it is read whole. Needs at least SIGNATURE_BYTES bytes (or the whole file if shorter).
 */
export function mayBeAllowed(head: Buffer): boolean {
  const prefix = (signature: Buffer) => head.subarray(0, signature.length).equals(signature.subarray(0, Math.min(signature.length, head.length)));
  return [PDF, PNG, JPEG, ZIP_LOCAL_HEADER].some(prefix);
}

/**
 * The allowed media type of a file, or null when it is none of them.
 * @param head the file's first bytes (up to HEAD_BYTES; the whole file when it is smaller)
 * @param tail the file's last bytes (up to TAIL_BYTES); may overlap `head` or be empty
 */
export function detectMediaType(head: Buffer, tail: Buffer = Buffer.alloc(0)): AllowedMediaType | null {
  if (startsWith(head, PDF)) return ALLOWED_MEDIA_TYPES.PDF;
  if (startsWith(head, PNG)) return ALLOWED_MEDIA_TYPES.PNG;
  if (startsWith(head, JPEG)) return ALLOWED_MEDIA_TYPES.JPEG;
  if (startsWith(head, ZIP_LOCAL_HEADER)) {
    if (isOpenDocumentText(head)) return ALLOWED_MEDIA_TYPES.ODT;
    const names = new Set([...localEntryNames(head), ...centralEntryNames(tail)]);
    if (names.has('[Content_Types].xml') && [...names].some((name) => name.startsWith('word/'))) return ALLOWED_MEDIA_TYPES.DOCX;
  }
  return null;
}

/** The first local file header is `mimetype`, stored (method 0), holding the ODT media type. */
function isOpenDocumentText(head: Buffer): boolean {
  if (head.length < 30) return false;
  const method = head.readUInt16LE(8);
  const compressedSize = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const name = head.subarray(30, 30 + nameLength).toString('latin1');
  if (name !== 'mimetype' || method !== 0 || compressedSize !== ODT_MIMETYPE.length) return false;
  const start = 30 + nameLength + extraLength;
  return head.subarray(start, start + ODT_MIMETYPE.length).equals(ODT_MIMETYPE);
}

/**
 * Names in the local file headers found in `bytes`. Scans for the signature rather than walking
 * entry by entry, because entries written with a data descriptor do not state their size up front.
 */
function localEntryNames(bytes: Buffer): string[] {
  return scanHeaders(bytes, ZIP_LOCAL_HEADER, 30, 26);
}

/** Names in the central directory headers found in `bytes` (the end of the file). */
function centralEntryNames(bytes: Buffer): string[] {
  return scanHeaders(bytes, ZIP_CENTRAL_HEADER, 46, 28);
}

function scanHeaders(bytes: Buffer, signature: Buffer, fixedLength: number, nameLengthOffset: number): string[] {
  const names: string[] = [];
  let at = bytes.indexOf(signature);
  while (at !== -1 && at + fixedLength <= bytes.length) {
    const nameLength = bytes.readUInt16LE(at + nameLengthOffset);
    if (nameLength > 0 && nameLength <= 1024 && at + fixedLength + nameLength <= bytes.length) {
      names.push(bytes.subarray(at + fixedLength, at + fixedLength + nameLength).toString('utf8'));
    }
    at = bytes.indexOf(signature, at + signature.length);
  }
  return names;
}
