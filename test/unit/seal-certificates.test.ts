import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { ConfigError } from '../../src/config-error';
import { developmentSealCertificatePath } from '../../src/registry/seal/development-seal-certificates';
import { sealPdfWith } from '../../src/registry/seal/pdf-seal';
import { loadSealCertificates } from '../../src/registry/seal/seal-certificate-config';
import {
  CertificateAuthority, createCertificateAuthority, issueSealCertificate, issueSignerCertificate, privateKeyToPem, SignerCredentials,
} from '../../src/signature/development-pki';
import { checkPades, pdfsig } from '../support/pades-check';

const AT = new Date('2026-11-23T10:00:00Z');
const FROM = new Date('2020-01-01T00:00:00Z');
const UNTIL = new Date('2040-01-01T00:00:00Z');
const LLEIDA = { slug: 'diputacio-lleida', name: 'Diputació de Lleida', nif: 'P7500000F' };
const DIBA = { slug: 'diba', name: 'Diputació de Barcelona', nif: 'P0800000B' };

const workDir = mkdtempSync(path.join(os.tmpdir(), 'seal-certificates-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

let fileCount = 0;
function write(name: string, content: string | Buffer): string {
  const file = path.join(workDir, `${fileCount++}-${name}`);
  writeFileSync(file, content, { mode: 0o600 });
  return file;
}

const production = (file: string | null) => ({ isProduction: true, dataDir: workDir, signatures: { sealCertificatesFile: file } });

async function pemOf(credentials: SignerCredentials, ca: CertificateAuthority): Promise<{ key: string; chain: string }> {
  return { key: await privateKeyToPem(credentials.privateKey), chain: [credentials.certificate, ca.certificate].map((c) => c.toString('pem')).join('\n') };
}

/** Loading must fail with a ConfigError for PROVIDER_SEAL_CERTIFICATES whose message says what is wrong. */
async function assertRefused(seals: Record<string, unknown>, problem: RegExp, providers = [LLEIDA]) {
  const file = write('seals.json', JSON.stringify(seals));
  await assert.rejects(loadSealCertificates(production(file), providers, AT), (error: unknown) => {
    assert.ok(error instanceof ConfigError && error.variable === 'PROVIDER_SEAL_CERTIFICATES', String(error));
    assert.match(error.message, problem);
    return true;
  });
}

function samplePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Resolució');
    doc.end();
  });
}

