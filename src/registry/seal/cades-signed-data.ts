import { createHash, sign } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SealCertificate, SealDigest } from './seal-certificate';

/** Object identifiers of what a CAdES-BES signature carries (RFC 5652, RFC 5035, ETSI EN 319 122-1). */
export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const DIGEST_OID: Record<SealDigest, string> = { sha256: '2.16.840.1.101.3.4.2.1', sha384: '2.16.840.1.101.3.4.2.2' };
const SIGNATURE_OID = {
  rsa: { sha256: '1.2.840.113549.1.1.11', sha384: '1.2.840.113549.1.1.12' },
  ec: { sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3' },
} as const;

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const der = (value: { toBER(sizeOnly?: boolean): ArrayBuffer }) => Buffer.from(value.toBER(false));

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the certificate by its SHA-256
 * hash and issuer/serial, so nobody can swap in another certificate with the same key. PAdES
 * baseline requires it.
 */
function signingCertificateV2(certificateDer: Buffer): pkijs.Attribute {
  const certificate = pkijs.Certificate.fromBER(arrayBuffer(certificateDer));
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new pkijs.GeneralName({ type: 4, value: certificate.issuer }).toSchema()] }),
      certificate.serialNumber,
    ],
  });
  // hashAlgorithm is left out: its DEFAULT is SHA-256, and DER omits default values.
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: arrayBuffer(createHash('sha256').update(certificateDer).digest()) }), issuerSerial],
  });
  return new pkijs.Attribute({
    type: CMS_OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  });
}

/**
 * A detached CAdES-BES signature (CMS SignedData, DER) of `content` by the seal: the content type,
 * its digest and signing-certificate-v2 as signed attributes, the seal's certificate chain, no
 * signing-time attribute (PAdES puts the time in the signature dictionary, and forbids it here).
 */
export function buildDetachedCadesSignature(seal: SealCertificate, content: Buffer): Buffer {
  const [leaf] = seal.chain;
  const certificate = pkijs.Certificate.fromBER(arrayBuffer(leaf.der));
  const digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: DIGEST_OID[seal.digest] });

  const attributes = [
    new pkijs.Attribute({ type: CMS_OID.contentType, values: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })] }),
    new pkijs.Attribute({
      type: CMS_OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: arrayBuffer(createHash(seal.digest).update(content).digest()) })],
    }),
    signingCertificateV2(leaf.der),
  // DER sorts a SET OF by the encodings of its elements.
  ].sort((a, b) => Buffer.compare(der(a.toSchema()), der(b.toSchema())));

  // What is signed is the DER of the attributes as a SET (RFC 5652 §5.4), not the [0] form they travel in.
  const signedBytes = der(new asn1js.Set({ value: attributes.map((attribute) => attribute.toSchema()) }));
  const keyType = seal.privateKey.asymmetricKeyType === 'rsa' ? 'rsa' : 'ec';
  const signature = sign(seal.digest, signedBytes, seal.privateKey);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm,
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: SIGNATURE_OID[keyType][seal.digest],
      // RSA signature algorithms carry an explicit NULL parameter (RFC 4055); ECDSA ones none (RFC 5758).
      ...(keyType === 'rsa' ? { algorithmParams: new asn1js.Null() } : {}),
    }),
    signature: new asn1js.OctetString({ valueHex: arrayBuffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [digestAlgorithm],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
    certificates: seal.chain.map((entry) => pkijs.Certificate.fromBER(arrayBuffer(entry.der))),
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) });
  return der(contentInfo.toSchema());
}
