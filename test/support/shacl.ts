import { readFileSync } from 'node:fs';
import type SHACLValidator from 'rdf-validate-shacl' with { 'resolution-mode': 'import' };
import { cpsvApDocumentLoader, cpsvApFile } from '../../src/exports/json-ld/cpsv-ap-context';

type DatasetCore = ConstructorParameters<typeof SHACLValidator>[0];

// jsonld and n3 are CommonJS packages without type declarations (no @types/jsonld, @types/n3
// installed), so they are required with just the part of their API used here.
const jsonld: {
  toRDF(input: object, options: { format: 'application/n-quads'; documentLoader: typeof cpsvApDocumentLoader; safe: boolean }): Promise<string>;
} = require('jsonld');
const n3: {
  Parser: new (options: { format: string }) => { parse(input: string): unknown[] };
  Store: new (quads: unknown[]) => DatasetCore;
  DataFactory: { namedNode(iri: string): Parameters<DatasetCore['match']>[1] };
} = require('n3');

/**
 * The document as N-Quads, resolving contexts with the offline loader. Safe mode makes jsonld.js
 * throw instead of silently dropping what it cannot turn into RDF (an undefined term, a relative
 * IRI, a bad language tag), so the shapes see everything the document says.
 */
export function toNQuads(document: object): Promise<string> {
  return jsonld.toRDF(document, { format: 'application/n-quads', documentLoader: cpsvApDocumentLoader, safe: true });
}

const parseRdf = (text: string, format = 'application/n-quads') => new n3.Store(new n3.Parser({ format }).parse(text));

const SH = 'http://www.w3.org/ns/shacl#';
let shapes: DatasetCore | undefined;

/**
 * What a shape asked for, e.g. "sh:class …#Concept": the CPSV-AP shapes carry no sh:message, and
 * rdf-validate-shacl writes none for some core constraints (sh:class), so the parameter says what failed.
 * A core component's parameter is named after it (sh:ClassConstraintComponent → sh:class).
 */
function requirementOf(shape: Parameters<DatasetCore['match']>[0], component: string): string {
  const name = component.replace(SH, '').replace(/ConstraintComponent$/, '');
  const parameter = name.charAt(0).toLowerCase() + name.slice(1);
  const values = [...shapes!.match(shape, n3.DataFactory.namedNode(SH + parameter))].map((q) => q.object.value);
  return `sh:${parameter} ${values.join(', ')}`.trim();
}

/** Validates a JSON-LD document against the official CPSV-AP 3.2.0 SHACL shapes, offline. */
export async function validateCpsvAp(document: object): Promise<{ conforms: boolean; violations: string[] }> {
  // rdf-validate-shacl is ESM-only; this project compiles to CommonJS, where import() still works.
  const { default: Validator } = await import('rdf-validate-shacl');
  shapes ??= parseRdf(readFileSync(cpsvApFile('cpsv-ap-SHACL.ttl'), 'utf8'), 'text/turtle');
  const report = await new Validator(shapes).validate(parseRdf(await toNQuads(document)));
  const violations = report.results.map((result) => {
    const expected = requirementOf(result.sourceShape, result.sourceConstraintComponent.value);
    const value = result.value ? `, got ${result.value.value}` : '';
    const message = result.message.map((m) => ` (${m.value})`).join('');
    return `<${result.focusNode.value}> ${result.path?.value ?? '(node)'}: expected ${expected}${value}${message}`;
  });
  return { conforms: report.conforms, violations };
}
