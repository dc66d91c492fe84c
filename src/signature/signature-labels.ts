import { LabelTable } from '../i18n/labels';
import { SignatureFormat } from './signature-format';

/** How a receipt screen names the format the applicant signed in. */
export const SIGNATURE_FORMAT_LABELS: LabelTable<SignatureFormat> = {
  JWS: { CA: 'Signatura JWS', ES: 'Firma JWS', EN: 'JWS signature' },
  CADES: { CA: 'Signatura CAdES', ES: 'Firma CAdES', EN: 'CAdES signature' },
};
