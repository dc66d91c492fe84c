import { LabelTable } from '../i18n/labels';
import { AssuranceLevelValue, CertificateTypeValue, StaffRoleName } from './viewer.type';

/** The kinds of certificate as the Catalan administrations name them on their identification screens. */
export const CERTIFICATE_TYPE_LABELS: LabelTable<CertificateTypeValue> = {
  INDIVIDUAL: { CA: 'Certificat de persona física', ES: 'Certificado de persona física', EN: 'Individual certificate' },
  REPRESENTATIVE: { CA: 'Certificat de representant', ES: 'Certificado de representante', EN: 'Representative certificate' },
  PUBLIC_EMPLOYEE: {
    CA: "Certificat de personal al servei de l'Administració", ES: 'Certificado de empleado público', EN: 'Public employee certificate',
  },
};

/** eIDAS levels of assurance (Regulation 910/2014 art. 8), with the names of its official versions. */
export const ASSURANCE_LEVEL_LABELS: LabelTable<AssuranceLevelValue> = {
  LOW: { CA: 'Baix', ES: 'Bajo', EN: 'Low' },
  SUBSTANTIAL: { CA: 'Substancial', ES: 'Sustancial', EN: 'Substantial' },
  HIGH: { CA: 'Alt', ES: 'Alto', EN: 'High' },
};

export const STAFF_ROLE_LABELS: LabelTable<StaffRoleName> = {
  editor: { CA: 'Editor de fitxes', ES: 'Editor de fichas', EN: 'Fitxa editor' },
  reviewer: { CA: 'Revisor de sol·licituds', ES: 'Revisor de solicitudes', EN: 'Application reviewer' },
  admin: { CA: 'Administrador', ES: 'Administrador', EN: 'Administrator' },
};
