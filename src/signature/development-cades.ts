import { createHash } from 'node:crypto';
import { CMS_OID } from './cades-signature';
import { asn1js, pkijs, pkijsEngine } from './pkijs';
import { CryptoKey, x509 } from './x509';

export interface SignCadesOptions {
  /** Signed byte for byte (UTF-8), normally the application's canonical JSON. */
  payload: string;
  /** Signing certificate first; every certificate goes into the SignedData. */
  certificateChain: readonly x509.X509Certificate[];
  privateKey: CryptoKey;
  /** Detached (the default, as AutoFirma signs a document it does not carry) or with the payload inside. */
  attached?: boolean;
  /** The signing-time attribute; null leaves it out. Default: now. */
  signingTime?: Date | null;
  /**
   * The content put inside an attached signature when it differs from what the digest covers:
   * only to prove that such a signature is refused.
   */
  replaceContentWith?: string;
}

const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });

/** DER writes a SET OF in the order of its elements' encodings; pkijs keeps the given order, other verifiers re-sort. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((item) => ({ item, der: Buffer.from(item.toSchema().toBER(false)) }));
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map(({ item }) => item);
}

/** ESS signing-certificate-v2 with the default SHA-256 and no issuerSerial (RFC 5035): binds the certificate to the signature. */
function signingCertificateV2(certificate: x509.X509Certificate): pkijs.Attribute {
  const certHash = createHash('sha256').update(Buffer.from(certificate.rawData)).digest();
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] });
  return attribute(CMS_OID.signingCertificateV2, new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] }));
}

/**
 * A CAdES-BES signature as AutoFirma or the AOC Signador would return it, for development and
 * tests: CMS SignedData with content-type, message-digest, signing-time and signing-certificate-v2
 * signed attributes, base64 DER. SHA-256, and the key's own signature algorithm.
 */
export async function signPayloadCades(options: SignCadesOptions): Promise<string> {
  const payload = Buffer.from(options.payload, 'utf8');
  const [leaf] = options.certificateChain;
  const certificates = options.certificateChain.map((certificate) => pkijs.Certificate.fromBER(certificate.rawData));
  const signingTime = options.signingTime === undefined ? new Date() : options.signingTime;

  const signedAttributes = [
    attribute(CMS_OID.contentType, new asn1js.ObjectIdentifier({ value: CMS_OID.data })),
    attribute(CMS_OID.messageDigest, new asn1js.OctetString({ valueHex: createHash('sha256').update(payload).digest() })),
    ...(signingTime ? [attribute(CMS_OID.signingTime, new asn1js.UTCTime({ valueDate: signingTime }))] : []),
    signingCertificateV2(leaf),
  ];
  const content = options.replaceContentWith === undefined ? payload : Buffer.from(options.replaceContentWith, 'utf8');
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: CMS_OID.data,
      ...(options.attached ? { eContent: new asn1js.OctetString({ valueHex: content }) } : {}),
    }),
    signerInfos: [new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({ issuer: certificates[0].issuer, serialNumber: certificates[0].serialNumber }),
      signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: derSorted(signedAttributes) }),
    })],
    certificates,
  });
  // With signed attributes pkijs signs their DER; the detached data argument is not digested again.
  await signedData.sign(options.privateKey, 0, 'SHA-256', undefined, pkijsEngine);
  const contentInfo = new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false)).toString('base64');
}
