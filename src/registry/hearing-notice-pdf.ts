import { HEARING_PURPOSE_LABELS, HearingPurpose } from '../applications/hearing-purpose';
import { startSealedLetter } from './sealed-letter-pdf';
import { labelOf } from '../i18n/labels';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';
import { catalanDateTime } from './receipt-pdf';

/** What the notice of a hearing states (art. 82): the facts put to the entity, the term, how to answer. */
export interface HearingNoticeFacts {
  purpose: HearingPurpose;
  registryNumber: string;
  issuedAt: Date;
  provider: { name: string; nif: string | null };
  applicationId: string;
  applicationRegistryNumber: string | null;
  localEntity: { name: string; nif: string | null };
  resource: { code: string; title: string | null };
  reasons: string;
  termDays: number;
}

type Texts = { [DEFAULT_LOCALE]: string; ES: string; EN: string };
const TEXTS = {
  title: { CA: "Tràmit d'audiència", ES: 'Trámite de audiencia', EN: 'Hearing' },
  registryNumber: { CA: 'Registre de sortida', ES: 'Registro de salida', EN: 'Outgoing registry entry' },
  issuedAt: { CA: 'Data', ES: 'Fecha', EN: 'Date' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  application: { CA: 'Sol·licitud', ES: 'Solicitud', EN: 'Application' },
  localEntity: { CA: 'Ens interessat', ES: 'Ente interesado', EN: 'Entity concerned' },
  resource: { CA: 'Recurs', ES: 'Recurso', EN: 'Resource' },
  purpose: { CA: 'Objecte', ES: 'Objeto', EN: 'Purpose' },
  reasons: { CA: 'Fets i motius', ES: 'Hechos y motivos', EN: 'Facts and reasons' },
  term: { CA: 'Termini per formular al·legacions', ES: 'Plazo para formular alegaciones', EN: 'Term to make allegations' },
  termText: {
    CA: "{days} dies hàbils a comptar de l'endemà de la notificació (Llei 39/2015, art. 82.2). Les al·legacions i els documents s'han de presentar signats electrònicament.",
    ES: '{days} días hábiles a contar desde el día siguiente a la notificación (Ley 39/2015, art. 82.2). Las alegaciones y los documentos deben presentarse firmados electrónicamente.',
    EN: '{days} business days from the day after notification (Law 39/2015, art. 82.2). Allegations and documents must be filed with an electronic signature.',
  },
} as const satisfies Record<string, Texts>;

const text = (key: keyof typeof TEXTS, locale: Locale) => (locale === Locale.ES || locale === Locale.EN ? TEXTS[key][locale] : TEXTS[key][DEFAULT_LOCALE]);

export const hearingNoticeTitle = (locale: Locale) => text('title', locale);

/** The notice of a hearing as a PDF (before sealing). */
export function renderHearingNoticePdf(facts: HearingNoticeFacts, locale: Locale): Promise<Buffer> {
  const { row, finish } = startSealedLetter({
    locale, title: text('title', locale), documentTitle: `${text('title', locale)} ${facts.registryNumber}`, provider: facts.provider, issuedAt: facts.issuedAt,
  });
  row(text('registryNumber', locale), facts.registryNumber);
  row(text('issuedAt', locale), `${catalanDateTime(facts.issuedAt)} (${text('catalanTime', locale)})`);
  row(text('application', locale), [facts.applicationRegistryNumber, facts.applicationId].filter(Boolean).join(' · '));
  row(text('localEntity', locale), [facts.localEntity.name, facts.localEntity.nif].filter(Boolean).join(' · '));
  row(text('resource', locale), [facts.resource.code, facts.resource.title].filter(Boolean).join(' · '));
  row(text('purpose', locale), labelOf(HEARING_PURPOSE_LABELS, facts.purpose, locale));
  row(text('reasons', locale), facts.reasons);
  row(text('term', locale), text('termText', locale).replace('{days}', String(facts.termDays)));
  return finish();
}