describe('PROVIDER_SEAL_CERTIFICATES', () => {
  let ca: CertificateAuthority;
  let lleida: { key: string; chain: string };
  let lleidaCertificate: Buffer;

  before(async () => {
    ca = await createCertificateAuthority({ name: 'CA de segells', notBefore: FROM, notAfter: UNTIL });
    const seal = await issueSealCertificate(ca, { name: LLEIDA.name, nif: LLEIDA.nif, notBefore: FROM, notAfter: UNTIL });
    lleida = await pemOf(seal, ca);
    lleidaCertificate = Buffer.from(seal.certificate.rawData);
  });

  it('is required in production', async () => {
    await assert.rejects(loadSealCertificates(production(null), [LLEIDA], AT), (error: unknown) => error instanceof ConfigError && /must name the seal certificate file/.test(error.message));
  });

  it('reads a PEM key with its chain, in one file or several, and seals PDFs that verify', async () => {
    const single = write('lleida.pem', `${lleida.key}\n${lleida.chain}`);
    const key = write('lleida-key.pem', lleida.key);
    const chain = write('lleida-chain.pem', lleida.chain);
    for (const pem of [path.basename(single), [path.basename(key), path.basename(chain)]]) {
      const seals = await loadSealCertificates(production(write('seals.json', JSON.stringify({ [LLEIDA.slug]: { pem } }))), [LLEIDA], AT);
      const sealed = await sealPdfWith(seals.require(LLEIDA.slug), await samplePdf(), { reason: 'Resolució', at: AT });
      const check = await checkPades(sealed, Buffer.from(ca.certificate.rawData), AT);
      assert.deepEqual([check.signatureValid, check.chainTrusted], [true, true], check.problem);
      assert.ok(check.signerCertificate?.equals(lleidaCertificate));
      assert.equal((await pdfsig(sealed)).signatureValid, true);
    }
  });

  it('reads a PKCS#12 file with the password in a file', async () => {
    const keyFile = write('k.pem', lleida.key);
    const chainFile = write('c.pem', lleida.chain);
    const passwordFile = write('password', 'contrasenya secreta\n');
    const p12 = path.join(workDir, 'lleida.p12');
    // OpenSSL 3's defaults (PBES2, AES-256, PBKDF2-SHA-256): what an operator's `openssl pkcs12 -export` writes.
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', keyFile, '-in', chainFile, '-out', p12, '-passout', 'pass:contrasenya secreta']);
    const seals = await loadSealCertificates(production(write('seals.json', JSON.stringify({ [LLEIDA.slug]: { pkcs12: p12, passwordFile } }))), [LLEIDA], AT);
    assert.ok(seals.require(LLEIDA.slug).chain[0].der.equals(lleidaCertificate));
    assert.equal(seals.require(LLEIDA.slug).chain.length, 2, 'the chain up to the root');

    await assertRefused({ [LLEIDA.slug]: { pkcs12: p12, passwordFile: write('wrong', 'una altra') } }, /provider "diputacio-lleida": the PKCS#12 file could not be opened: the password is wrong/);
    await assertRefused({ [LLEIDA.slug]: { pkcs12: p12 } }, /needs "passwordFile"/);
  });

  it('refuses a key and a certificate that do not belong together', async () => {
    const other = await issueSealCertificate(ca, { name: LLEIDA.name, nif: LLEIDA.nif, notBefore: FROM, notAfter: UNTIL });
    await assertRefused({ [LLEIDA.slug]: { pem: write('mismatch.pem', `${await privateKeyToPem(other.privateKey)}\n${lleida.chain}`) } },
      /provider "diputacio-lleida": none of its 2 certificate\(s\) belongs to its private key/);
  });

  it('refuses expired, not-yet-valid, CA and foreign-chain certificates, and one missing for a provider', async () => {
    const expired = await issueSealCertificate(ca, { name: LLEIDA.name, nif: LLEIDA.nif, notBefore: FROM, notAfter: new Date('2025-01-01Z') });
    await assertRefused({ [LLEIDA.slug]: { pem: write('expired.pem', `${(await pemOf(expired, ca)).key}\n${(await pemOf(expired, ca)).chain}`) } }, /expired on 2025-01-01/);
    const future = await issueSealCertificate(ca, { name: LLEIDA.name, nif: LLEIDA.nif, notBefore: new Date('2027-01-01Z'), notAfter: UNTIL });
    await assertRefused({ [LLEIDA.slug]: { pem: write('future.pem', `${(await pemOf(future, ca)).key}\n${(await pemOf(future, ca)).chain}`) } }, /not valid until 2027-01-01/);
    await assertRefused({ [LLEIDA.slug]: { pem: write('ca.pem', `${await privateKeyToPem(ca.privateKey)}\n${ca.certificate.toString('pem')}`) } }, /is a certification authority/);
    const stranger = await createCertificateAuthority({ name: 'Una altra CA', notBefore: FROM, notAfter: UNTIL });
    await assertRefused({ [LLEIDA.slug]: { pem: write('foreign.pem', `${lleida.key}\n${lleida.chain}\n${stranger.certificate.toString('pem')}`) } }, /"CN=Una altra CA.*" is not an issuer in the chain/);
    await assertRefused({ [LLEIDA.slug]: { pem: write('ok.pem', `${lleida.key}\n${lleida.chain}`) } }, /has no seal for provider\(s\) "diba"/, [LLEIDA, DIBA]);
    await assertRefused({ [LLEIDA.slug]: { pem: 'no-such-file.pem' } }, /provider "diputacio-lleida": .*no-such-file\.pem could not be read/);
    await assertRefused({ [LLEIDA.slug]: { pem: 'a.pem', pkcs12: 'b.p12' } }, /either "pem" .* or "pkcs12"/);
    await assertRefused({ 'Not A Slug': { pem: 'a.pem' } }, /"Not A Slug" is not a provider slug/);
  });

  it('refuses the same certificate for two providers', async () => {
    const pem = write('shared.pem', `${lleida.key}\n${lleida.chain}`);
    await assertRefused({ [LLEIDA.slug]: { pem }, [DIBA.slug]: { pem } }, /provider "diba": uses the same certificate as provider "diputacio-lleida"/, [LLEIDA, DIBA]);
  });
});

describe('development seal certificates', () => {
  it('are issued by the development CA once per provider and kept', async () => {
    const dataDir = mkdtempSync(path.join(workDir, 'data-'));
    const now = new Date();
    const config = { isProduction: false, dataDir, signatures: { sealCertificatesFile: null } };
    const first = await loadSealCertificates(config, [LLEIDA, DIBA], now);
    const again = await loadSealCertificates(config, [LLEIDA, DIBA], now);
    for (const provider of [LLEIDA, DIBA]) {
      const seal = first.require(provider.slug);
      assert.equal(seal.chain[0].details.subjectName.getField('CN')[0], provider.name);
      assert.equal(seal.chain[1].details.subject, seal.chain[0].details.issuer, 'issued by the development CA');
      assert.ok(again.require(provider.slug).chain[0].der.equals(seal.chain[0].der), `kept in ${developmentSealCertificatePath(dataDir, provider.slug)}`);
    }
    assert.throws(() => first.require('ddgi'), /No seal certificate for provider "ddgi"/);
  });
});
