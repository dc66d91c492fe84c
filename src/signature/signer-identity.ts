import { ParsedCertificate } from './certificate';
import { failure, SignatureFailure, SignerCertificateType } from './verification-result';
import { x509 } from './x509';

/** Attribute types in Spanish qualified certificates (ETSI EN 319 412-1 and the AGE profiles). */
export const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  givenName: '2.5.4.42',
  organizationIdentifier: '2.5.4.97',
  /** NIF of the entity employing a public employee, high and medium assurance profiles. */
  publicEmployeeEntityNif: ['2.16.724.1.3.5.7.1.3', '2.16.724.1.3.5.7.2.3'],
} as const;

/** What the leaf certificate says about its holder. */
export interface CertificateHolder {
  /** Every NIF in serialNumber (normally one), normalised. */
  nifs: string[];
  name: string;
  certificateType: SignerCertificateType;
  /** Every entity NIF the certificate names (organizationIdentifier and public-employee OIDs). */
  entityNifs: string[];
}

/** NIFs compare case-insensitively after trimming. */
export const normalise = (nif: string) => nif.trim().toUpperCase();

/** Spanish certificates write "IDCES-12345678Z" (ETSI semantics identifier); older ones the bare NIF. */
const personNif = (serialNumber: string) => normalise(serialNumber).replace(/^IDCES-/, '');
/** "VATES-P2512000A"; any other country or scheme is kept whole, so it never matches a Spanish NIF. */
const entityNif = (organizationIdentifier: string) => normalise(organizationIdentifier).replace(/^VATES-/, '');

/**
 * Public-employee profiles put the entity NIF either among the subject's attributes or, in the
 * AGE profile, in a directoryName of subjectAltName; both are read.
 */
function publicEmployeeEntityNifs(certificate: ParsedCertificate): string[] {
  const names: x509.Name[] = [certificate.details.subjectName];
  const alternativeNames = certificate.details.getExtension(x509.SubjectAlternativeNameExtension);
  for (const item of alternativeNames?.names.items ?? []) {
    if (item.type !== 'dn') continue;
    try {
      names.push(new x509.Name(item.value));
    } catch {
      // A directory name the library cannot read back cannot hold the entity NIF for us either.
    }
  }
  return names.flatMap((name) => OID.publicEmployeeEntityNif.flatMap((oid) => name.getField(oid))).map(normalise);
}

/** Given name and surname when present, else the CN without the " - <NIF>" and "(R: <NIF>)" decorations. */
function holderName(subject: x509.Name, nifs: string[]): string {
  const [givenName] = subject.getField(OID.givenName);
  const [surname] = subject.getField(OID.surname);
  if (givenName && surname) return `${givenName.trim()} ${surname.trim()}`;
  let name = (subject.getField(OID.commonName)[0] ?? '').trim().replace(/\s*\(R:\s*[^)]*\)$/i, '');
  for (const nif of nifs) {
    const suffix = new RegExp(`\\s+-\\s+(?:DNI\\s+)?${nif.replace(/[^A-Z0-9]/g, '')}$`, 'i');
    name = name.replace(suffix, '');
  }
  return name;
}

export function readCertificateHolder(certificate: ParsedCertificate): CertificateHolder {
  const subject = certificate.details.subjectName;
  const nifs = subject.getField(OID.serialNumber).map(personNif);
  const employerNifs = publicEmployeeEntityNifs(certificate);
  const representedNifs = subject.getField(OID.organizationIdentifier).map(entityNif);
  const certificateType: SignerCertificateType = employerNifs.length > 0 ? 'PUBLIC_EMPLOYEE' : representedNifs.length > 0 ? 'REPRESENTATIVE' : 'INDIVIDUAL';
  return { nifs, name: holderName(subject, nifs), certificateType, entityNifs: [...new Set([...employerNifs, ...representedNifs])] };
}

/**
 * The certificate must be the applicant's, and a certificate tied to an entity must be tied to
 * the applying one. An individual certificate may sign for any entity: whether the person may
 * act for it is an authorization question the service answers elsewhere.
 */
export function checkSigner(holder: CertificateHolder, applicantNif: string, applyingEntityNif: string): SignatureFailure | null {
  const applicant = normalise(applicantNif);
  if (!holder.nifs.includes(applicant)) {
    const found = holder.nifs.length > 0 ? `belongs to ${holder.nifs.join(', ')}` : 'names no NIF (serialNumber)';
    return failure('SIGNER_MISMATCH', `The certificate ${found}, but the applicant is ${applicant}.`);
  }
  const entity = normalise(applyingEntityNif);
  const other = holder.entityNifs.find((nif) => nif !== entity);
  if (other !== undefined) {
    return failure('SIGNER_MISMATCH', `The certificate acts for the entity ${other}, but the application is made for ${entity}.`);
  }
  return null;
}
