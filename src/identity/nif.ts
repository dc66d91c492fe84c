/**
 * Spanish tax identifiers (NIF) as they appear in certificates: people carry a DNI, an NIE or a
 * K/L/M NIF; entities (companies, councils, public bodies) carry a letter-prefixed NIF (the old CIF).
 */
export type NifKind = 'PERSON' | 'ENTITY';

const CONTROL_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const DNI = /^(\d{8})([A-Z])$/;
const NIE = /^([XYZ])(\d{7})([A-Z])$/;
/** K: Spaniards under 14 without DNI, L: non-resident Spaniards, M: foreigners without NIE. */
const KLM = /^[KLM](\d{7})([A-Z])$/;
/**
 * Entity NIFs are checked for shape only: their control character is not checked because real
 * reference data (and the examples in DESIGN.md, such as P2512000A) carry NIFs whose check digit
 * does not match, and the identity provider has already vouched for the certificate.
 */
const ENTITY = /^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/;

/** Upper case without spaces, dots or hyphens, the form stored everywhere in the service. */
export function normalizeNif(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

const controlLetter = (digits: string) => CONTROL_LETTERS[Number(digits) % 23];

/** The kind of a well-formed NIF (person NIFs with a correct control letter), else null. */
export function nifKind(value: string): NifKind | null {
  const nif = normalizeNif(value);
  const dni = DNI.exec(nif);
  if (dni) return controlLetter(dni[1]) === dni[2] ? 'PERSON' : null;
  const nie = NIE.exec(nif);
  if (nie) return controlLetter(`${'XYZ'.indexOf(nie[1])}${nie[2]}`) === nie[3] ? 'PERSON' : null;
  const klm = KLM.exec(nif);
  if (klm) return controlLetter(klm[1]) === klm[2] ? 'PERSON' : null;
  return ENTITY.test(nif) ? 'ENTITY' : null;
}
