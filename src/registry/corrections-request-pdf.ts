import type { CorrectionItem } from '../applications/correction-request.entity';
import { startSealedLetter } from './sealed-letter-pdf';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';
import { catalanDateTime } from './receipt-pdf';

/** What a request for corrections states (art. 68.1): what to correct, the term, and what happens without an answer. */
export interface CorrectionsRequestFacts {
  registryNumber: string;
  issuedAt: Date;
  provider: { name: string; nif: string | null };
  applicationId: string;
  applicationRegistryNumber: string | null;
  localEntity: { name: string; nif: string | null };
  resource: { code: string; title: string | null };
  items: CorrectionItem[];
  termDays: number;
}

type Texts = { [DEFAULT_LOCALE]: string; ES: string; EN: string };
const TEXTS = {
  title: { CA: "Requeriment d'esmena", ES: 'Requerimiento de subsanación', EN: 'Request for corrections' },
  registryNumber: { CA: 'Registre de sortida', ES: 'Registro de salida', EN: 'Outgoing registry entry' },
  issuedAt: { CA: 'Data', ES: 'Fecha', EN: 'Date' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  application: { CA: 'Sol·licitud', ES: 'Solicitud', EN: 'Application' },
  localEntity: { CA: 'Ens interessat', ES: 'Ente interesado', EN: 'Entity concerned' },
  resource: { CA: 'Recurs', ES: 'Recurso', EN: 'Resource' },
  items: { CA: "Cal esmenar o completar", ES: 'Hay que subsanar o completar', EN: 'To correct or complete' },
  requirement: { CA: 'requisit', ES: 'requisito', EN: 'requirement' },
  document: { CA: 'document', ES: 'documento', EN: 'document' },
  term: { CA: 'Termini', ES: 'Plazo', EN: 'Term' },
  termText: {
    CA: "{days} dies hàbils a comptar de l'endemà de la notificació. Si no s'esmena en aquest termini, es tindrà per desistida la sol·licitud, amb la resolució prèvia corresponent (Llei 39/2015, art. 68.1). El termini màxim per resoldre queda suspès mentrestant (art. 22.1.a).",
    ES: '{days} días hábiles a contar desde el día siguiente a la notificación. Si no se subsana en este plazo, se tendrá por desistida la solicitud, previa resolución (Ley 39/2015, art. 68.1). El plazo máximo para resolver queda suspendido mientras tanto (art. 22.1.a).',
    EN: '{days} business days from the day after notification. Without corrections in this term, the application will be deemed withdrawn by resolution (Law 39/2015, art. 68.1). The maximum term to resolve is suspended meanwhile (art. 22.1.a).',
  },
} as const satisfies Record<string, Texts>;

const text = (key: keyof typeof TEXTS, locale: Locale) => (locale === Locale.ES || locale === Locale.EN ? TEXTS[key][locale] : TEXTS[key][DEFAULT_LOCALE]);

export const correctionsRequestTitle = (locale: Locale) => text('title', locale);

/** The request for corrections as a PDF (before sealing). */
export function renderCorrectionsRequestPdf(facts: CorrectionsRequestFacts, locale: Locale): Promise<Buffer> {
  const { row, finish } = startSealedLetter({
    locale, title: text('title', locale), documentTitle: `${text('title', locale)} ${facts.registryNumber}`, provider: facts.provider, issuedAt: facts.issuedAt,
  });
  row(text('registryNumber', locale), facts.registryNumber);
  row(text('issuedAt', locale), `${catalanDateTime(facts.issuedAt)} (${text('catalanTime', locale)})`);
  row(text('application', locale), [facts.applicationRegistryNumber, facts.applicationId].filter(Boolean).join(' · '));
  row(text('localEntity', locale), [facts.localEntity.name, facts.localEntity.nif].filter(Boolean).join(' · '));
  row(text('resource', locale), [facts.resource.code, facts.resource.title].filter(Boolean).join(' · '));
  row(text('items', locale), facts.items.map((item, index) => {
    const about = [item.requirementCode && `${text('requirement', locale)} ${item.requirementCode}`, item.documentCode && `${text('document', locale)} ${item.documentCode}`].filter(Boolean);
    return `${index + 1}. ${item.text}${about.length ? ` (${about.join(', ')})` : ''}`;
  }).join('\n'));
  row(text('term', locale), text('termText', locale).replace('{days}', String(facts.termDays)));
  return finish();
}
