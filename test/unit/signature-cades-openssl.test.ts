import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalJson } from '../../src/signature/canonical-json';
import { signPayloadCades } from '../../src/signature/development-cades';
import { createCertificateAuthority, issueSignerCertificate, privateKeyToPem, SignerCredentials } from '../../src/signature/development-pki';
import { SignatureFormat } from '../../src/signature/signature-format';
import { verifyApplicationSignature } from '../../src/signature/signature-verifier';
import { parseTrustAnchors } from '../../src/signature/trust-anchors';

/**
 * OpenSSL's CMS is an implementation independent of pkijs, close to what AutoFirma and the AOC
 * Signador write: what it signs must verify here, and what the sign command writes must verify
 * there. Without openssl the test is skipped locally and fails in CI, where .ci/run installs it.
 */
const available = spawnSync('openssl', ['version']).status === 0;
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const skip = available || inCi ? false : 'openssl is not installed; the CAdES interoperability test was SKIPPED';

const VALID = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2035-01-01T00:00:00Z') };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const LLEIDA = { nif: 'P2512000A', name: 'Ajuntament de Lleida' };

const folder = mkdtempSync(path.join(os.tmpdir(), 'cades-openssl-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string) => path.join(folder, name);

function openssl(args: string[]): void {
  if (!available) assert.fail('openssl is missing: CI must run the CAdES interoperability test (.ci/run installs it)');
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  assert.equal(result.status, 0, `openssl ${args.slice(0, 2).join(' ')} failed: ${result.stderr}`);
}

describe('CAdES interoperability with OpenSSL', { skip }, () => {
  let signer: SignerCredentials;
  let payload: string;
  let trustAnchorsPem: string;

  before(async () => {
    const root = await createCertificateAuthority({ name: 'Interop Root CA', ...VALID });
    const intermediate = await createCertificateAuthority({ name: 'Interop Issuing CA', ...VALID, issuer: root });
    signer = await issueSignerCertificate(intermediate, { ...MARIA, represents: LLEIDA, ...VALID });
    payload = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, descripció: 'Suport tècnic', import: 1500.5 });
    trustAnchorsPem = root.certificate.toString('pem');
    writeFileSync(file('root.pem'), trustAnchorsPem);
    writeFileSync(file('signer.pem'), signer.certificate.toString('pem'));
    writeFileSync(file('intermediate.pem'), intermediate.certificate.toString('pem'));
    writeFileSync(file('signer.key'), await privateKeyToPem(signer.privateKey));
    writeFileSync(file('payload.json'), payload);
  });

  const verify = (signature: string) => verifyApplicationSignature({
    signature, expectedPayload: payload, trustAnchors: parseTrustAnchors(trustAnchorsPem), at: new Date(), applicantNif: MARIA.nif, entityNif: LLEIDA.nif,
  });

  for (const [label, options] of [
    ['detached CMS', []],
    ['attached CMS', ['-nodetach']],
    ['detached CAdES (signing-certificate-v2), SHA-512', ['-cades', '-md', 'sha512']],
    ['attached CAdES (signing-certificate-v2)', ['-cades', '-nodetach']],
  ] as const) {
    it(`accepts a ${label} made by openssl cms -sign`, async () => {
      openssl(['cms', '-sign', '-binary', '-in', file('payload.json'), '-signer', file('signer.pem'), '-inkey', file('signer.key'),
        '-certfile', file('intermediate.pem'), '-outform', 'DER', '-out', file('openssl.der'), ...options]);
      const result = await verify(readFileSync(file('openssl.der')).toString('base64'));
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.format, SignatureFormat.CADES);
      assert.equal(result.signer.entityNif, LLEIDA.nif);
    });
  }

  it('refuses an OpenSSL signature without signed attributes (plain CMS, not CAdES)', async () => {
    openssl(['cms', '-sign', '-binary', '-noattr', '-in', file('payload.json'), '-signer', file('signer.pem'), '-inkey', file('signer.key'),
      '-certfile', file('intermediate.pem'), '-outform', 'DER', '-out', file('noattr.der')]);
    const result = await verify(readFileSync(file('noattr.der')).toString('base64'));
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.code, 'SIGNATURE_INVALID');
  });

  for (const attached of [false, true]) {
    it(`writes ${attached ? 'attached' : 'detached'} signatures that openssl cms -verify accepts`, async () => {
      const signature = await signPayloadCades({ payload, certificateChain: signer.chain, privateKey: signer.privateKey, attached });
      writeFileSync(file('ours.der'), Buffer.from(signature, 'base64'));
      openssl(['cms', '-verify', '-binary', '-inform', 'DER', '-in', file('ours.der'), '-CAfile', file('root.pem'), '-purpose', 'any',
        '-out', file('verified.json'), ...(attached ? [] : ['-content', file('payload.json')])]);
      assert.equal(readFileSync(file('verified.json'), 'utf8'), payload);
    });
  }
});
