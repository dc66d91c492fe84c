import { ChallengeText } from '../applications/resolution-challenge';
import { RESOLUTION_KIND_LABELS, ResolutionKind } from '../applications/resolution-kind';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { catalanDateTime } from './receipt-pdf';
import { LETTER_MARGIN as MARGIN, LETTER_TEXT as TEXT, ruledRow, startSealedLetter } from './sealed-letter-pdf';

/** What a resolution states; the sealed PDF shows exactly this. No personal data beyond the parties'. */
export interface ResolutionFacts {
  kind: ResolutionKind;
  /** The outgoing registry number the resolution is registered under (e.g. DIPUTACIO-LLEIDA-S-2026-000001). */
  registryNumber: string;
  resolvedAt: Date;
  provider: { name: string; nif: string | null };
  /** The application's global id, which front ends show as its reference. */
  applicationId: string;
  /** Entries of the procedure so far (submission, answers, allegations…), oldest first. */
  registryEntries: { number: string; label: string; registeredAt: Date }[];
  localEntity: { name: string; nif: string | null };
  resource: { code: string; title: string | null };
  reasons: string;
  competentBody: string;
  challenge: ChallengeText;
}

const TEXTS = {
  registryNumber: { CA: 'Registre de sortida', ES: 'Registro de salida', EN: 'Outgoing registry entry' },
  resolvedAt: { CA: 'Data de la resolució', ES: 'Fecha de la resolución', EN: 'Date of the decision' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  application: { CA: 'Sol·licitud', ES: 'Solicitud', EN: 'Application' },
  registryEntries: { CA: 'Assentaments del procediment', ES: 'Asientos del procedimiento', EN: 'Registry entries of the procedure' },
  localEntity: { CA: 'Ens interessat', ES: 'Ente interesado', EN: 'Entity concerned' },
  resource: { CA: 'Recurs', ES: 'Recurso', EN: 'Resource' },
  decision: { CA: 'Decisió', ES: 'Decisión', EN: 'Decision' },
  reasons: { CA: 'Fonaments', ES: 'Fundamentos', EN: 'Reasons' },
  competentBody: { CA: 'Òrgan competent', ES: 'Órgano competente', EN: 'Competent body' },
  challenge: { CA: 'Recursos', ES: 'Recursos', EN: 'How to challenge it' },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

/** The resolution's title in the locale: the PDF's title and its seal's reason. */
export const resolutionTitle = (kind: ResolutionKind, locale: Locale) => labelOf(RESOLUTION_KIND_LABELS, kind, locale);

/**
 * A resolution as a PDF (before sealing): who decides what on which application, why, by which
 * body, and how to challenge it (a labelled table). The same facts and locale give the same bytes.
 */
export function renderResolutionPdf(facts: ResolutionFacts, locale: Locale): Promise<Buffer> {
  const title = resolutionTitle(facts.kind, locale);
  const { doc, width, row, finish } = startSealedLetter({
    locale, title, documentTitle: `${title} ${facts.registryNumber}`, provider: facts.provider, issuedAt: facts.resolvedAt,
  });
  const party = (p: { name: string; nif: string | null }) => [p.name, p.nif].filter(Boolean).join(' · ');
  row(text('registryNumber', locale), facts.registryNumber);
  row(text('resolvedAt', locale), `${catalanDateTime(facts.resolvedAt)} (${text('catalanTime', locale)})`);
  row(text('application', locale), facts.applicationId);
  row(text('registryEntries', locale), facts.registryEntries
    .map((entry) => `${entry.number} · ${entry.label} · ${catalanDateTime(entry.registeredAt)}`).join('\n'));
  row(text('localEntity', locale), party(facts.localEntity));
  row(text('resource', locale), [facts.resource.code, facts.resource.title].filter(Boolean).join(' · '));
  row(text('decision', locale), title);
  row(text('reasons', locale), facts.reasons);
  row(text('competentBody', locale), facts.competentBody);

  doc.moveDown(0.4);
  doc.font('bold').fontSize(12).fillColor(TEXT).text(text('challenge', locale), { width });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).text(facts.challenge.introduction, { width });
  doc.moveDown(0.4);
  challengeTable(doc, facts.challenge, width);
  doc.moveDown(0.4);
  doc.font('regular').fontSize(9).fillColor(TEXT).text(facts.challenge.note, MARGIN, doc.y, { width });

  return finish();
}

/** The remedies as a ruled table with a heading row: remedy, term, before whom, legal basis. */
function challengeTable(doc: PDFKit.PDFDocument, challenge: ChallengeText, width: number): void {
  const columns = [0.3, 0.25, 0.25, 0.2].map((share) => share * width);
  const { headings } = challenge;
  ruledRow(doc, [headings.remedy, headings.term, headings.before, headings.legalBasis].map((text) => ({ text, bold: true })), columns);
  for (const route of challenge.routes) ruledRow(doc, [route.remedy, route.term, route.before, route.legalBasis].map((text) => ({ text })), columns);
}
