import PDFDocument from 'pdfkit';
import { SILENCE_EFFECT_LABELS } from '../catalogue/resource-labels';
import { pdfBytes, useDejaVuFonts } from '../exports/pdf-fonts';
import { optionalLabelOf } from '../i18n/labels';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';
import type { ReceiptClaims } from './receipt-claims';

type Texts = { [DEFAULT_LOCALE]: string; ES: string; EN: string };
const TEXTS = {
  title: { CA: "Justificant de registre d'entrada", ES: 'Justificante de registro de entrada', EN: 'Registry entry receipt' },
  registryNumber: { CA: 'Número de registre', ES: 'Número de registro', EN: 'Registry number' },
  registeredAt: { CA: 'Data i hora de registre', ES: 'Fecha y hora de registro', EN: 'Registered at' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  resource: { CA: 'Recurs sol·licitat', ES: 'Recurso solicitado', EN: 'Resource applied for' },
  localEntity: { CA: 'Ens sol·licitant', ES: 'Ente solicitante', EN: 'Applying entity' },
  applicant: { CA: 'Persona sol·licitant', ES: 'Persona solicitante', EN: 'Applicant' },
  contentSha256: { CA: 'Empremta SHA-256 de la sol·licitud signada', ES: 'Huella SHA-256 de la solicitud firmada', EN: 'SHA-256 of the signed application' },
  attachments: { CA: 'Documents adjunts (SHA-256)', ES: 'Documentos adjuntos (SHA-256)', EN: 'Attachments (SHA-256)' },
  noAttachments: { CA: 'Cap', ES: 'Ninguno', EN: 'None' },
  resolutionDueDate: { CA: 'Data màxima de resolució i notificació', ES: 'Fecha máxima de resolución y notificación', EN: 'Latest date to decide and notify' },
  targetDueDate: { CA: 'Data objectiu del proveïdor', ES: 'Fecha objetivo del proveedor', EN: "Provider's target date" },
  silenceEffect: { CA: 'Efecte del silenci administratiu', ES: 'Efecto del silencio administrativo', EN: 'Effect of no decision in time' },
  sealNote: {
    CA: "Document segellat electrònicament per {provider}. Qualsevol lector de PDF en mostra el segell i si s'ha modificat.",
    ES: 'Documento sellado electrónicamente por {provider}. Cualquier lector de PDF muestra el sello y si se ha modificado.',
    EN: 'Electronically sealed by {provider}. Any PDF reader shows the seal and whether the document was changed.',
  },
} as const satisfies Record<string, Texts>;

/** Occitan (no table of its own) reads Catalan, like every label. */
const text = (key: keyof typeof TEXTS, locale: Locale) => (locale === Locale.ES || locale === Locale.EN ? TEXTS[key][locale] : TEXTS[key][DEFAULT_LOCALE]);

/** "Justificant de registre d'entrada" in the locale: the PDF's title and its seal's reason. */
export const receiptTitle = (locale: Locale) => text('title', locale);

/** "2026-11-23 11:00:00" in Catalonia's time zone: the time a person there read on the clock. */
export function catalanDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Madrid', dateStyle: 'short', timeStyle: 'medium' }).format(instant);
}

const MARGIN = 56;
const MUTED = '#555555';
const TEXT = '#1a1a1a';

/**
 * The justificant as a PDF (before sealing): the registry number and instant, who applied for
 * what, and the hashes that prove what was registered. The same claims and locale always give
 * the same bytes.
 */
export function renderReceiptPdf(claims: ReceiptClaims, locale: Locale): Promise<Buffer> {
  const registeredAt = new Date(claims.registeredAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: (locale === Locale.ES || locale === Locale.EN ? locale : DEFAULT_LOCALE).toLowerCase(),
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${text('title', locale)} ${claims.registryNumber}`,
      Author: claims.provider.name,
      Creator: 'Catàleg de recursos',
      Producer: 'Catàleg de recursos',
      CreationDate: registeredAt,
      ModDate: registeredAt,
    },
  });
  const done = pdfBytes(doc);
  useDejaVuFonts(doc);
  const width = doc.page.width - MARGIN * 2;

  doc.font('regular').fontSize(9).fillColor(MUTED).text([claims.provider.name, claims.provider.nif].filter(Boolean).join(' · '), { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(18).fillColor(TEXT).text(text('title', locale), { width });
  doc.moveDown(0.8);

  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor(TEXT).text(label, { width });
    doc.font('regular').fontSize(10).text(value, { width, lineGap: 1.5 });
    doc.moveDown(0.5);
  };
  const person = (party: { name: string | null; nif: string | null }) => [party.name, party.nif].filter(Boolean).join(' · ');
  row(text('registryNumber', locale), claims.registryNumber);
  row(text('registeredAt', locale), `${catalanDateTime(registeredAt)} (${text('catalanTime', locale)}) · ${registeredAt.toISOString()}`);
  row(text('resource', locale), [claims.resource.code, claims.resource.title].filter(Boolean).join(' · '));
  row(text('localEntity', locale), person(claims.localEntity));
  row(text('applicant', locale), person(claims.applicant));
  row(text('contentSha256', locale), claims.contentSha256);
  row(text('attachments', locale), claims.attachments.length === 0
    ? text('noAttachments', locale)
    : claims.attachments.map((attachment) => `${attachment.code}: ${attachment.sha256}`).join('\n'));
  if (claims.resolutionDueDate) row(text('resolutionDueDate', locale), claims.resolutionDueDate);
  if (claims.targetDueDate) row(text('targetDueDate', locale), claims.targetDueDate);
  const silence = optionalLabelOf(SILENCE_EFFECT_LABELS, claims.silenceEffect, locale);
  if (silence) row(text('silenceEffect', locale), silence);

  doc.moveDown(1);
  doc.font('regular').fontSize(8).fillColor(MUTED).text(text('sealNote', locale).replace('{provider}', claims.provider.name), { width });
  doc.end();
  return done;
}
