import assert from 'node:assert/strict';
import { createHash, createHmac, webcrypto } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { loadJose } from '../../src/identity/jose';
import { canonicalJson } from '../../src/signature/canonical-json';
import {
  CertificateAuthority, createCertificateAuthority, SignerCredentials, signPayload,
} from '../../src/signature/development-pki';
import { SignatureVerification, SignatureVerificationInput, verifyApplicationSignature } from '../../src/signature/signature-verifier';
import { TrustAnchors } from '../../src/signature/trust-anchors';
import { x509 } from '../../src/signature/x509';
import { createSignatureWorld, issueSignerFor, LLEIDA, MARIA, TARREGA, VALID } from '../support/signature-world';

const AT = new Date('2026-03-02T10:00:00Z');

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const der64 = (certificate: x509.X509Certificate) => Buffer.from(certificate.rawData).toString('base64');

let root: CertificateAuthority;
let intermediate: CertificateAuthority;
let anchors: TrustAnchors;
let payload: string;

before(async () => {
  ({ root, intermediate, anchors, payload } = await createSignatureWorld());
});

const issue = issueSignerFor;

const sign = (signer: SignerCredentials, text = payload) => signPayload({ payload: text, certificateChain: signer.chain, privateKey: signer.privateKey });

function verify(jws: string, overrides: Partial<SignatureVerificationInput> = {}): Promise<SignatureVerification> {
  return verifyApplicationSignature({ signature: jws, expectedPayload: payload, trustAnchors: anchors, at: AT, applicantNif: MARIA.nif, entityNif: LLEIDA.nif, ...overrides });
}

async function assertFailure(result: Promise<SignatureVerification>, code: string, message?: RegExp) {
  const outcome = await result;
  assert.equal(outcome.ok, false, `expected ${code}, got success`);
  if (outcome.ok) return;
  assert.equal(outcome.code, code, outcome.message);
  if (message) assert.match(outcome.message, message);
}

/** A JWS built by hand, for headers no honest signing tool would write. */
function handmade(header: unknown, signature = 'c2lnbmF0dXJl', body = payload): string {
  return `${b64url(header)}.${b64url(body)}.${signature}`;
}

/** A certificate with any subject and extensions, for shapes the development PKI does not make. */
async function issueCustom(ca: CertificateAuthority, subject: x509.JsonName, extensions: x509.Extension[] = []) {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.create({
    subject, issuer: ca.certificate.subjectName, publicKey: keys.publicKey, signingKey: ca.privateKey, ...VALID,
    signingAlgorithm: { ...algorithm, hash: 'SHA-256' }, extensions: [new x509.BasicConstraintsExtension(false), ...extensions],
  });
  return { certificate, privateKey: keys.privateKey, chain: [certificate, ...ca.intermediates] };
}

