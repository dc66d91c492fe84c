import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { executeCodegen } from '@graphql-codegen/cli';
import { Kind, parse, print, separateOperations, type OperationDefinitionNode } from 'graphql';

/**
 * Compiles the front ends' operations (test/operations) the way a front end does: GraphQL Code
 * Generator's client preset turns them into typed documents against the schema, then
 * `tsc --strict --noEmit` checks the generated code together with test/operations/usage.ts, which
 * uses the results and variables as screens do. An operation that no longer matches the schema
 * fails the first step; a change of a field's type or nullability that breaks a screen fails the
 * second.
 */

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const OPERATIONS_DIR = path.join(ROOT, 'test', 'operations');
export const SCHEMA_SDL = path.join(ROOT, 'schema', 'schema.graphql');
const USAGE_FILE = 'usage.ts';

export interface CompileResult {
  ok: boolean;
  /** The step that failed. */
  failedAt?: 'codegen' | 'tsc';
  /** What the failing step said. */
  output: string;
}

/** The scalars of the schema as a front end receives them in JSON. */
const SCALARS = { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' };

export async function compileOperations(options: { operationsDir?: string; schemaFile?: string } = {}): Promise<CompileResult> {
  const operationsDir = options.operationsDir ?? OPERATIONS_DIR;
  const work = await mkdtemp(path.join(tmpdir(), 'front-end-operations-'));
  try {
    // executeCodegen rather than generate: it returns the files and the error instead of logging.
    const { result: files, error } = await executeCodegen({
      schema: options.schemaFile ?? SCHEMA_SDL,
      documents: [path.join(operationsDir, '**', '*.graphql')],
      generates: {
        [path.join(work, 'generated') + path.sep]: {
          preset: 'client',
          // Screens here read fragments' fields directly; masking would only add useFragment calls.
          presetConfig: { fragmentMasking: false },
          // A new scalar must be mapped here on purpose, as every front end would have to.
          config: { strictScalars: true, scalars: SCALARS },
        },
      },
      silent: true,
    });
    if (error) return { ok: false, failedAt: 'codegen', output: describeCodegenError(error) };
    await mkdir(path.join(work, 'generated'));
    for (const file of files) await writeFile(file.filename, file.content);
    await copyFile(path.join(operationsDir, USAGE_FILE), path.join(work, USAGE_FILE));
    // The generated code imports @graphql-typed-document-node/core, as a front end's would.
    await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    await writeFile(path.join(work, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023'],
        types: [], skipLibCheck: true, noUnusedLocals: false, exactOptionalPropertyTypes: false,
      },
      include: [USAGE_FILE, 'generated/*.ts'],
    }, null, 2));
    try {
      await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', work, '--strict', '--noEmit', '--pretty', 'false'], { cwd: work });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      // tsc names files by their temporary path; name them as in the repository instead.
      const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() || failed.message;
      return { ok: false, failedAt: 'tsc', output: output.split(work + path.sep).join('') };
    }
    return { ok: true, output: '' };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Codegen throws an aggregate whose details sit in nested errors; keep the GraphQL messages. */
function describeCodegenError(error: unknown): string {
  const messages: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || depth > 4) return;
    if (typeof value === 'object') {
      const item = value as { message?: unknown; details?: unknown; errors?: unknown; source?: { name?: string } };
      if (typeof item.message === 'string') messages.push(item.source?.name ? `${item.source.name}: ${item.message}` : item.message);
      if (typeof item.details === 'string') messages.push(item.details);
      if (Array.isArray(item.errors)) for (const nested of item.errors) visit(nested, depth + 1);
    }
  };
  visit(error, 0);
  return [...new Set(messages)].join('\n') || String(error);
}

/** Every .graphql file under the folder, by path relative to it. */
export async function operationFiles(operationsDir = OPERATIONS_DIR): Promise<string[]> {
  const entries = await readdir(operationsDir, { recursive: true });
  return entries.map(String).filter((file) => file.endsWith('.graphql')).sort();
}

/**
 * The named operations of test/operations, each as a front end sends it: the operation with the
 * fragments it uses and nothing else (what the client preset's typed documents hold). A fragment
 * may be defined in another file than the operations that use it (resource-form-content.graphql is
 * shared with the back office's codegen), so fragments are looked up across every file, as
 * codegen does; their names are unique across files, as codegen requires.
 */
export async function loadOperations(operationsDir = OPERATIONS_DIR): Promise<Map<string, { file: string; kind: string; document: string }>> {
  const documents = await Promise.all((await operationFiles(operationsDir))
    .map(async (file) => ({ file, parsed: parse(await readFile(path.join(operationsDir, file), 'utf8')) })));
  const fragments = documents.flatMap(({ parsed }) => parsed.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION));
  const operations = new Map<string, { file: string; kind: string; document: string }>();
  for (const { file, parsed } of documents) {
    const own = parsed.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    for (const definition of own) {
      const name = definition.name?.value;
      if (!name) throw new Error(`${file}: every operation needs a name`);
      if (operations.has(name)) throw new Error(`${file}: operation ${name} is defined twice`);
    }
    const separated = separateOperations({ kind: Kind.DOCUMENT, definitions: [...own, ...fragments] });
    for (const definition of own) operations.set(definition.name!.value, { file, kind: definition.operation, document: print(separated[definition.name!.value]) });
  }
  return operations;
}
