import { LabelTable } from '../i18n/labels';

/** Why the entity is heard (Llei 39/2015 art. 82). */
export enum HearingPurpose {
  /** Before a resolution that rests on facts, allegations or evidence the applicant did not bring (art. 82.1, 82.4). */
  BEFORE_RESOLUTION = 'BEFORE_RESOLUTION',
  /** Within a revocation procedure opened on a grant, after the provider's diagnosis. */
  REVOCATION = 'REVOCATION',
}

export const HEARING_PURPOSE_LABELS: LabelTable<HearingPurpose> = {
  BEFORE_RESOLUTION: { CA: 'Audiència prèvia a la resolució', ES: 'Audiencia previa a la resolución', EN: 'Hearing before the decision' },
  REVOCATION: { CA: 'Audiència en el procediment de revocació', ES: 'Audiencia en el procedimiento de revocación', EN: 'Hearing in the revocation procedure' },
};