describe('verifyApplicationSignature: accepted signatures', () => {
  for (const [label, kind] of [['directly under the root', 'root'], ['through an intermediate CA', 'intermediate']] as const) {
    it(`accepts an individual certificate ${label}, for any entity`, async () => {
      const signer = await issue(kind === 'root' ? root : intermediate);
      const result = await verify(await sign(signer), { entityNif: TARREGA });
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.signer.nif, '12345678Z');
      assert.equal(result.signer.name, 'Maria Puig Soler');
      assert.equal(result.signer.certificateType, 'INDIVIDUAL');
      assert.equal(result.signer.entityNif, null);
      assert.equal(result.signer.serialNumber, signer.certificate.serialNumber.toLowerCase());
      assert.equal(result.signer.sha256Fingerprint, createHash('sha256').update(Buffer.from(signer.certificate.rawData)).digest('hex'));
      assert.equal(result.signer.issuer, kind === 'root' ? root.certificate.subject : intermediate.certificate.subject);
      assert.match(result.signer.subject, /IDCES-12345678Z/);
      assert.deepEqual([result.signer.notBefore, result.signer.notAfter], [VALID.notBefore, VALID.notAfter]);
    });

    it(`accepts a representative certificate ${label} for the applying entity`, async () => {
      const signer = await issue(kind === 'root' ? root : intermediate, { represents: LLEIDA });
      const result = await verify(await sign(signer));
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.signer.certificateType, 'REPRESENTATIVE');
      assert.equal(result.signer.entityNif, LLEIDA.nif);
      assert.equal(result.signer.name, 'Maria Puig Soler');
    });
  }

  it('accepts x5c that also carries the root certificate', async () => {
    const signer = await issue(intermediate);
    const jws = await signPayload({ payload, certificateChain: [...signer.chain, root.certificate], privateKey: signer.privateKey });
    assert.equal((await verify(jws)).ok, true);
  });

  it('compares NIFs ignoring case and surrounding spaces', async () => {
    const signer = await issue(root, { represents: LLEIDA });
    const result = await verify(await sign(signer), { applicantNif: ' 12345678z ', entityNif: 'p2512000a ' });
    assert.equal(result.ok, true);
  });

  it('accepts a bare NIF in serialNumber (older certificates, no IDCES- prefix)', async () => {
    const signer = await issueCustom(root, [{ CN: ['PUIG SOLER MARIA - 12345678Z'] }, { '2.5.4.5': ['12345678Z'] }, { '2.5.4.42': ['MARIA'] }, { '2.5.4.4': ['PUIG SOLER'] }]);
    const result = await verify(await sign(signer));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.signer.name, 'MARIA PUIG SOLER');
  });

  it('accepts a public-employee certificate (entity NIF as subject attribute) for its entity only', async () => {
    const signer = await issue(intermediate, { publicEmployeeOf: LLEIDA.nif });
    const result = await verify(await sign(signer));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.signer.certificateType, 'PUBLIC_EMPLOYEE');
    assert.equal(result.signer.entityNif, LLEIDA.nif);
    await assertFailure(verify(await sign(signer), { entityNif: TARREGA }), 'SIGNER_MISMATCH', /P2512000A/);
  });

  it('reads the public-employee entity NIF from a subjectAltName directory name (AGE profile)', async () => {
    const alternativeName = new x509.SubjectAlternativeNameExtension([{ type: 'dn', value: `2.16.724.1.3.5.7.2.3=${LLEIDA.nif}` }]);
    const signer = await issueCustom(root, [{ CN: ['Maria Puig Soler - 12345678Z'] }, { '2.5.4.5': ['IDCES-12345678Z'] }], [alternativeName]);
    const result = await verify(await sign(signer));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.signer.certificateType, 'PUBLIC_EMPLOYEE');
    assert.equal(result.signer.entityNif, LLEIDA.nif);
    await assertFailure(verify(await sign(signer), { entityNif: TARREGA }), 'SIGNER_MISMATCH');
  });

  it('accepts RS256 from an RSA certificate', async () => {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
    const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
    const certificate = await x509.X509CertificateGenerator.create({
      subject: [{ CN: ['Maria Puig Soler - 12345678Z'] }, { '2.5.4.5': ['IDCES-12345678Z'] }], issuer: root.certificate.subjectName,
      publicKey: keys.publicKey, signingKey: root.privateKey, ...VALID, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    });
    const jws = await signPayload({ payload, certificateChain: [certificate], privateKey: keys.privateKey, algorithm: 'RS256' });
    assert.equal((await verify(jws)).ok, true);
    // The same key under an algorithm of another family must not pass.
    const [header, body, signature] = jws.split('.');
    const relabelled = `${b64url({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), alg: 'ES256' })}.${body}.${signature}`;
    await assertFailure(verify(relabelled), 'SIGNATURE_INVALID');
  });
});

