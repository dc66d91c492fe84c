import { createHash } from 'node:crypto';

type Canonicalize = (input: unknown) => string | undefined;

let loading: Promise<Canonicalize> | undefined;

/** `canonicalize` is published as ECMAScript modules only; loaded once, like jose (see identity/jose.ts). */
function loadCanonicalize(): Promise<Canonicalize> {
  loading ??= import('canonicalize').then((module) => module.default as Canonicalize);
  return loading;
}

/**
 * RFC 8785 (JCS) canonical JSON: what an applicant signs, byte for byte. Throws a TypeError for a
 * value JSON cannot represent (top-level undefined, NaN, Infinity, a BigInt, a lone surrogate, a
 * cycle): the value is the service's own data, so that is a programming error, not bad input.
 */
export async function canonicalJson(value: unknown): Promise<string> {
  const canonicalize = await loadCanonicalize();
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw new TypeError(`Cannot write canonical JSON: ${(error as Error).message}`);
  }
  if (text === undefined) throw new TypeError(`Cannot write canonical JSON for a value of type ${typeof value}`);
  return text;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes, to record or compare a signed document cheaply. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
