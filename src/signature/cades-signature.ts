import { createHash } from 'node:crypto';
import { isIssuedBy, ParsedCertificate, parseCertificateDer } from './certificate';
import { MAX_CHAIN_LENGTH, MAX_JWS_LENGTH } from './compact-jws';
import { ContentDigestAlgorithm, OpenedSignature } from './opened-signature';
import { asn1js, pkijs, pkijsEngine } from './pkijs';
import { SignatureFormat } from './signature-format';
import { failure, SignatureFailure } from './verification-result';
import { x509 } from './x509';

/** Object identifiers of RFC 5652 (CMS), RFC 5035 (ESS) and the algorithms accepted. */
export const CMS_OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const DIGESTS: Record<string, { name: ContentDigestAlgorithm; webCrypto: string }> = {
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', webCrypto: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', webCrypto: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', webCrypto: 'SHA-512' },
};

/**
 * RSA (PKCS #1 v1.5 as AutoFirma writes it, under either OID, or PSS) and ECDSA, with SHA-2.
 * SHA-1 and MD5 variants are left out on purpose.
 */
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const SIGNATURE_ALGORITHMS = new Set([
  RSA_ENCRYPTION, '1.2.840.113549.1.1.11', '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.13', '1.2.840.113549.1.1.10',
  '1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4',
]);

/** Base64 of DER as signing tools print it: line breaks and spaces are tolerated, nothing else. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const invalid = (message: string) => failure('SIGNATURE_INVALID', message);

function decodeBase64(text: string): Buffer | SignatureFailure {
  const base64 = text.replace(/\s+/g, '');
  if (base64.length === 0) return invalid('The signature is empty.');
  if (base64.length > MAX_JWS_LENGTH) return invalid(`The signature is longer than ${MAX_JWS_LENGTH} characters.`);
  if (!BASE64.test(base64) || base64.length % 4 !== 0) {
    return invalid('The signature is neither a compact JWS nor a CAdES signature in base64 (DER).');
  }
  return Buffer.from(base64, 'base64');
}

/** ContentInfo → SignedData, refusing trailing bytes and any other content type. */
function readSignedData(der: Buffer): pkijs.SignedData | SignatureFailure {
  const notCms = invalid('The signature is not a CMS SignedData structure (CAdES) in DER.');
  const parsed = asn1js.fromBER(new Uint8Array(der));
  if (parsed.offset === -1 || parsed.offset !== der.length) return notCms;
  let contentInfo: pkijs.ContentInfo;
  try {
    contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
  } catch {
    return notCms;
  }
  if (contentInfo.contentType !== CMS_OID.signedData) return notCms;
  try {
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return notCms;
  }
}

/** The one value of a signed attribute that must occur once (RFC 5652 §11), or why not. */
function singleAttribute(attributes: pkijs.Attribute[], type: string, name: string, required: boolean): unknown | SignatureFailure | undefined {
  const found = attributes.filter((attribute) => attribute.type === type);
  if (found.length === 0) return required ? invalid(`The signed attributes lack ${name}, which CAdES requires.`) : undefined;
  if (found.length > 1 || found[0].values.length !== 1) return invalid(`The signed attribute ${name} must appear once with one value.`);
  return found[0].values[0];
}

const isFailure = (value: unknown): value is SignatureFailure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

interface SignedAttributes {
  messageDigest: Buffer;
  signingTime: Date | null;
  /** certHash of the first ESSCertID(v2) and its algorithm, when the signer bound the certificate. */
  signingCertificateHash: { algorithm: string; value: Buffer } | null;
}

/** ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL } (RFC 5035). */
function firstCertificateHash(value: unknown, version: 1 | 2): { algorithm: string; value: Buffer } | SignatureFailure {
  const unreadable = invalid('The signed attribute signing-certificate cannot be read.');
  if (!(value instanceof asn1js.Sequence)) return unreadable;
  const [certificates] = value.valueBlock.value;
  if (!(certificates instanceof asn1js.Sequence)) return unreadable;
  const [first] = certificates.valueBlock.value;
  if (!(first instanceof asn1js.Sequence)) return unreadable;
  const fields = first.valueBlock.value;
  let algorithm = version === 1 ? 'sha1' : 'sha256';
  let index = 0;
  if (version === 2 && fields[0] instanceof asn1js.Sequence) {
    const identifier = new pkijs.AlgorithmIdentifier({ schema: fields[0] });
    const digest = DIGESTS[identifier.algorithmId];
    if (!digest) return invalid('The signing-certificate attribute uses a hash algorithm that is not accepted.');
    algorithm = digest.name;
    index = 1;
  }
  const hash = fields[index];
  if (!(hash instanceof asn1js.OctetString)) return unreadable;
  return { algorithm, value: Buffer.from(hash.valueBlock.valueHexView) };
}

function readSignedAttributes(signerInfo: pkijs.SignerInfo, eContentType: string): SignedAttributes | SignatureFailure {
  const attributes = signerInfo.signedAttrs?.attributes;
  if (!attributes) return invalid('The CMS signature has no signed attributes; CAdES signs content-type and message-digest.');

  const contentType = singleAttribute(attributes, CMS_OID.contentType, 'content-type', true);
  if (isFailure(contentType)) return contentType;
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== eContentType) {
    return invalid('The signed content-type attribute does not match the type of the signed content.');
  }
  const messageDigest = singleAttribute(attributes, CMS_OID.messageDigest, 'message-digest', true);
  if (isFailure(messageDigest)) return messageDigest;
  if (!(messageDigest instanceof asn1js.OctetString)) return invalid('The signed message-digest attribute is not an OCTET STRING.');

  const signingTime = singleAttribute(attributes, CMS_OID.signingTime, 'signing-time', false);
  if (isFailure(signingTime)) return signingTime;
  if (signingTime !== undefined && !(signingTime instanceof asn1js.UTCTime || signingTime instanceof asn1js.GeneralizedTime)) {
    return invalid('The signed signing-time attribute is not a time.');
  }

  let signingCertificateHash: SignedAttributes['signingCertificateHash'] = null;
  for (const [type, version] of [[CMS_OID.signingCertificateV2, 2], [CMS_OID.signingCertificate, 1]] as const) {
    const value = singleAttribute(attributes, type, 'signing-certificate', false);
    if (isFailure(value)) return value;
    if (value === undefined) continue;
    const hash = firstCertificateHash(value, version);
    if (isFailure(hash)) return hash;
    signingCertificateHash = hash;
    break;
  }
  return {
    messageDigest: Buffer.from(messageDigest.valueBlock.valueHexView),
    signingTime: signingTime ? signingTime.toDate() : null,
    signingCertificateHash,
  };
}

interface CarriedCertificate {
  pkijs: pkijs.Certificate;
  parsed: ParsedCertificate;
}

function readCertificates(signedData: pkijs.SignedData): CarriedCertificate[] | SignatureFailure {
  const items = signedData.certificates ?? [];
  if (items.length === 0) return invalid('The CMS signature carries no certificates; include the signing certificate and its chain.');
  if (items.length > MAX_CHAIN_LENGTH) return invalid(`The CMS signature carries ${items.length} certificates; at most ${MAX_CHAIN_LENGTH} are accepted.`);
  const certificates: CarriedCertificate[] = [];
  for (const [index, item] of items.entries()) {
    if (!(item instanceof pkijs.Certificate)) return invalid(`Certificate ${index + 1} in the CMS signature is not an X.509 certificate.`);
    try {
      certificates.push({ pkijs: item, parsed: parseCertificateDer(Buffer.from(item.toSchema().toBER(false))) });
    } catch {
      return invalid(`Certificate ${index + 1} in the CMS signature is not a readable X.509 certificate.`);
    }
  }
  return certificates;
}

/** The certificate the SignerInfo names, by issuer and serial number or by subject key identifier. */
function findSigner(signerInfo: pkijs.SignerInfo, certificates: CarriedCertificate[]): CarriedCertificate | undefined {
  const { sid } = signerInfo;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find(({ pkijs: certificate }) => certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber));
  }
  const identifier = sid as asn1js.Constructed | asn1js.Primitive;
  const keyId = identifier instanceof asn1js.Constructed
    ? (identifier.valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView
    : (identifier as asn1js.Primitive).valueBlock.valueHexView;
  const wanted = Buffer.from(keyId).toString('hex');
  return certificates.find(({ parsed }) => parsed.details.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId === wanted);
}

