import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CertificateAuthority, createCertificateAuthority, issueSignerCertificate } from '../../src/signature/development-pki';
import { parseTrustAnchors } from '../../src/signature/trust-anchors';

const VALID = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };

let first: CertificateAuthority;
let second: CertificateAuthority;
let firstPem: string;

before(async () => {
  first = await createCertificateAuthority({ name: 'First Root', ...VALID });
  second = await createCertificateAuthority({ name: 'Second Root', ...VALID });
  firstPem = first.certificate.toString('pem');
});

describe('parseTrustAnchors', () => {
  it('reads every certificate of a bundle, ignoring comments between blocks and CRLF line ends', () => {
    const bundle = `# First Root\r\n${firstPem.replace(/\n/g, '\r\n')}\r\n# Second Root\n${second.certificate.toString('pem')}\n`;
    const anchors = parseTrustAnchors(bundle);
    assert.deepEqual(anchors.certificates.map((anchor) => anchor.details.subject), [first.certificate.subject, second.certificate.subject]);
  });

  it('keeps a certificate listed twice once', () => {
    assert.equal(parseTrustAnchors(`${firstPem}\n${firstPem}`).certificates.length, 1);
  });

  it('accepts PEM written on one line with literal \\n, as environment variables often carry it', () => {
    const oneLine = firstPem.replace(/\n/g, '\\n');
    assert.equal(parseTrustAnchors(oneLine).certificates[0].details.subject, first.certificate.subject);
  });

  for (const [label, text, message] of [
    ['empty text', '', /no certificate found/],
    ['text without PEM', 'just some words', /no certificate found/],
    ['a block without END', '-----BEGIN CERTIFICATE-----\nMIIB\n', /no matching -----END/],
    ['mismatched BEGIN and END', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END PRIVATE KEY-----\n', /ends with PRIVATE KEY/],
    ['broken base64', '-----BEGIN CERTIFICATE-----\nMII*B!!\n-----END CERTIFICATE-----\n', /block 1 is not valid base64/],
    ['base64 that is not a certificate', `-----BEGIN CERTIFICATE-----\n${Buffer.from('not a certificate').toString('base64')}\n-----END CERTIFICATE-----\n`, /block 1 is not a readable X.509 certificate/],
    ['a private key', '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n', /PRIVATE KEY, not a CERTIFICATE/],
  ] as const) {
    it(`throws a clear error for ${label}`, () => {
      assert.throws(() => parseTrustAnchors(text), message);
    });
  }

  it('names the broken block of a bundle', () => {
    const truncated = firstPem.replace(/\n[A-Za-z0-9+/=]+\n-----END/, '\n-----END');
    assert.throws(() => parseTrustAnchors(`${second.certificate.toString('pem')}\n${truncated}`), /block 2 /);
  });

  it('refuses a certificate that is not a CA', async () => {
    const leaf = await issueSignerCertificate(first, { nif: '12345678Z', name: 'Maria Puig', ...VALID });
    assert.throws(() => parseTrustAnchors(leaf.certificate.toString('pem')), /\(CN=.*IDCES-12345678Z.*\) is not a CA certificate/);
  });
});
