import { LabelTable } from '../i18n/labels';
import { RevocationOutcome } from './revocation-outcome';

/** Labels of how a revocation procedure ended, as the entity's and the reviewers' screens show them. */
export const REVOCATION_OUTCOME_LABELS: LabelTable<RevocationOutcome> = {
  REVOKED: { CA: 'Concessió revocada', ES: 'Concesión revocada', EN: 'Grant revoked' },
  CLOSED: { CA: 'Arxivat sense revocar', ES: 'Archivado sin revocar', EN: 'Closed without revoking' },
  LAPSED: { CA: 'Caducat', ES: 'Caducado', EN: 'Lapsed' },
};
