import assert from 'node:assert/strict';
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { canonicalJson } from '../../src/signature/canonical-json';
import { signPayloadCades, SignCadesOptions } from '../../src/signature/development-cades';
import {
  CertificateAuthority, createCertificateAuthority, SignerCredentials, signPayload,
} from '../../src/signature/development-pki';
import { SignatureFormat } from '../../src/signature/signature-format';
import { SignatureVerification, SignatureVerificationInput, verifyApplicationSignature } from '../../src/signature/signature-verifier';
import { TrustAnchors } from '../../src/signature/trust-anchors';
import { x509 } from '../../src/signature/x509';
import { createSignatureWorld, issueSignerFor, LLEIDA, MARIA, TARREGA, VALID } from '../support/signature-world';

const AT = new Date('2026-03-02T10:00:00Z');
const SIGNED_AT = new Date('2026-03-02T09:58:00Z');

let root: CertificateAuthority;
let intermediate: CertificateAuthority;
let anchors: TrustAnchors;
let payload: string;

before(async () => {
  ({ root, intermediate, anchors, payload } = await createSignatureWorld());
});

const issue = issueSignerFor;

const cades = (signer: SignerCredentials, options: Partial<SignCadesOptions> = {}) =>
  signPayloadCades({ payload, certificateChain: signer.chain, privateKey: signer.privateKey, signingTime: SIGNED_AT, ...options });

function verify(signature: string, overrides: Partial<SignatureVerificationInput> = {}): Promise<SignatureVerification> {
  return verifyApplicationSignature({ signature, expectedPayload: payload, trustAnchors: anchors, at: AT, applicantNif: MARIA.nif, entityNif: LLEIDA.nif, ...overrides });
}

async function assertFailure(result: Promise<SignatureVerification>, code: string, message?: RegExp) {
  const outcome = await result;
  assert.equal(outcome.ok, false, `expected ${code}, got success`);
  if (outcome.ok) return;
  assert.equal(outcome.code, code, outcome.message);
  if (message) assert.match(outcome.message, message);
}

/** Flips one bit of the DER at the position of `needle` (first occurrence) and returns it as base64. */
function flipAt(signature: string, needle: Buffer, offset = 0): string {
  const der = Buffer.from(signature, 'base64');
  const at = der.indexOf(needle);
  assert.ok(at >= 0, 'the bytes to tamper with are in the signature');
  der[at + offset] ^= 0x01;
  return der.toString('base64');
}

describe('CAdES signatures: accepted', () => {
  it('accepts a detached signature (the canonical bytes are the content) and says it was CAdES', async () => {
    const signer = await issue(root);
    const signature = await cades(signer);
    assert.equal(Buffer.from(signature, 'base64').includes(Buffer.from(payload, 'utf8')), false, 'a detached signature does not carry the document');
    const result = await verify(signature);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.format, SignatureFormat.CADES);
    assert.equal(result.signer.nif, MARIA.nif);
    assert.equal(result.signer.name, MARIA.name);
    assert.equal(result.signer.certificateType, 'INDIVIDUAL');
    assert.equal(result.signer.serialNumber, signer.certificate.serialNumber.toLowerCase());
    assert.equal(result.signer.sha256Fingerprint, createHash('sha256').update(Buffer.from(signer.certificate.rawData)).digest('hex'));
  });

  it('accepts an attached signature whose content is the canonical bytes', async () => {
    const signature = await cades(await issue(root), { attached: true });
    assert.ok(Buffer.from(signature, 'base64').includes(Buffer.from(payload, 'utf8')), 'an attached signature carries the document');
    const result = await verify(signature);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.format, SignatureFormat.CADES);
  });

  it('accepts a representative certificate of the entity through an intermediate CA, base64 with line breaks', async () => {
    const signature = await cades(await issue(intermediate, { represents: LLEIDA }));
    const wrapped = signature.replace(/.{64}/g, '$&\r\n');
    const result = await verify(`\n${wrapped}\n`);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.signer.certificateType, 'REPRESENTATIVE');
    assert.equal(result.signer.entityNif, LLEIDA.nif);
  });

  it('accepts a signature without signing-time', async () => {
    const result = await verify(await cades(await issue(root), { signingTime: null }));
    assert.ok(result.ok, result.ok ? '' : result.message);
  });

  it('still accepts a compact JWS through the same entry point, and says so', async () => {
    const signer = await issue(root);
    const result = await verify(await signPayload({ payload, certificateChain: signer.chain, privateKey: signer.privateKey }));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.format, SignatureFormat.JWS);
  });
});

