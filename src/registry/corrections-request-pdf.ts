import type { CorrectionItem } from '../applications/correction-request.entity';
import { OutgoingNoticeFacts, startOutgoingNotice } from './outgoing-notice-pdf';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';

/** What a request for corrections states (art. 68.1): what to correct, the term, and what happens without an answer. */
export interface CorrectionsRequestFacts extends OutgoingNoticeFacts {
  items: CorrectionItem[];
  termDays: number;
}

const TEXTS = {
  title: { CA: "Requeriment d'esmena", ES: 'Requerimiento de subsanación', EN: 'Request for corrections' },
  items: { CA: "Cal esmenar o completar", ES: 'Hay que subsanar o completar', EN: 'To correct or complete' },
  requirement: { CA: 'requisit', ES: 'requisito', EN: 'requirement' },
  document: { CA: 'document', ES: 'documento', EN: 'document' },
  term: { CA: 'Termini', ES: 'Plazo', EN: 'Term' },
  termText: {
    CA: "{days} dies hàbils a comptar de l'endemà de la notificació. Si no s'esmena en aquest termini, es tindrà per desistida la sol·licitud, amb la resolució prèvia corresponent (Llei 39/2015, art. 68.1). El termini màxim per resoldre queda suspès mentrestant (art. 22.1.a).",
    ES: '{days} días hábiles a contar desde el día siguiente a la notificación. Si no se subsana en este plazo, se tendrá por desistida la solicitud, previa resolución (Ley 39/2015, art. 68.1). El plazo máximo para resolver queda suspendido mientras tanto (art. 22.1.a).',
    EN: '{days} business days from the day after notification. Without corrections in this term, the application will be deemed withdrawn by resolution (Law 39/2015, art. 68.1). The maximum term to resolve is suspended meanwhile (art. 22.1.a).',
  },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

export const correctionsRequestTitle = (locale: Locale) => text('title', locale);

/** The request for corrections as a PDF (before sealing). */
export function renderCorrectionsRequestPdf(facts: CorrectionsRequestFacts, locale: Locale): Promise<Buffer> {
  const { row, finish } = startOutgoingNotice(text('title', locale), facts, locale);
  row(text('items', locale), facts.items.map((item, index) => {
    const about = [item.requirementCode && `${text('requirement', locale)} ${item.requirementCode}`, item.documentCode && `${text('document', locale)} ${item.documentCode}`].filter(Boolean);
    return `${index + 1}. ${item.text}${about.length ? ` (${about.join(', ')})` : ''}`;
  }).join('\n'));
  row(text('term', locale), text('termText', locale).replace('{days}', String(facts.termDays)));
  return finish();
}
