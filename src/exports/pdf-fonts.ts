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
