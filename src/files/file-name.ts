/** Longest stored file name, in characters. */
export const MAX_FILENAME_LENGTH = 255;
const FALLBACK_NAME = 'file';

/**
 * A client's file name made safe to store and to echo back in a header: the last path segment
 * only, Unicode NFC, no control or bidirectional-override characters, no leading dots, spaces
 * collapsed, at most 255 characters (the extension is kept when the name is cut). Never used as
 * a path: contents are stored by hash.
 */
export function sanitizeFilename(raw: string | undefined | null): string {
  let name = String(raw ?? '').normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    // C0 and C1 controls, DEL, bidirectional controls, zero-width and byte-order marks.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (!name) return FALLBACK_NAME;
  const characters = [...name];
  if (characters.length <= MAX_FILENAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? [...name.slice(dot)] : [];
  return characters.slice(0, MAX_FILENAME_LENGTH - extension.length).join('').trimEnd() + extension.join('');
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback `filename` and the exact name in
 * `filename*` (RFC 6266, RFC 8187).
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
