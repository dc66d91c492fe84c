import { LabelTable } from '../i18n/labels';
import { RegistryDirection, RegistrySubject } from './registry-direction';

export const REGISTRY_DIRECTION_LABELS: LabelTable<RegistryDirection> = {
  INCOMING: { CA: "Registre d'entrada", ES: 'Registro de entrada', EN: 'Incoming registry' },
  OUTGOING: { CA: 'Registre de sortida', ES: 'Registro de salida', EN: 'Outgoing registry' },
};

export const REGISTRY_SUBJECT_LABELS: LabelTable<RegistrySubject> = {
  SUBMISSION: { CA: 'Sol·licitud', ES: 'Solicitud', EN: 'Application' },
  CORRECTIONS_ANSWER: { CA: 'Resposta al requeriment d’esmena', ES: 'Respuesta al requerimiento de subsanación', EN: 'Answer to the request for corrections' },
  WITHDRAWAL_REQUEST: { CA: 'Desistiment', ES: 'Desistimiento', EN: 'Withdrawal request' },
  ALLEGATIONS: { CA: 'Al·legacions', ES: 'Alegaciones', EN: 'Allegations' },
  RESOLUTION: { CA: 'Resolució', ES: 'Resolución', EN: 'Resolution' },
  CORRECTIONS_REQUEST: { CA: 'Requeriment d’esmena', ES: 'Requerimiento de subsanación', EN: 'Request for corrections' },
  HEARING: { CA: 'Tràmit d’audiència', ES: 'Trámite de audiencia', EN: 'Hearing' },
  REVOCATION_OPENING: { CA: 'Inici del procediment de revocació', ES: 'Inicio del procedimiento de revocación', EN: 'Opening of the revocation procedure' },
  DELAY_COMMUNICATION: { CA: 'Comunicació de les causes del retard', ES: 'Comunicación de las causas del retraso', EN: 'Communication of the causes of a delay' },
};
