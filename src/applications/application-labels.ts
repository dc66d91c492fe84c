import { LabelTable } from '../i18n/labels';
import { ApplicationStatus } from './application-status';
import { DeadlineState } from './deadline-state';

/** Labels of an application's state, as the applicant's and the reviewers' screens show them. */
export const APPLICATION_STATUS_LABELS: LabelTable<ApplicationStatus> = {
  DRAFT: { CA: 'Esborrany', ES: 'Borrador', EN: 'Draft' },
  SUBMITTED: { CA: 'Presentada', ES: 'Presentada', EN: 'Submitted' },
  CORRECTIONS_REQUESTED: { CA: 'Pendent d\'esmena', ES: 'Pendiente de subsanación', EN: 'Corrections requested' },
  GRANTED: { CA: 'Concedida', ES: 'Concedida', EN: 'Granted' },
  DENIED: { CA: 'Denegada', ES: 'Denegada', EN: 'Denied' },
  WITHDRAWN: { CA: 'Desistida', ES: 'Desistida', EN: 'Withdrawn' },
  DESISTED: { CA: 'Tinguda per desistida', ES: 'Tenida por desistida', EN: 'Deemed withdrawn' },
  REVOCATION_OPEN: { CA: 'En procediment de revocació', ES: 'En procedimiento de revocación', EN: 'Revocation under way' },
  REVOKED: { CA: 'Revocada', ES: 'Revocada', EN: 'Revoked' },
};

export const DEADLINE_STATE_LABELS: LabelTable<DeadlineState> = {
  ON_TIME: { CA: 'Dins de termini', ES: 'En plazo', EN: 'On time' },
  AT_RISK: { CA: 'A punt de vèncer', ES: 'A punto de vencer', EN: 'Due soon' },
  OVERDUE: { CA: 'Termini vençut', ES: 'Plazo vencido', EN: 'Overdue' },
};
