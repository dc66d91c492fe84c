import { LabelTable } from '../i18n/labels';
import { NotificationAct, NotificationStatus } from './notification-act';

/** Labels of the acts notified, as the applicant's and the reviewers' screens show them. */
export const NOTIFICATION_ACT_LABELS: LabelTable<NotificationAct> = {
  CORRECTIONS_REQUEST: { CA: "Requeriment d'esmena", ES: 'Requerimiento de subsanación', EN: 'Request for corrections' },
  HEARING: { CA: "Tràmit d'audiència", ES: 'Trámite de audiencia', EN: 'Hearing' },
  RESOLUTION: { CA: 'Resolució', ES: 'Resolución', EN: 'Resolution' },
  REVOCATION_OPENING: { CA: 'Inici del procediment de revocació', ES: 'Inicio del procedimiento de revocación', EN: 'Opening of revocation' },
  DELAY_COMMUNICATION: { CA: 'Comunicació de terminis', ES: 'Comunicación de plazos', EN: 'Communication of terms' },
};

export const NOTIFICATION_STATUS_LABELS: LabelTable<NotificationStatus> = {
  AVAILABLE: { CA: 'Pendent de llegir', ES: 'Pendiente de leer', EN: 'Not yet opened' },
  ACCESSED: { CA: 'Llegida', ES: 'Leída', EN: 'Opened' },
  DEEMED_REJECTED: { CA: 'Rebutjada per no accedir-hi', ES: 'Rechazada por no acceder', EN: 'Deemed rejected (not opened in time)' },
};
