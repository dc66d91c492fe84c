import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The official CPSV-AP 3.2.0 JSON-LD context, named as `@context` by every fitxa export. */
export const CPSV_AP_CONTEXT_URL =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/**
 * The bundled CPSV-AP files (context, SHACL shapes, official example) in `standards/cpsv-ap-3.2.0/`
 * at the project root. tsc copies no JSON-LD or Turtle into dist/, so they are read from the source
 * tree: this file compiles to dist/src/catalogue/json-ld/, four levels below the root.
 */
export const CPSV_AP_DIRECTORY = resolve(__dirname, '../../../..', 'standards', 'cpsv-ap-3.2.0');

export const cpsvApFile = (name: 'cpsv-ap.jsonld' | 'cpsv-ap-SHACL.ttl' | 'example-rdf_public_service.jsonld') =>
  resolve(CPSV_AP_DIRECTORY, name);

/** What a jsonld.js document loader resolves to. */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}

let bundledContext: string | undefined;

/**
 * A jsonld.js `documentLoader` that works offline: it serves the bundled copy of the CPSV-AP
 * context for its official URL and refuses every other URL, so processing a document never
 * reaches the network (production machines have no internet, and a remote context could change
 * what a document means).
 */
export async function cpsvApDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url !== CPSV_AP_CONTEXT_URL) {
    throw new Error(`Refusing to load ${url}: only the bundled CPSV-AP 3.2.0 context is served offline`);
  }
  bundledContext ??= readFileSync(cpsvApFile('cpsv-ap.jsonld'), 'utf8');
  // A fresh object each time: the processor must not be able to alter the cached copy.
  return { contextUrl: null, documentUrl: url, document: JSON.parse(bundledContext) };
}
