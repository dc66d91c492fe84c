import { createPrivateKey, KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCertificateDer, ParsedCertificate } from '../../signature/certificate';
import { readPkcs12 } from './pkcs12';
import { isProviderSlug } from './provider-slug';
import { sealCertificateFrom, type SealCertificate } from './seal-certificate';
import { SealCertificates } from './seal-certificates';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'];

/** A key and certificates from PEM text (one file, or a key file and a chain file concatenated). */
function fromPem(text: string, fail: (problem: string) => never): { privateKey: KeyObject; certificates: ParsedCertificate[] } {
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.some(([, label]) => label === 'ENCRYPTED PRIVATE KEY')) fail('holds an encrypted private key; give it unencrypted (a file only the service reads) or as PKCS#12 with a password');
  const keys = blocks.filter(([, label]) => KEY_LABELS.includes(label));
  if (keys.length !== 1) fail(`must hold exactly one PRIVATE KEY block, found ${keys.length}`);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(keys[0][0]);
  } catch (error) {
    return fail(`its private key is unreadable (${(error as Error).message})`);
  }
  const certificates = blocks.filter(([, label]) => label === 'CERTIFICATE').map(([block], index) => {
    try {
      return parseCertificateDer(Buffer.from(block.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64'));
    } catch (error) {
      return fail(`certificate ${index + 1} is unreadable (${(error as Error).message})`);
    }
  });
  return { privateKey, certificates };
}

/**
 * Reads the file PROVIDER_SEAL_CERTIFICATES names: a JSON object mapping each provider slug to
 *   { "pem": "seal.pem" }                         key and chain in one PEM file, or
 *   { "pem": ["seal-key.pem", "seal-chain.pem"] } the same in several files, or
 *   { "pkcs12": "seal.p12", "passwordFile": "…" } a PKCS#12 file and the file holding its password.
 * Relative paths are relative to the JSON file. Strict like the JWS seal key file: every problem
 * stops start-up with a message naming the file and provider.
 */
export async function loadSealCertificateFile(file: string, at: Date): Promise<SealCertificates> {
  const resolved = path.resolve(file);
  const label = `seal certificate file ${resolved}`;
  const fail = (problem: string): never => {
    throw new Error(`${label}: ${problem}`);
  };
  const read = (name: string, where: string, encoding?: BufferEncoding): Buffer | string => {
    const target = path.resolve(path.dirname(resolved), name);
    try {
      return encoding ? fs.readFileSync(target, encoding) : fs.readFileSync(target);
    } catch (error) {
      return fail(`${where}: ${target} could not be read (${(error as Error).message})`);
    }
  };

  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(resolved, 'utf8'));
  } catch (error) {
    fail(`could not be read as JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail('must hold a JSON object mapping provider slugs to seals, e.g. {"diba": {"pem": "diba-seal.pem"}}');
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length === 0) fail('names no provider');

  const byProvider = new Map<string, SealCertificate>();
  const owners = new Map<string, string>();
  for (const [slug, raw] of entries) {
    const where = `provider "${slug}"`;
    const failHere = (problem: string): never => fail(`${where}: ${problem}`);
    if (!isProviderSlug(slug)) fail(`${JSON.stringify(slug)} is not a provider slug (lower-case words joined by hyphens, e.g. "diputacio-lleida")`);
    const entry = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
    const hasPem = entry.pem !== undefined;
    const hasPkcs12 = entry.pkcs12 !== undefined;
    if (hasPem === hasPkcs12) failHere('must give either "pem" (a file or a list of files) or "pkcs12" (a file), not both or neither');

    let material: { privateKey: KeyObject; certificates: ParsedCertificate[] };
    if (hasPem) {
      const files = typeof entry.pem === 'string' ? [entry.pem] : entry.pem;
      if (!Array.isArray(files) || files.length === 0 || files.some((name) => typeof name !== 'string' || name === '')) failHere('"pem" must be a file name or a non-empty list of file names');
      const text = (files as string[]).map((name) => read(name, where, 'utf8') as string).join('\n');
      material = fromPem(text, failHere);
    } else {
      if (typeof entry.pkcs12 !== 'string' || entry.pkcs12 === '') failHere('"pkcs12" must be a file name');
      if (typeof entry.passwordFile !== 'string' || entry.passwordFile === '') failHere('a "pkcs12" seal needs "passwordFile", the file that holds its password');
      // Secrets mounted as files usually end with a line break that is not part of the password.
      const password = (read(entry.passwordFile as string, where, 'utf8') as string).replace(/\r?\n$/, '');
      try {
        const contents = await readPkcs12(read(entry.pkcs12 as string, where) as Buffer, password);
        if (contents.privateKeys.length !== 1) failHere(`the PKCS#12 file must hold exactly one private key, found ${contents.privateKeys.length}`);
        material = { privateKey: contents.privateKeys[0], certificates: contents.certificates.map((der) => parseCertificateDer(der)) };
      } catch (error) {
        const message = (error as Error).message;
        throw new Error(message.startsWith(label) ? message : `${label}: ${where}: the PKCS#12 file ${message}`);
      }
    }
    const seal = sealCertificateFrom(material.privateKey, material.certificates, `${label}: ${where}`, at);
    // One seal per provider: a shared certificate would make one provider's documents pass for another's.
    const fingerprint = seal.chain[0].sha256Fingerprint;
    const owner = owners.get(fingerprint);
    if (owner) failHere(`uses the same certificate as provider "${owner}"`);
    owners.set(fingerprint, slug);
    byProvider.set(slug, seal);
  }
  return new SealCertificates(byProvider, label);
}
