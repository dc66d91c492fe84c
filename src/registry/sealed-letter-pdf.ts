import PDFDocument from 'pdfkit';
import { pdfBytes, useDejaVuFonts } from '../exports/pdf-fonts';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';

export const LETTER_MARGIN = 56;
export const LETTER_MUTED = '#555555';
export const LETTER_TEXT = '#1a1a1a';
const LETTER_RULE = '#999999';

const SEAL_NOTE = {
  CA: "Document segellat electrònicament per {provider}. Qualsevol lector de PDF en mostra el segell i si s'ha modificat.",
  ES: 'Documento sellado electrónicamente por {provider}. Cualquier lector de PDF muestra el sello y si se ha modificado.',
  EN: 'Electronically sealed by {provider}. Any PDF reader shows the seal and whether the document was changed.',
} as const;

export interface LetterHead {
  locale: Locale;
  /** The heading on the page. */
  title: string;
  /** The PDF's own Title (what a reader's window shows); the heading when not given. */
  documentTitle?: string;
  provider: { name: string; nif?: string | null };
  /** Creation and modification date of the PDF, so that the same facts always give the same bytes. */
  issuedAt: Date;
}

export interface Letter {
  doc: PDFKit.PDFDocument;
  /** The text width between the margins. */
  width: number;
  /** A labelled paragraph: the label in bold, the value below it. */
  row(label: string, value: string): void;
  /**
   * Ends the page with a note on the seal and gives the bytes (before sealing): by default "sealed
   * electronically by <provider>", in the letter's language.
   */
  finish(sealNote?: string): Promise<Buffer>;
}

/**
 * The layout every document the provider issues and seals shares (receipts, requests for
 * corrections, hearing notices, resolutions, sealed copies): A4, DejaVu Sans, the provider on
 * top, the title, labelled rows, and the note on the seal at the end. Each document adds only its
 * own rows (and, for a resolution, the table of remedies).
 */
export function startSealedLetter(head: LetterHead): Letter {
  const locale = head.locale === Locale.ES || head.locale === Locale.EN ? head.locale : DEFAULT_LOCALE;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: LETTER_MARGIN, bottom: LETTER_MARGIN, left: LETTER_MARGIN, right: LETTER_MARGIN },
    lang: locale.toLowerCase(),
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: head.documentTitle ?? head.title, Author: head.provider.name, Creator: 'Catàleg de recursos', Producer: 'Catàleg de recursos',
      CreationDate: head.issuedAt, ModDate: head.issuedAt,
    },
  });
  const done = pdfBytes(doc);
  useDejaVuFonts(doc);
  const width = doc.page.width - LETTER_MARGIN * 2;

  doc.font('regular').fontSize(9).fillColor(LETTER_MUTED).text([head.provider.name, head.provider.nif].filter(Boolean).join(' · '), { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(18).fillColor(LETTER_TEXT).text(head.title, { width });
  doc.moveDown(0.8);

  return {
    doc,
    width,
    row(label, value) {
      doc.font('bold').fontSize(10).fillColor(LETTER_TEXT).text(label, { width });
      doc.font('regular').fontSize(10).text(value, { width, lineGap: 1.5 });
      doc.moveDown(0.5);
    },
    finish(sealNote = SEAL_NOTE[locale].replace('{provider}', head.provider.name)) {
      doc.moveDown(1);
      doc.font('regular').fontSize(8).fillColor(LETTER_MUTED).text(sealNote, { width });
      doc.end();
      return done;
    },
  };
}

/** A cell of a ruled table: its text, in bold or not. */
export interface RuledCell {
  text: string;
  bold?: boolean;
}

/**
 * One row of a ruled table at the left margin (a resolution's remedies, a report's figures): each
 * cell boxed with a thin rule, 9-point text, the row as tall as its tallest cell, on a new page
 * when it does not fit. Drawn by hand rather than with pdfkit's `table()`, which takes about a
 * quarter of a second per small table (its layout measures every cell several times).
 */
export function ruledRow(doc: PDFKit.PDFDocument, cells: readonly RuledCell[], columns: readonly number[]): void {
  const padding = 4;
  const font = (cell: RuledCell) => doc.font(cell.bold ? 'bold' : 'regular').fontSize(9);
  const height = Math.max(...cells.map((cell, index) => font(cell).heightOfString(cell.text, { width: columns[index] - padding * 2 }))) + padding * 2;
  if (doc.y + height > doc.page.height - LETTER_MARGIN) doc.addPage();
  const top = doc.y;
  let left = LETTER_MARGIN;
  cells.forEach((cell, index) => {
    doc.rect(left, top, columns[index], height).strokeColor(LETTER_RULE).lineWidth(0.5).stroke();
    font(cell).fillColor(LETTER_TEXT).text(cell.text, left + padding, top + padding, { width: columns[index] - padding * 2 });
    left += columns[index];
  });
  doc.x = LETTER_MARGIN;
  doc.y = top + height;
}
