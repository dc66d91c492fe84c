import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { canonicalJson } from '../../src/signature/canonical-json';
import {
  developmentCaPaths, developmentTrustAnchorsPem, loadOrCreateDevelopmentCa, loadOrIssueDevelopmentSigner, signPayload,
} from '../../src/signature/development-ca';
import { SignatureFormat } from '../../src/signature/signature-format';
import { verifyApplicationSignature } from '../../src/signature/signature-verifier';
import { parseTrustAnchors } from '../../src/signature/trust-anchors';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'signature-dev-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const freshDataDir = () => mkdtempSync(path.join(scratch, 'data-'));

const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const LLEIDA = { nif: 'P2512000A', name: 'Ajuntament de Lleida' };

describe('development CA on disk', () => {
  it('is created once, the private key readable by its owner only', async () => {
    const dataDir = freshDataDir();
    const created = await loadOrCreateDevelopmentCa(dataDir);
    const loaded = await loadOrCreateDevelopmentCa(dataDir);
    const { privateKeyPath, certificatePath } = developmentCaPaths(dataDir);
    assert.equal(created.created, true);
    assert.equal(loaded.created, false);
    assert.equal(loaded.certificate.serialNumber, created.certificate.serialNumber);
    assert.equal(statSync(privateKeyPath).mode & 0o777, 0o600);
    assert.match(readFileSync(privateKeyPath, 'utf8'), /-----BEGIN PRIVATE KEY-----/);
    assert.doesNotMatch(readFileSync(certificatePath, 'utf8'), /PRIVATE KEY/);
    assert.equal(parseTrustAnchors(readFileSync(certificatePath, 'utf8')).certificates.length, 1);
  });

  it('settles on one CA when two callers create it at the same time', async () => {
    const dataDir = freshDataDir();
    const [a, b] = await Promise.all([loadOrCreateDevelopmentCa(dataDir), loadOrCreateDevelopmentCa(dataDir)]);
    assert.equal(a.certificate.serialNumber, b.certificate.serialNumber);
    assert.equal([a.created, b.created].filter(Boolean).length, 1);
  });

  it('issues signers the development trust anchors accept, and reuses them', async () => {
    const dataDir = freshDataDir();
    const first = await loadOrIssueDevelopmentSigner(dataDir, { ...MARIA, represents: LLEIDA });
    const again = await loadOrIssueDevelopmentSigner(dataDir, { ...MARIA, represents: LLEIDA });
    const individual = await loadOrIssueDevelopmentSigner(dataDir, MARIA);
    assert.deepEqual([first.issued, again.issued, individual.issued], [true, false, true]);
    assert.equal(again.certificate.serialNumber, first.certificate.serialNumber);
    assert.notEqual(individual.certificate.serialNumber, first.certificate.serialNumber);

    const payload = await canonicalJson({ sol·licitud: 1 });
    const jws = await signPayload({ payload, certificateChain: again.chain, privateKey: again.privateKey });
    const trustAnchors = parseTrustAnchors(await developmentTrustAnchorsPem(dataDir));
    const result = await verifyApplicationSignature({ signature: jws, expectedPayload: payload, trustAnchors, at: new Date(), applicantNif: MARIA.nif, entityNif: LLEIDA.nif });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.signer.certificateType, 'REPRESENTATIVE');
  });

  it('replaces a stored signer certificate that is about to expire or names someone else', async () => {
    const dataDir = freshDataDir();
    const first = await loadOrIssueDevelopmentSigner(dataDir, MARIA);
    const nearExpiry = new Date(first.certificate.notAfter.getTime() - 60 * 60 * 1000);
    assert.equal((await loadOrIssueDevelopmentSigner(dataDir, MARIA, nearExpiry)).issued, true);
    assert.equal((await loadOrIssueDevelopmentSigner(dataDir, { ...MARIA, name: 'Maria Puig i Soler' })).issued, true);
  });
});

