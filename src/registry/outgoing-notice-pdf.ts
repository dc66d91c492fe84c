import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { catalanDateTime } from './receipt-pdf';
import { Letter, startSealedLetter } from './sealed-letter-pdf';

/** Who and what an act notified to the entity is about: the head of every such notice. */
export interface OutgoingNoticeFacts {
  /** The notice's own entry in the outgoing book. */
  registryNumber: string;
  issuedAt: Date;
  provider: { name: string; nif: string | null };
  applicationId: string;
  applicationRegistryNumber: string | null;
  localEntity: { name: string; nif: string | null };
  resource: { code: string; title: string | null };
}

const TEXTS = {
  registryNumber: { CA: 'Registre de sortida', ES: 'Registro de salida', EN: 'Outgoing registry entry' },
  issuedAt: { CA: 'Data', ES: 'Fecha', EN: 'Date' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  application: { CA: 'Sol·licitud', ES: 'Solicitud', EN: 'Application' },
  localEntity: { CA: 'Ens interessat', ES: 'Ente interesado', EN: 'Entity concerned' },
  resource: { CA: 'Recurs', ES: 'Recurso', EN: 'Resource' },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

/**
 * A notice the provider issues to the entity about its application (a request for corrections, a
 * hearing): the sealed letter with its outgoing entry, date, application, entity and resource
 * already written; the caller adds what the act itself says.
 */
export function startOutgoingNotice(title: string, facts: OutgoingNoticeFacts, locale: Locale): Letter {
  const letter = startSealedLetter({ locale, title, documentTitle: `${title} ${facts.registryNumber}`, provider: facts.provider, issuedAt: facts.issuedAt });
  const { row } = letter;
  row(text('registryNumber', locale), facts.registryNumber);
  row(text('issuedAt', locale), `${catalanDateTime(facts.issuedAt)} (${text('catalanTime', locale)})`);
  row(text('application', locale), [facts.applicationRegistryNumber, facts.applicationId].filter(Boolean).join(' · '));
  row(text('localEntity', locale), [facts.localEntity.name, facts.localEntity.nif].filter(Boolean).join(' · '));
  row(text('resource', locale), [facts.resource.code, facts.resource.title].filter(Boolean).join(' · '));
  return letter;
}
