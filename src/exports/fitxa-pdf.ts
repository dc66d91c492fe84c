import PDFDocument from 'pdfkit';
import { FitxaBlock, FitxaDocument } from './fitxa-document';
import { heading } from './fitxa-pdf-headings';
import { pdfBytes, useDejaVuFonts } from './pdf-fonts';

const MARGIN = 56;
const ACCENT = '#a6192e';
const MUTED = '#555555';
const TEXT = '#1a1a1a';

/** Lays the printed fitxa out on A4 pages; the same document always gives the same bytes. */
export function renderFitxaPdf(document: FitxaDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: document.textLocale.toLowerCase(),
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: document.title,
      Author: document.providerName,
      Subject: `${heading('code', document.locale)} ${document.code}`,
      Creator: 'Catàleg de recursos',
      Producer: 'Catàleg de recursos',
      CreationDate: document.createdAt,
      ModDate: document.createdAt,
    },
  });
  const done = pdfBytes(doc);
  useDejaVuFonts(doc);
  const width = doc.page.width - MARGIN * 2;

  doc.font('regular').fontSize(9).fillColor(MUTED);
  for (const line of document.kicker) doc.text(line, { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(18).fillColor(TEXT).text(document.title, { width });
  doc.moveDown(0.2);
  doc.font('regular').fontSize(9).fillColor(MUTED).text(`${heading('code', document.locale)}: ${document.code}`, { width });
  doc.moveDown(0.8);
  if (document.summary) {
    doc.font('bold').fontSize(11).fillColor(TEXT).text(document.summary, { width, lineGap: 2 });
    doc.moveDown(0.6);
  }
  if (document.description) paragraphs(doc, document.description, width);

  for (const section of document.sections) {
    // Keep a heading with at least a few lines of its section.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.moveDown(0.8);
    doc.outline.addItem(section.heading);
    doc.font('bold').fontSize(12).fillColor(ACCENT).text(section.heading, { width });
    const ruleY = doc.y + 1;
    doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(0.5).strokeColor(ACCENT).stroke();
    doc.moveDown(0.4);
    for (const block of section.blocks) renderBlock(doc, block, width);
  }

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index++) {
    doc.switchToPage(pages.start + index);
    // Writing inside the bottom margin would otherwise open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = [document.providerName, `${heading('code', document.locale)} ${document.code}`,
      document.publishedOn && `${heading('publishedAt', document.locale)} ${document.publishedOn}`,
      `${heading('page', document.locale)} ${index + 1}/${pages.count}`].filter(Boolean).join(' · ');
    doc.font('regular').fontSize(8).fillColor(MUTED).text(footer, MARGIN, doc.page.height - MARGIN, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function paragraphs(doc: PDFKit.PDFDocument, text: string, width: number) {
  for (const paragraph of text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    doc.font('regular').fontSize(10).fillColor(TEXT).text(paragraph, { width, lineGap: 1.5 });
    doc.moveDown(0.5);
  }
}

function renderBlock(doc: PDFKit.PDFDocument, block: FitxaBlock, width: number) {
  // A short value reads on the line of its label ("Tel.: 934 723 510"), as on the fitxa page.
  if (block.label && block.kind === 'text' && block.text.length <= 80 && !block.text.includes('\n')) {
    doc.font('bold').fontSize(10).fillColor(TEXT).text(`${block.label}: `, { width, continued: true });
    doc.font('regular').text(block.text, { width, lineGap: 1.5 });
    doc.moveDown(0.5);
    return;
  }
  if (block.label) doc.font('bold').fontSize(10).fillColor(TEXT).text(`${block.label}:`, { width });
  if (block.kind === 'text') {
    paragraphs(doc, block.text, width);
    return;
  }
  doc.font('regular').fontSize(10).fillColor(TEXT).list(block.items, {
    width, listType: block.numbered ? 'numbered' : 'bullet', bulletRadius: 1.8, textIndent: 14, bulletIndent: 4, lineGap: 1.5, paragraphGap: 3,
  });
  doc.moveDown(0.5);
}
