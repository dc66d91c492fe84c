import { SILENCE_EFFECT_LABELS } from '../catalogue/resource-labels';
import { Label, labelOf, optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import type { ReceiptClaims } from './receipt-claims';
import { startSealedLetter } from './sealed-letter-pdf';

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
} as const satisfies Record<string, Label>;

/** Occitan (no table of its own) reads Catalan, like every label. */
const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

/** "Justificant de registre d'entrada" in the locale: the PDF's title and its seal's reason. */
export const receiptTitle = (locale: Locale) => text('title', locale);

/** "2026-11-23 11:00:00" in Catalonia's time zone: the time a person there read on the clock. */
export function catalanDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Madrid', dateStyle: 'short', timeStyle: 'medium' }).format(instant);
}

/**
 * The justificant as a PDF (before sealing): the registry number and instant, who applied for
 * what, and the hashes that prove what was registered. The same claims and locale always give
 * the same bytes.
 */
export function renderReceiptPdf(claims: ReceiptClaims, locale: Locale): Promise<Buffer> {
  const registeredAt = new Date(claims.registeredAt);
  const { row, finish } = startSealedLetter({
    locale, title: text('title', locale), documentTitle: `${text('title', locale)} ${claims.registryNumber}`, provider: claims.provider, issuedAt: registeredAt,
  });
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

  return finish();
}