describe('CAdES signatures: PAYLOAD_CHANGED', () => {
  it('refuses a detached signature over another version of the application', async () => {
    const older = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, import: 1200 });
    await assertFailure(verify(await cades(await issue(root), { payload: older })), 'PAYLOAD_CHANGED', /SHA256 [0-9a-f]{64}/);
  });

  it('refuses an attached signature over other content', async () => {
    const older = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, import: 1200 });
    await assertFailure(verify(await cades(await issue(root), { payload: older, attached: true })), 'PAYLOAD_CHANGED', /SHA-256 [0-9a-f]{64}/);
  });

  it('refuses the same JSON written differently (bytes matter, not meaning)', async () => {
    const spaced = JSON.stringify(JSON.parse(payload), null, 2);
    await assertFailure(verify(await cades(await issue(root), { payload: spaced })), 'PAYLOAD_CHANGED');
    await assertFailure(verify(await cades(await issue(root), { payload: `${payload}\n`, attached: true })), 'PAYLOAD_CHANGED');
  });
});

describe('CAdES signatures: SIGNATURE_INVALID', () => {
  it('refuses an attached signature whose content was replaced after signing (not PAYLOAD_CHANGED: nobody signed it)', async () => {
    const signature = await cades(await issue(root), { attached: true, replaceContentWith: payload.replace('1500.5', '9999.5') });
    await assertFailure(verify(signature), 'SIGNATURE_INVALID', /message-digest/);
  });

  it('refuses a signature whose signed attributes were changed (the message digest)', async () => {
    const signature = await cades(await issue(root));
    const digest = createHash('sha256').update(payload).digest();
    await assertFailure(verify(flipAt(signature, digest)), 'SIGNATURE_INVALID', /does not verify/);
  });

  it('refuses a signature made with another key than the certificate it carries', async () => {
    const signer = await issue(root);
    const other = await issue(root);
    await assertFailure(verify(await cades({ ...signer, privateKey: other.privateKey })), 'SIGNATURE_INVALID', /does not verify/);
  });

  for (const [label, text] of [
    ['empty', ''],
    ['plain words', 'signat per la Maria'],
    ['base64 of random bytes', randomBytes(300).toString('base64')],
    ['base64 with a stray character', 'MIIB$AAA'],
    ['a JWS with a broken header', 'abc.def.ghi'],
  ] as const) {
    it(`refuses garbage: ${label}`, async () => {
      await assertFailure(verify(text), 'SIGNATURE_INVALID');
    });
  }

  it('refuses DER that is not a SignedData (a certificate)', async () => {
    await assertFailure(verify(Buffer.from(root.certificate.rawData).toString('base64')), 'SIGNATURE_INVALID', /not a CMS SignedData/);
  });

  it('refuses a SignedData with bytes appended', async () => {
    const signature = await cades(await issue(root));
    await assertFailure(verify(Buffer.concat([Buffer.from(signature, 'base64'), Buffer.from([0, 0])]).toString('base64')), 'SIGNATURE_INVALID');
  });

  it('refuses a truncated SignedData', async () => {
    const der = Buffer.from(await cades(await issue(root)), 'base64');
    await assertFailure(verify(der.subarray(0, der.length - 40).toString('base64')), 'SIGNATURE_INVALID');
  });
});

