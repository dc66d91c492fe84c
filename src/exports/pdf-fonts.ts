import { readFileSync } from 'node:fs';

/**
 * DejaVu Sans, embedded (subset) in every PDF the service renders: the 14 standard PDF fonts have
 * no reliable glyphs for "l·l" and friends, and a font from the operating system would not be
 * there in CI or in a container. It ships through npm (dejavu-fonts-ttf, under the free
 * Bitstream Vera/DejaVu licence).
 */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
export function dejaVuFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** Registers the DejaVu faces as 'regular' and 'bold' on a pdfkit document. */
export function useDejaVuFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = dejaVuFonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
}

/** The bytes a pdfkit document writes, once it has ended. Call before writing to it. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
