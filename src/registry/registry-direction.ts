/** Which book of the provider's registry an entry is in: entrada (E) or sortida (S). */
export enum RegistryDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

/** What an entry registers. The first four come from the applicant (INCOMING), the rest from the provider (OUTGOING). */
export enum RegistrySubject {
  SUBMISSION = 'SUBMISSION',
  CORRECTIONS_ANSWER = 'CORRECTIONS_ANSWER',
  WITHDRAWAL_REQUEST = 'WITHDRAWAL_REQUEST',
  ALLEGATIONS = 'ALLEGATIONS',
  RESOLUTION = 'RESOLUTION',
  CORRECTIONS_REQUEST = 'CORRECTIONS_REQUEST',
  HEARING = 'HEARING',
  REVOCATION_OPENING = 'REVOCATION_OPENING',
  DELAY_COMMUNICATION = 'DELAY_COMMUNICATION',
}

export type IncomingSubject = RegistrySubject.SUBMISSION | RegistrySubject.CORRECTIONS_ANSWER | RegistrySubject.WITHDRAWAL_REQUEST | RegistrySubject.ALLEGATIONS;
export type OutgoingSubject = RegistrySubject.RESOLUTION | RegistrySubject.CORRECTIONS_REQUEST | RegistrySubject.HEARING | RegistrySubject.REVOCATION_OPENING
  | RegistrySubject.DELAY_COMMUNICATION;

/** The direction each subject is registered in; a subject never changes books. */
export const DIRECTION_OF_SUBJECT: Record<RegistrySubject, RegistryDirection> = {
  SUBMISSION: RegistryDirection.INCOMING,
  CORRECTIONS_ANSWER: RegistryDirection.INCOMING,
  WITHDRAWAL_REQUEST: RegistryDirection.INCOMING,
  ALLEGATIONS: RegistryDirection.INCOMING,
  RESOLUTION: RegistryDirection.OUTGOING,
  CORRECTIONS_REQUEST: RegistryDirection.OUTGOING,
  HEARING: RegistryDirection.OUTGOING,
  REVOCATION_OPENING: RegistryDirection.OUTGOING,
  DELAY_COMMUNICATION: RegistryDirection.OUTGOING,
};

/** The letter of the book in a registry number: E (entrada) or S (sortida). */
export const DIRECTION_LETTER: Record<RegistryDirection, 'E' | 'S'> = { INCOMING: 'E', OUTGOING: 'S' };

/**
 * A registry number: provider slug in capitals, the book's letter, the year and a six-digit
 * sequence, e.g. DIBA-E-2026-000001. Submissions registered before outgoing entries existed were
 * numbered the same way, so their numbers stay valid.
 */
export function registryNumber(providerSlug: string, direction: RegistryDirection, year: number, sequence: number): string {
  return `${providerSlug.toUpperCase()}-${DIRECTION_LETTER[direction]}-${year}-${String(sequence).padStart(6, '0')}`;
}