describe('sign command', () => {
  const script = path.resolve(__dirname, '../../src/signature/sign-cli.js');
  const run = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
    spawnSync(process.execPath, [script, ...args], { input: options.input ?? '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...options.env } });

  it('prints only a JWS the service verifies, from a file or from stdin', async () => {
    const dataDir = freshDataDir();
    const payload = await canonicalJson({ entitat: LLEIDA.nif, fitxa: 111219 });
    const file = path.join(dataDir, 'application.json');
    writeFileSync(file, `${payload}\n`);
    const trustAnchors = parseTrustAnchors(await developmentTrustAnchorsPem(dataDir));
    for (const [args, input] of [[['--payload-file', file], ''], [[], payload]] as const) {
      const result = run(['--nif', '12345678z', '--name', 'Maria Puig', '--represents', LLEIDA.nif, '--entity-name', LLEIDA.name, '--data-dir', dataDir, ...args], { input });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      const verification = await verifyApplicationSignature({ signature: result.stdout, expectedPayload: payload, trustAnchors, at: new Date(), applicantNif: MARIA.nif, entityNif: LLEIDA.nif });
      assert.ok(verification.ok, verification.ok ? '' : verification.message);
    }
  });

  it('prints a CAdES signature (base64 DER, detached by default, --attached carries the document) the service verifies', async () => {
    const dataDir = freshDataDir();
    const payload = await canonicalJson({ entitat: LLEIDA.nif, fitxa: 111219, descripció: 'Suport tècnic' });
    const trustAnchors = parseTrustAnchors(await developmentTrustAnchorsPem(dataDir));
    for (const attached of [false, true]) {
      const result = run(['--nif', MARIA.nif, '--name', MARIA.name, '--represents', LLEIDA.nif, '--data-dir', dataDir, '--format', 'cades', ...(attached ? ['--attached'] : [])], { input: payload });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^[A-Za-z0-9+/]+={0,2}\n$/);
      assert.equal(Buffer.from(result.stdout, 'base64').includes(Buffer.from(payload)), attached);
      const verification = await verifyApplicationSignature({ signature: result.stdout, expectedPayload: payload, trustAnchors, at: new Date(), applicantNif: MARIA.nif, entityNif: LLEIDA.nif });
      assert.ok(verification.ok, verification.ok ? '' : verification.message);
      assert.equal(verification.format, SignatureFormat.CADES);
    }
  });

  it('warns on stderr when the payload is not canonical JSON, and still signs it', () => {
    const result = run(['--nif', MARIA.nif, '--name', MARIA.name, '--data-dir', freshDataDir()], { input: '{ "b": 1, "a": 2 }' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /not in canonical form/);
  });

  for (const [label, args] of [
    ['no --nif', ['--name', 'Maria']],
    ['no --name', ['--nif', MARIA.nif]],
    ['an invalid NIF', ['--nif', '12345678A', '--name', 'Maria']],
    ['a person NIF as entity', ['--nif', MARIA.nif, '--name', 'Maria', '--represents', '87654321X']],
    ['--entity-name alone', ['--nif', MARIA.nif, '--name', 'Maria', '--entity-name', 'Ajuntament']],
    ['an unknown option', ['--nif', MARIA.nif, '--name', 'Maria', '--sign-harder']],
    ['a stray argument', ['--nif', MARIA.nif, '--name', 'Maria', 'payload.json']],
    ['an unknown format', ['--nif', MARIA.nif, '--name', 'Maria', '--format', 'xades']],
    ['--attached with a JWS', ['--nif', MARIA.nif, '--name', 'Maria', '--attached']],
  ]) {
    it(`exits 64 with usage for ${label}, printing nothing on stdout`, () => {
      const result = run([...args, '--data-dir', freshDataDir()], { input: '{}' });
      assert.equal(result.status, 64, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /Usage: npm run sign/);
    });
  }

  it('exits 66 for a payload file it cannot read and 65 for an empty payload', () => {
    const dataDir = freshDataDir();
    assert.equal(run(['--nif', MARIA.nif, '--name', 'Maria', '--data-dir', dataDir, '--payload-file', path.join(dataDir, 'missing.json')]).status, 66);
    assert.equal(run(['--nif', MARIA.nif, '--name', 'Maria', '--data-dir', dataDir], { input: '\n' }).status, 65);
  });

  it('refuses to run in production', () => {
    const result = run(['--nif', MARIA.nif, '--name', 'Maria', '--data-dir', freshDataDir()], { input: '{}', env: { NODE_ENV: 'production' } });
    assert.equal(result.status, 78);
    assert.equal(result.stdout, '');
  });
});