describe('CAdES signatures: CERTIFICATE_UNTRUSTED', () => {
  it('refuses a chain to an unknown CA', async () => {
    const stranger = await createCertificateAuthority({ name: 'Some Other CA', ...VALID });
    await assertFailure(verify(await cades(await issue(stranger))), 'CERTIFICATE_UNTRUSTED', /Some Other CA/);
  });

  it('refuses a self-signed root that the signature carries but nobody configured', async () => {
    const stranger = await createCertificateAuthority({ name: 'Some Other CA', ...VALID });
    const signer = await issue(stranger);
    await assertFailure(verify(await cades({ ...signer, chain: [signer.certificate, stranger.certificate] })), 'CERTIFICATE_UNTRUSTED', /self-signed/);
  });

  it('refuses a leaf whose intermediate is missing', async () => {
    const signer = await issue(intermediate);
    await assertFailure(verify(await cades({ ...signer, chain: [signer.certificate] })), 'CERTIFICATE_UNTRUSTED', /intermediate/);
  });

  it('refuses a CA that copies the name of the real intermediate', async () => {
    const forger = await createCertificateAuthority({ name: 'Test Issuing CA', ...VALID });
    const signer = await issue({ ...forger, intermediates: [forger.certificate] });
    await assertFailure(verify(await cades(signer)), 'CERTIFICATE_UNTRUSTED');
  });
});

describe('CAdES signatures: CERTIFICATE_EXPIRED', () => {
  it('refuses an expired certificate', async () => {
    const signer = await issue(root, { notAfter: new Date('2026-03-01T00:00:00Z') });
    await assertFailure(verify(await cades(signer, { signingTime: new Date('2026-02-28T00:00:00Z') })), 'CERTIFICATE_EXPIRED', /expired on 2026-03-01/);
  });

  it('refuses a signing-time outside the certificate validity, even when the certificate is valid now', async () => {
    const signer = await issue(root, { notBefore: new Date('2026-01-01T00:00:00Z') });
    await assertFailure(verify(await cades(signer, { signingTime: new Date('2025-12-01T00:00:00Z') })), 'CERTIFICATE_EXPIRED', /declares it was made on 2025-12-01/);
  });

  it('reports an untrusted chain before an expired certificate', async () => {
    const stranger = await createCertificateAuthority({ name: 'Some Other CA', ...VALID });
    const signer = await issue(stranger, { notAfter: new Date('2025-06-01T00:00:00Z') });
    await assertFailure(verify(await cades(signer, { signingTime: new Date('2025-05-01T00:00:00Z') })), 'CERTIFICATE_UNTRUSTED');
  });
});

describe('CAdES signatures: SIGNER_MISMATCH', () => {
  it('refuses a certificate of another person', async () => {
    await assertFailure(verify(await cades(await issue(root)), { applicantNif: '87654321X' }), 'SIGNER_MISMATCH', /12345678Z.*87654321X/);
  });

  it('refuses a representative certificate of another entity', async () => {
    await assertFailure(verify(await cades(await issue(intermediate, { represents: LLEIDA })), { entityNif: TARREGA }), 'SIGNER_MISMATCH', /P2512000A.*P2521700F/);
  });

  it('is reported before a changed payload', async () => {
    await assertFailure(verify(await cades(await issue(root), { payload: '{"older":"version"}' }), { applicantNif: '87654321X' }), 'SIGNER_MISMATCH');
  });
});

/** An RSA signer, as most Spanish qualified certificates are (AutoFirma signs SHA512withRSA by default). */
async function issueRsaSigner(ca: CertificateAuthority): Promise<SignerCredentials> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const probe = await issue(ca);
  const certificate = await x509.X509CertificateGenerator.create({
    subject: probe.certificate.subjectName, issuer: ca.certificate.subjectName, publicKey: keys.publicKey, signingKey: ca.privateKey, ...VALID,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    extensions: [new x509.BasicConstraintsExtension(false, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation, true)],
  });
  return { certificate, privateKey: keys.privateKey, chain: [certificate, ...ca.intermediates] };
}

describe('CAdES signatures: RSA keys', () => {
  it('accepts an RSA signature (PKCS #1 v1.5)', async () => {
    const result = await verify(await cades(await issueRsaSigner(intermediate)));
    assert.ok(result.ok, result.ok ? '' : result.message);
  });
});
