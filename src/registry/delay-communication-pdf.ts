import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { OutgoingNoticeFacts, startOutgoingNotice } from './outgoing-notice-pdf';

/**
 * What the communication of a delay states (fitxa 111219's commitment): that the fitxa's hard limit
 * to decide passed, on which day, the causes and the measures taken, and that the procedure goes on.
 */
export interface DelayCommunicationFacts extends OutgoingNoticeFacts {
  /** The hard limit as the fitxa words it, e.g. "3 mesos". */
  hardLimit: string;
  /** The last day of the hard limit, as written in the letter (e.g. "dilluns, 1 de març de 2027"). */
  lastDay: string;
  causes: string;
  measures: string;
}

const TEXTS = {
  title: { CA: 'Comunicació de les causes del retard', ES: 'Comunicación de las causas del retraso', EN: 'Communication of the causes of a delay' },
  delay: { CA: 'Retard', ES: 'Retraso', EN: 'Delay' },
  delayText: {
    CA: "El termini de {limit} per resoldre i notificar la sol·licitud, compromís de qualitat de la fitxa, va vèncer el {day} sense resolució.",
    ES: 'El plazo de {limit} para resolver y notificar la solicitud, compromiso de calidad de la ficha, venció el {day} sin resolución.',
    EN: 'The term of {limit} to decide on and notify the application, a quality commitment of the fitxa, ended on {day} with no decision.',
  },
  causes: { CA: 'Causes', ES: 'Causas', EN: 'Causes' },
  measures: { CA: 'Mesures adoptades', ES: 'Medidas adoptadas', EN: 'Measures taken' },
  next: { CA: 'Tràmit', ES: 'Trámite', EN: 'Procedure' },
  nextText: {
    CA: "La sol·licitud continua en tràmit; la Diputació té el deure de resoldre-la i de notificar-vos la resolució (Llei 39/2015, art. 21).",
    ES: 'La solicitud sigue en trámite; la Diputación tiene el deber de resolverla y de notificaros la resolución (Ley 39/2015, art. 21).',
    EN: 'The application is still being processed; the provider must decide on it and notify you of the decision (Law 39/2015, art. 21).',
  },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

export const delayCommunicationTitle = (locale: Locale) => text('title', locale);

/** The communication of a delay as a PDF (before sealing). */
export function renderDelayCommunicationPdf(facts: DelayCommunicationFacts, locale: Locale): Promise<Buffer> {
  const { row, finish } = startOutgoingNotice(text('title', locale), facts, locale);
  row(text('delay', locale), text('delayText', locale).replace('{limit}', facts.hardLimit).replace('{day}', facts.lastDay));
  row(text('causes', locale), facts.causes);
  row(text('measures', locale), facts.measures);
  row(text('next', locale), text('nextText', locale));
  return finish();
}
