/** How an applicant's signature is packaged; both sign the same canonical bytes. */
export enum SignatureFormat {
  /** Compact JWS (RFC 7515) with the certificate chain in x5c: what scripts and web signers make. */
  JWS = 'JWS',
  /** CAdES-BES (CMS SignedData, RFC 5652), base64 DER, detached or attached: what AutoFirma and the AOC Signador make. */
  CADES = 'CADES',
}

/** A compact JWS always has two dots; base64 never has one, so a dot decides. */
export function detectSignatureFormat(signature: string): SignatureFormat {
  return signature.includes('.') ? SignatureFormat.JWS : SignatureFormat.CADES;
}
