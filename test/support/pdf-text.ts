/**
 * The text of a PDF, page by page, as a person copying it would get it: pdf.js (Mozilla's reader)
 * reads the bytes, so a test finds only what the PDF really shows, in its embedded font's encoding.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js is an ES module; this CommonJS build loads it with a real dynamic import.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return pages.join('\n');
}

/** The PDF's text with line breaks and hyphen-free wraps joined, for finding phrases that wrap. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ');