describe('verifyApplicationSignature: SIGNATURE_INVALID', () => {
  it('refuses a tampered signature', async () => {
    const [header, body, signature] = (await sign(await issue(root))).split('.');
    const bytes = Buffer.from(signature, 'base64url');
    bytes[10] ^= 0x01;
    await assertFailure(verify(`${header}.${body}.${bytes.toString('base64url')}`), 'SIGNATURE_INVALID', /does not verify/);
  });

  it('refuses a payload swapped under an existing signature (not PAYLOAD_CHANGED: nobody signed it)', async () => {
    const [header, , signature] = (await sign(await issue(root))).split('.');
    const other = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, import: 99999 });
    await assertFailure(verify(`${header}.${b64url(other)}.${signature}`, { expectedPayload: other }), 'SIGNATURE_INVALID');
  });

  it('refuses a signature made with another key than the certificate in x5c', async () => {
    const maria = await issue(root);
    const impostor = await issue(root, { nif: '87654321X' });
    const jws = await signPayload({ payload, certificateChain: maria.chain, privateKey: impostor.privateKey });
    await assertFailure(verify(jws), 'SIGNATURE_INVALID', /does not verify/);
  });

  it('refuses alg none, with or without a signature part', async () => {
    const x5c = [der64((await issue(root)).certificate)];
    await assertFailure(verify(handmade({ alg: 'none', x5c })), 'SIGNATURE_INVALID', /"none" is not accepted/);
    await assertFailure(verify(`${b64url({ alg: 'none', x5c })}.${b64url(payload)}.`), 'SIGNATURE_INVALID');
  });

  it('refuses HS256 keyed with the public certificate (algorithm confusion)', async () => {
    const certificate = (await issue(root)).certificate;
    const signingInput = `${b64url({ alg: 'HS256', x5c: [der64(certificate)] })}.${b64url(payload)}`;
    const mac = createHmac('sha256', Buffer.from(certificate.rawData)).update(signingInput).digest('base64url');
    await assertFailure(verify(`${signingInput}.${mac}`), 'SIGNATURE_INVALID', /"HS256" is not accepted/);
  });

  it('refuses a header without alg', async () => {
    await assertFailure(verify(handmade({ x5c: [der64(root.certificate)] })), 'SIGNATURE_INVALID', /no alg/);
  });

  it('refuses a JWS without x5c', async () => {
    const signer = await issue(root);
    const { CompactSign } = await loadJose();
    const jws = await new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: 'ES256' }).sign(signer.privateKey);
    await assertFailure(verify(jws), 'SIGNATURE_INVALID', /no x5c/);
  });

  for (const [label, x5c] of [
    ['not base64', ['not base64 at all!']],
    ['base64 but not a certificate', [Buffer.from('hello world, no DER here').toString('base64')]],
    ['base64url instead of base64', ['MIIB_-__']],
    ['a string instead of an array', 'MIIB'],
    ['an empty array', []],
    ['an array of numbers', [42]],
  ] as const) {
    it(`refuses x5c that is ${label}`, async () => {
      await assertFailure(verify(handmade({ alg: 'ES256', x5c })), 'SIGNATURE_INVALID', /x5c/);
    });
  }

  it('refuses a certificate in PEM form inside x5c', async () => {
    await assertFailure(verify(handmade({ alg: 'ES256', x5c: [root.certificate.toString('pem')] })), 'SIGNATURE_INVALID', /x5c\[0\]/);
  });

  for (const [label, jws] of [
    ['an empty string', ''],
    ['one part', 'abc'],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['JSON serialization', JSON.stringify({ payload: 'e30', signatures: [] })],
    ['a header that is not JSON', `${b64url('not json')}.${b64url('{}')}.c2ln`],
    ['a header that is a JSON array', `${b64url([1, 2])}.${b64url('{}')}.c2ln`],
  ]) {
    it(`refuses ${label}`, async () => {
      await assertFailure(verify(jws), 'SIGNATURE_INVALID');
    });
  }

  it('refuses a value that is not a string without throwing', async () => {
    await assertFailure(verify(undefined as unknown as string), 'SIGNATURE_INVALID');
    await assertFailure(verify({ jws: 1 } as unknown as string), 'SIGNATURE_INVALID');
  });
});

describe('verifyApplicationSignature: CERTIFICATE_UNTRUSTED', () => {
  it('refuses a chain to an unknown CA', async () => {
    const stranger = await createCertificateAuthority({ name: 'Some Other CA', ...VALID });
    await assertFailure(verify(await sign(await issue(stranger))), 'CERTIFICATE_UNTRUSTED', /Some Other CA/);
  });

  it('refuses a CA that copies the name of the real intermediate', async () => {
    const forger = await createCertificateAuthority({ name: 'Test Issuing CA', ...VALID });
    const lookalike: CertificateAuthority = { ...forger, intermediates: [forger.certificate] };
    await assertFailure(verify(await sign(await issue(lookalike))), 'CERTIFICATE_UNTRUSTED');
  });

  it('refuses a leaf whose intermediate is missing from x5c', async () => {
    const signer = await issue(intermediate);
    const jws = await signPayload({ payload, certificateChain: [signer.certificate], privateKey: signer.privateKey });
    await assertFailure(verify(jws), 'CERTIFICATE_UNTRUSTED', /intermediate/);
  });

  it('refuses an intermediate not marked as a CA (basicConstraints cA=false)', async () => {
    const notCa = await createCertificateAuthority({ name: 'Not A CA', ...VALID, issuer: root, markAsCa: false });
    await assertFailure(verify(await sign(await issue(notCa))), 'CERTIFICATE_UNTRUSTED', /not a certification authority/);
  });

  it('refuses certificates in the wrong order', async () => {
    const signer = await issue(intermediate);
    const jws = await signPayload({ payload, certificateChain: [signer.certificate, root.certificate, intermediate.certificate], privateKey: signer.privateKey });
    await assertFailure(verify(jws), 'CERTIFICATE_UNTRUSTED');
  });

  it('refuses a CA certificate used as the signing certificate', async () => {
    const jws = await signPayload({ payload, certificateChain: intermediate.intermediates, privateKey: intermediate.privateKey });
    await assertFailure(verify(jws), 'CERTIFICATE_UNTRUSTED', /certification authority/);
  });

  it('reports an untrusted chain before an expired certificate', async () => {
    const stranger = await createCertificateAuthority({ name: 'Some Other CA', ...VALID });
    const jws = await sign(await issue(stranger, { notAfter: new Date('2025-06-01T00:00:00Z') }));
    await assertFailure(verify(jws), 'CERTIFICATE_UNTRUSTED');
  });
});

