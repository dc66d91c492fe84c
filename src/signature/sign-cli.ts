/**
 * Signs a document with a development certificate, as an applicant's signing tool would:
 *   node dist/src/signature/sign-cli.js --nif 12345678Z --name "Maria Puig" \
 *     [--represents P2515100B [--entity-name "Ajuntament de Lleida"] | --public-employee-of P2515100B] \
 *     [--format jws | --format cades [--attached]] [--payload-file F] [--data-dir .data]
 * The payload is the file or else stdin. Only the signature (compact JWS, or CAdES in base64 DER,
 * as AutoFirma returns it) goes to stdout, so `SIGNATURE=$(…)` works.
 * Exit status (sysexits): 64 bad arguments, 65 empty payload, 66 unreadable payload file,
 * 78 refused because NODE_ENV=production, 1 anything unexpected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nifKind } from '../identity/nif';
import { canonicalJson } from './canonical-json';
import { developmentCaPaths, DevelopmentSignerOptions, loadOrIssueDevelopmentSigner, signPayload } from './development-ca';
import { signPayloadCades } from './development-cades';

const USAGE = `Usage: npm run sign -- --nif <NIF> --name <full name> [options] < application.json
  --represents <entity NIF>       sign with a representative certificate for that entity
  --entity-name <name>            the represented entity's name (default "Entitat <NIF>")
  --public-employee-of <NIF>      sign with a public-employee certificate of that entity
  --format jws|cades              compact JWS with x5c (default) or CAdES-BES, base64 DER, as AutoFirma makes
  --attached                      with --format cades: carry the document inside the signature (default: detached)
  --payload-file <file>           what to sign (default: stdin), normally the application's canonical JSON
  --data-dir <folder>             where the development CA lives (default: $DATA_DIR or .data)`;

const EXIT = { usage: 64, dataError: 65, noInput: 66, config: 78 } as const;

class CliError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}
const usageError = (message: string) => new CliError(`${message}\n\n${USAGE}`, EXIT.usage);

type Format = 'jws' | 'cades';

interface Arguments {
  signer: DevelopmentSignerOptions;
  format: Format;
  attached: boolean;
  payloadFile?: string;
  dataDir: string;
  help: boolean;
}

function parseArguments(argv: string[], env: NodeJS.ProcessEnv): Arguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        nif: { type: 'string' }, name: { type: 'string' }, represents: { type: 'string' }, 'entity-name': { type: 'string' },
        'public-employee-of': { type: 'string' }, 'payload-file': { type: 'string' }, 'data-dir': { type: 'string' },
        format: { type: 'string' }, attached: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const dataDir = path.resolve(values['data-dir'] || env.DATA_DIR || '.data');
  if (values.help) return { signer: { nif: '', name: '' }, format: 'jws', attached: false, dataDir, help: true };
  const format = (values.format ?? 'jws').trim().toLowerCase();
  if (format !== 'jws' && format !== 'cades') throw usageError(`--format must be jws or cades, got "${values.format}"`);
  if (values.attached && format !== 'cades') throw usageError('--attached only goes with --format cades');
  const nif = values.nif?.trim().toUpperCase();
  const name = values.name?.trim();
  if (!nif) throw usageError('--nif is required');
  if (!name) throw usageError('--name is required');
  if (nifKind(nif) !== 'PERSON') throw usageError(`--nif must be a person's NIF (DNI or NIE with its control letter), got "${values.nif}"`);
  const represents = values.represents?.trim().toUpperCase();
  const employer = values['public-employee-of']?.trim().toUpperCase();
  if (represents !== undefined && nifKind(represents) !== 'ENTITY') throw usageError(`--represents must be an entity NIF such as P2515100B, got "${values.represents}"`);
  if (employer !== undefined && nifKind(employer) !== 'ENTITY') throw usageError(`--public-employee-of must be an entity NIF such as P2515100B, got "${values['public-employee-of']}"`);
  if (represents && employer) throw usageError('--represents and --public-employee-of are different certificates; give one');
  if (values['entity-name'] !== undefined && !represents) throw usageError('--entity-name only goes with --represents');
  return {
    signer: {
      nif,
      name,
      represents: represents ? { nif: represents, name: values['entity-name']?.trim() || `Entitat ${represents}` } : undefined,
      publicEmployeeOf: employer,
    },
    format,
    attached: values.attached ?? false,
    payloadFile: values['payload-file'],
    dataDir,
    help: false,
  };
}

async function readPayload(file: string | undefined): Promise<string> {
  let text: string;
  if (file !== undefined) {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`Cannot read --payload-file ${file}: ${(error as Error).message}`, EXIT.noInput);
    }
  } else {
    // Waiting on a terminal for input nobody knows to type would look like a hang.
    if (process.stdin.isTTY) throw usageError('Give --payload-file or pipe the document on stdin');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  // Canonical JSON never ends with a line break, but files saved by editors and `echo` do.
  text = text.replace(/\r?\n$/, '');
  if (text === '') throw new CliError('The payload is empty: nothing to sign', EXIT.dataError);
  return text;
}

/** Signing is still done; a warning saves a puzzling PAYLOAD_CHANGED later. */
async function warnIfNotCanonical(payload: string): Promise<void> {
  let canonical: string;
  try {
    canonical = await canonicalJson(JSON.parse(payload));
  } catch {
    process.stderr.write('Warning: the payload is not JSON; the service expects the application\'s canonical JSON.\n');
    return;
  }
  if (canonical !== payload) process.stderr.write('Warning: the payload is not in canonical form (RFC 8785); the service will only accept the exact canonical bytes it served.\n');
}

async function main(): Promise<number> {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write('Refusing to sign with the development CA when NODE_ENV=production.\n');
    return EXIT.config;
  }
  try {
    const args = parseArguments(process.argv.slice(2), process.env);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const payload = await readPayload(args.payloadFile);
    await warnIfNotCanonical(payload);
    const signer = await loadOrIssueDevelopmentSigner(args.dataDir, args.signer);
    const options = { payload, certificateChain: signer.chain, privateKey: signer.privateKey };
    const signature = args.format === 'cades' ? await signPayloadCades({ ...options, attached: args.attached }) : await signPayload(options);
    process.stdout.write(`${signature}\n`);
    process.stderr.write(`Signed as ${args.signer.name} (${args.signer.nif}) with ${signer.issued ? 'a new' : 'the stored'} certificate ${signer.certificate.serialNumber}, issued by the development CA in ${developmentCaPaths(args.dataDir).certificatePath}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return error.status;
  }
}

main().then((status) => { process.exitCode = status; }, (error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
