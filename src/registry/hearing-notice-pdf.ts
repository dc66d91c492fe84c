import PDFDocument from 'pdfkit';
import { HEARING_PURPOSE_LABELS, HearingPurpose } from '../applications/hearing-purpose';
import { pdfBytes, useDejaVuFonts } from '../exports/pdf-fonts';
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
  sealNote: {
    CA: "Document segellat electrònicament per {provider}. Qualsevol lector de PDF en mostra el segell i si s'ha modificat.",
    ES: 'Documento sellado electrónicamente por {provider}. Cualquier lector de PDF muestra el sello y si se ha modificado.',
    EN: 'Electronically sealed by {provider}. Any PDF reader shows the seal and whether the document was changed.',
  },
} as const satisfies Record<string, Texts>;

const text = (key: keyof typeof TEXTS, locale: Locale) => (locale === Locale.ES || locale === Locale.EN ? TEXTS[key][locale] : TEXTS[key][DEFAULT_LOCALE]);

export const hearingNoticeTitle = (locale: Locale) => text('title', locale);

const MARGIN = 56;

/** The notice of a hearing as a PDF (before sealing). */
export function renderHearingNoticePdf(facts: HearingNoticeFacts, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: (locale === Locale.ES || locale === Locale.EN ? locale : DEFAULT_LOCALE).toLowerCase(), displayTitle: true, pdfVersion: '1.7',
    info: {
      Title: `${text('title', locale)} ${facts.registryNumber}`, Author: facts.provider.name, Creator: 'Catàleg de recursos', Producer: 'Catàleg de recursos',
      CreationDate: facts.issuedAt, ModDate: facts.issuedAt,
    },
  });
  const done = pdfBytes(doc);
  useDejaVuFonts(doc);
  const width = doc.page.width - MARGIN * 2;
  doc.font('regular').fontSize(9).fillColor('#555555').text([facts.provider.name, facts.provider.nif].filter(Boolean).join(' · '), { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(18).fillColor('#1a1a1a').text(text('title', locale), { width });
  doc.moveDown(0.8);
  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor('#1a1a1a').text(label, { width });
    doc.font('regular').fontSize(10).text(value, { width, lineGap: 1.5 });
    doc.moveDown(0.5);
  };
  row(text('registryNumber', locale), facts.registryNumber);
  row(text('issuedAt', locale), `${catalanDateTime(facts.issuedAt)} (${text('catalanTime', locale)})`);
  row(text('application', locale), [facts.applicationRegistryNumber, facts.applicationId].filter(Boolean).join(' · '));
  row(text('localEntity', locale), [facts.localEntity.name, facts.localEntity.nif].filter(Boolean).join(' · '));
  row(text('resource', locale), [facts.resource.code, facts.resource.title].filter(Boolean).join(' · '));
  row(text('purpose', locale), labelOf(HEARING_PURPOSE_LABELS, facts.purpose, locale));
  row(text('reasons', locale), facts.reasons);
  row(text('term', locale), text('termText', locale).replace('{days}', String(facts.termDays)));
  doc.moveDown(1);
  doc.font('regular').fontSize(8).fillColor('#555555').text(text('sealNote', locale).replace('{provider}', facts.provider.name), { width });
  doc.end();
  return done;
}
