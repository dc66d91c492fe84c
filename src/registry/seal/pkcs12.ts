import { createPrivateKey, KeyObject, webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

// Node's WebCrypto, passed explicitly to every call, so nothing depends on pkijs's global engine.
const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });

const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';

export interface Pkcs12Contents {
  privateKeys: KeyObject[];
  /** DER certificates, in the order the file holds them. */
  certificates: Buffer[];
}

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * Reads a PKCS#12 (.p12/.pfx) file: checks its MAC with the password, decrypts its bags and
 * returns the keys and certificates. pkijs handles the PBES2 encryption OpenSSL 3 writes by
 * default; the keys themselves are decrypted by OpenSSL (createPrivateKey), which also knows the
 * older PKCS#12 algorithms. Files encrypted with RC2 (openssl -legacy) are refused by pkijs:
 * re-export them (see README, "Seals").
 */
export async function readPkcs12(der: Buffer, password: string): Promise<Pkcs12Contents> {
  const passwordBytes = arrayBuffer(Buffer.from(password, 'utf8'));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(arrayBuffer(der));
  } catch {
    throw new Error('is not a PKCS#12 file');
  }
  try {
    await pfx.parseInternalValues({ password: passwordBytes, checkIntegrity: true }, engine);
  } catch {
    throw new Error('could not be opened: the password is wrong or the file is damaged (its integrity check failed)');
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new Error('holds no authenticated safe');
  try {
    await authenticatedSafe.parseInternalValues({ safeContents: authenticatedSafe.safeContents.map(() => ({ password: passwordBytes })) }, engine);
  } catch (error) {
    throw new Error(`could not be decrypted (${(error as Error).message}); files written with "openssl pkcs12 -legacy" (RC2, 3DES) are not supported: export it again with OpenSSL 3's defaults (AES-256)`);
  }

  const contents: Pkcs12Contents = { privateKeys: [], certificates: [] };
  for (const { value } of authenticatedSafe.parsedValue.safeContents as { value: pkijs.SafeContents }[]) {
    for (const bag of value.safeBags) {
      const encoded = Buffer.from(bag.bagValue.toSchema().toBER(false));
      if (bag.bagId === SHROUDED_KEY_BAG) {
        contents.privateKeys.push(createPrivateKey({ key: encoded, format: 'der', type: 'pkcs8', passphrase: password }));
      } else if (bag.bagId === KEY_BAG) {
        contents.privateKeys.push(createPrivateKey({ key: encoded, format: 'der', type: 'pkcs8' }));
      } else if (bag.bagId === CERT_BAG) {
        const certificateBag = bag.bagValue as pkijs.CertBag;
        if (certificateBag.certId !== X509_CERTIFICATE) continue;
        contents.certificates.push(Buffer.from((certificateBag.parsedValue as pkijs.Certificate).toSchema().toBER(false)));
      }
    }
  }
  return contents;
}