describe('verifyApplicationSignature: CERTIFICATE_EXPIRED', () => {
  it('refuses an expired leaf', async () => {
    const jws = await sign(await issue(root, { notAfter: new Date('2026-03-01T00:00:00Z') }));
    await assertFailure(verify(jws), 'CERTIFICATE_EXPIRED', /signing certificate .* expired on 2026-03-01/);
  });

  it('refuses a leaf that is not valid yet', async () => {
    const jws = await sign(await issue(root, { notBefore: new Date('2026-04-01T00:00:00Z') }));
    await assertFailure(verify(jws), 'CERTIFICATE_EXPIRED', /not valid until 2026-04-01/);
  });

  it('refuses a valid leaf under an expired intermediate', async () => {
    const old = await createCertificateAuthority({ name: 'Old Issuing CA', notBefore: VALID.notBefore, notAfter: new Date('2026-01-01T00:00:00Z'), issuer: root });
    await assertFailure(verify(await sign(await issue(old))), 'CERTIFICATE_EXPIRED', /intermediate/);
  });

  it('accepts the same leaf at a time inside its validity', async () => {
    const jws = await sign(await issue(root, { notAfter: new Date('2026-03-01T00:00:00Z') }));
    assert.equal((await verify(jws, { at: new Date('2026-02-28T00:00:00Z') })).ok, true);
  });
});

describe('verifyApplicationSignature: SIGNER_MISMATCH', () => {
  it('refuses a certificate of another person', async () => {
    await assertFailure(verify(await sign(await issue(root)), { applicantNif: '87654321X' }), 'SIGNER_MISMATCH', /12345678Z.*87654321X/);
  });

  it('refuses a representative certificate of another entity', async () => {
    const jws = await sign(await issue(intermediate, { represents: LLEIDA }));
    await assertFailure(verify(jws, { entityNif: TARREGA }), 'SIGNER_MISMATCH', /P2512000A.*P2521700F/);
  });

  it('refuses a certificate without serialNumber', async () => {
    const signer = await issueCustom(root, [{ CN: ['Maria Puig Soler'] }]);
    await assertFailure(verify(await sign(signer)), 'SIGNER_MISMATCH', /no NIF/);
  });

  it('is reported before a changed payload', async () => {
    const jws = await sign(await issue(root), '{"older":"version"}');
    await assertFailure(verify(jws, { applicantNif: '87654321X' }), 'SIGNER_MISMATCH');
  });
});

describe('verifyApplicationSignature: PAYLOAD_CHANGED', () => {
  it('refuses a valid signature over another version of the application', async () => {
    const older = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, import: 1200 });
    await assertFailure(verify(await sign(await issue(root), older)), 'PAYLOAD_CHANGED', /SHA-256 [0-9a-f]{64}/);
  });

  it('refuses the same JSON written differently (bytes matter, not meaning)', async () => {
    const spaced = JSON.stringify(JSON.parse(payload), null, 2);
    await assertFailure(verify(await sign(await issue(root), spaced)), 'PAYLOAD_CHANGED');
    await assertFailure(verify(await sign(await issue(root), `${payload}\n`)), 'PAYLOAD_CHANGED');
  });
});
