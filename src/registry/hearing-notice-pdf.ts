import { HEARING_PURPOSE_LABELS, HearingPurpose } from '../applications/hearing-purpose';
import { OutgoingNoticeFacts, startOutgoingNotice } from './outgoing-notice-pdf';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';

/** What the notice of a hearing states (art. 82): the facts put to the entity, the term, how to answer. */
export interface HearingNoticeFacts extends OutgoingNoticeFacts {
  purpose: HearingPurpose;
  reasons: string;
  termDays: number;
}

const TEXTS = {
  title: { CA: "Tràmit d'audiència", ES: 'Trámite de audiencia', EN: 'Hearing' },
  purpose: { CA: 'Objecte', ES: 'Objeto', EN: 'Purpose' },
  reasons: { CA: 'Fets i motius', ES: 'Hechos y motivos', EN: 'Facts and reasons' },
  term: { CA: 'Termini per formular al·legacions', ES: 'Plazo para formular alegaciones', EN: 'Term to make allegations' },
  termText: {
    CA: "{days} dies hàbils a comptar de l'endemà de la notificació (Llei 39/2015, art. 82.2). Les al·legacions i els documents s'han de presentar signats electrònicament.",
    ES: '{days} días hábiles a contar desde el día siguiente a la notificación (Ley 39/2015, art. 82.2). Las alegaciones y los documentos deben presentarse firmados electrónicamente.',
    EN: '{days} business days from the day after notification (Law 39/2015, art. 82.2). Allegations and documents must be filed with an electronic signature.',
  },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

export const hearingNoticeTitle = (locale: Locale) => text('title', locale);

/** The notice of a hearing as a PDF (before sealing). */
export function renderHearingNoticePdf(facts: HearingNoticeFacts, locale: Locale): Promise<Buffer> {
  const { row, finish } = startOutgoingNotice(text('title', locale), facts, locale);
  row(text('purpose', locale), labelOf(HEARING_PURPOSE_LABELS, facts.purpose, locale));
  row(text('reasons', locale), facts.reasons);
  row(text('term', locale), text('termText', locale).replace('{days}', String(facts.termDays)));
  return finish();
}