/** Signing certificate first, then each issuer found among the others; unrelated extras are left out. */
function orderChain(leaf: ParsedCertificate, others: ParsedCertificate[]): ParsedCertificate[] {
  const chain = [leaf];
  for (;;) {
    const current = chain[chain.length - 1];
    const issuer = others.find((candidate) => !chain.includes(candidate) && isIssuedBy(current, candidate));
    if (!issuer) return chain;
    chain.push(issuer);
  }
}

const digest = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest();

/**
 * Reads a CAdES-BES signature (CMS SignedData, base64 DER) and checks, with pkijs, the signature
 * over the signed attributes with the signing certificate's key; for attached content also that
 * the message-digest attribute is the digest of the content inside. Whether that content (or,
 * detached, the digest) is the expected document is left to the caller, after trust and identity.
 */
export async function openCadesSignature(text: string): Promise<OpenedSignature | SignatureFailure> {
  const der = decodeBase64(text);
  if (isFailure(der)) return der;
  const signedData = readSignedData(der);
  if (isFailure(signedData)) return signedData;

  if (signedData.signerInfos.length !== 1) return invalid(`The CMS signature has ${signedData.signerInfos.length} signers; exactly one is accepted.`);
  const [signerInfo] = signedData.signerInfos;
  const { eContentType, eContent } = signedData.encapContentInfo;
  if (eContentType !== CMS_OID.data) return invalid('The CMS signature does not sign plain data (eContentType id-data).');

  const digestAlgorithm = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!digestAlgorithm) return invalid('The CMS signature uses a digest algorithm that is not accepted; use SHA-256, SHA-384 or SHA-512.');
  if (!SIGNATURE_ALGORITHMS.has(signerInfo.signatureAlgorithm.algorithmId)) {
    return invalid('The CMS signature uses a signature algorithm that is not accepted; use RSA or ECDSA with SHA-2.');
  }
  const attributes = readSignedAttributes(signerInfo, eContentType);
  if (isFailure(attributes)) return attributes;

  const certificates = readCertificates(signedData);
  if (isFailure(certificates)) return certificates;
  const signer = findSigner(signerInfo, certificates);
  if (!signer) return invalid('The CMS signature does not carry the certificate of its signer.');

  const { signingCertificateHash } = attributes;
  if (signingCertificateHash && !digest(signingCertificateHash.algorithm, signer.parsed.der).equals(signingCertificateHash.value)) {
    return invalid('The signed signing-certificate attribute names another certificate than the one the signature carries.');
  }

  // What the key signed is the DER of the signed attributes (re-tagged as a SET), not the content.
  // The hash comes from the signature algorithm, except for bare rsaEncryption, which names none
  // and uses the digest algorithm (as pkijs's own SignedData.verify does).
  const bareRsa = signerInfo.signatureAlgorithm.algorithmId === RSA_ENCRYPTION;
  const verified = await pkijsEngine.verifyWithPublicKey(
    signerInfo.signedAttrs!.encodedValue, signerInfo.signature, signer.pkijs.subjectPublicKeyInfo, signerInfo.signatureAlgorithm,
    bareRsa ? digestAlgorithm.webCrypto : undefined,
  );
  if (!verified) return invalid('The signature does not verify with the public key of the signing certificate.');

  const chain = orderChain(signer.parsed, certificates.map((certificate) => certificate.parsed).filter((parsed) => parsed !== signer.parsed));
  const base = { format: SignatureFormat.CADES, chain, signingTime: attributes.signingTime };
  if (!eContent) return { ...base, signed: { digest: { algorithm: digestAlgorithm.name, value: attributes.messageDigest } } };

  const content = new Uint8Array(eContent.getValue());
  if (!digest(digestAlgorithm.name, content).equals(attributes.messageDigest)) {
    return invalid('The content inside the signature is not the content that was signed (message-digest).');
  }
  return { ...base, signed: { content } };
}
