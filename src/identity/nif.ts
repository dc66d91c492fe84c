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
 * Entity NIFs in certificates are checked for shape only: the identity provider has already
 * vouched for the certificate, and examples in DESIGN.md (such as P2512000A) carry NIFs whose
 * control character does not match. Lists that people type or convert (the official list of local
 * entities an admin imports) are also checked for their control character: entityNifHasValidControl.
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

/** The control character's value for an entity NIF's seven digits (Orden EHA/451/2008, annex). */
function entityControlDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const digit = Number(digits[i]);
    // Digits in odd positions (1st, 3rd, …) are doubled and their own digits added.
    sum += i % 2 === 0 ? Math.floor((digit * 2) / 10) + ((digit * 2) % 10) : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Entities whose control character is always a letter, and those whose is always a digit. */
const CONTROL_LETTER_ONLY = 'NPQRSW';
const CONTROL_DIGIT_ONLY = 'ABEH';
const ENTITY_CONTROL_LETTERS = 'JABCDEFGHI';

/** The control character an entity NIF must end with, from its first eight characters (the letter where both forms are allowed), or null. */
export function entityNifControlCharacter(value: string): string | null {
  const nif = normalizeNif(value);
  if (!/^[ABCDEFGHJNPQRSUVW]\d{7}/.test(nif)) return null;
  const control = entityControlDigit(nif.slice(1, 8));
  return CONTROL_DIGIT_ONLY.includes(nif[0]) ? String(control) : ENTITY_CONTROL_LETTERS[control];
}

/** True for an entity NIF whose control character matches its digits (either form where both are allowed). */
export function entityNifHasValidControl(value: string): boolean {
  const nif = normalizeNif(value);
  if (nifKind(nif) !== 'ENTITY') return false;
  const control = entityControlDigit(nif.slice(1, 8));
  const given = nif[8];
  const asLetter = ENTITY_CONTROL_LETTERS[control];
  if (CONTROL_LETTER_ONLY.includes(nif[0])) return given === asLetter;
  if (CONTROL_DIGIT_ONLY.includes(nif[0])) return given === String(control);
  return given === asLetter || given === String(control);
}
