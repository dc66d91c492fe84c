import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { catalanDateTime } from '../registry/receipt-pdf';
import { LETTER_TEXT as TEXT, startSealedLetter } from '../registry/sealed-letter-pdf';

/**
 * What a sealed copy states: exactly the version of a fitxa's document the entity accepted
 * (title, version, SHA-256), who accepted it and when, and under which resolution the provider
 * issues it. `original` is that version's own file when the service holds it: it is embedded
 * whole (the copy's SHA-256 line lets anyone check it), never re-sealed, so a signed original
 * keeps its own signatures.
 */
export interface SealedCopyFacts {
  provider: { name: string; nif: string | null };
  document: { code: string; title: string; versionLabel: string; versionNumber: number; sha256: string; mediaType: string; url: string | null };
  acceptedAt: Date;
  acceptedBy: { entityName: string; entityNif: string | null; applicantName: string | null; applicantNif: string | null };
  /** The submission's registry number and the resolution's outgoing one. */
  applicationRegistryNumber: string | null;
  resolutionRegistryNumber: string;
  issuedAt: Date;
  original: { bytes: Buffer; filename: string } | null;
}

const TEXTS = {
  title: { CA: 'Còpia segellada', ES: 'Copia sellada', EN: 'Sealed copy' },
  document: { CA: 'Document', ES: 'Documento', EN: 'Document' },
  version: { CA: 'Versió acceptada', ES: 'Versión aceptada', EN: 'Version accepted' },
  sha256: { CA: 'Empremta SHA-256 de la versió acceptada', ES: 'Huella SHA-256 de la versión aceptada', EN: 'SHA-256 of the version accepted' },
  source: { CA: 'Publicada a', ES: 'Publicada en', EN: 'Published at' },
  acceptedBy: { CA: 'Acceptada per', ES: 'Aceptada por', EN: 'Accepted by' },
  acceptedAt: { CA: "Data i hora d'acceptació", ES: 'Fecha y hora de aceptación', EN: 'Accepted at' },
  application: { CA: 'Registre de la sol·licitud', ES: 'Registro de la solicitud', EN: 'Registry entry of the application' },
  resolution: { CA: 'Resolució (registre de sortida)', ES: 'Resolución (registro de salida)', EN: 'Decision (outgoing registry entry)' },
  issuedAt: { CA: 'Data d\'emissió', ES: 'Fecha de emisión', EN: 'Issued at' },
  catalanTime: { CA: 'hora de Catalunya', ES: 'hora de Cataluña', EN: 'Catalan time' },
  embedded: {
    CA: "El document original s'adjunta íntegre a aquest PDF ({file}); la seva empremta SHA-256 és la indicada.",
    ES: 'El documento original se adjunta íntegro a este PDF ({file}); su huella SHA-256 es la indicada.',
    EN: 'The original document is attached whole to this PDF ({file}); its SHA-256 is the one above.',
  },
  notEmbedded: {
    CA: "Aquesta còpia acredita el contingut de la versió acceptada per la seva empremta SHA-256: qualsevol exemplar del document amb aquesta empremta n'és el text exacte.",
    ES: 'Esta copia acredita el contenido de la versión aceptada por su huella SHA-256: cualquier ejemplar del documento con esta huella es su texto exacto.',
    EN: 'This copy attests the content of the version accepted by its SHA-256: any copy of the document with this fingerprint is its exact text.',
  },
  sealNote: {
    CA: 'Emesa i segellada electrònicament en nom de {provider}, per a l\'ens que la va acceptar. Qualsevol lector de PDF en mostra el segell i si s\'ha modificat.',
    ES: 'Emitida y sellada electrónicamente en nombre de {provider}, para el ente que la aceptó. Cualquier lector de PDF muestra el sello y si se ha modificado.',
    EN: 'Issued and electronically sealed in the name of {provider} for the entity that accepted it. Any PDF reader shows the seal and whether the document was changed.',
  },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

/** "Còpia segellada: Conveni d'encàrrec de gestió": the PDF's title and its seal's reason. */
export const sealedCopyTitle = (documentTitle: string, locale: Locale) => `${text('title', locale)}: ${documentTitle}`;

/** The sealed copy as a PDF (before sealing). The same facts and locale give the same bytes. */
export function renderSealedCopyPdf(facts: SealedCopyFacts, locale: Locale): Promise<Buffer> {
  const title = sealedCopyTitle(facts.document.title, locale);
  const { doc, width, row, finish } = startSealedLetter({ locale, title, provider: facts.provider, issuedAt: facts.issuedAt });
  const { document, acceptedBy } = facts;
  row(text('document', locale), `${document.title} (${document.code})`);
  row(text('version', locale), `${document.versionLabel} (${document.versionNumber})`);
  row(text('sha256', locale), document.sha256);
  if (document.url) row(text('source', locale), document.url);
  row(text('acceptedBy', locale), [
    [acceptedBy.entityName, acceptedBy.entityNif].filter(Boolean).join(' · '),
    [acceptedBy.applicantName, acceptedBy.applicantNif].filter(Boolean).join(' · '),
  ].filter(Boolean).join('\n'));
  row(text('acceptedAt', locale), `${catalanDateTime(facts.acceptedAt)} (${text('catalanTime', locale)})`);
  if (facts.applicationRegistryNumber) row(text('application', locale), facts.applicationRegistryNumber);
  row(text('resolution', locale), facts.resolutionRegistryNumber);
  row(text('issuedAt', locale), `${catalanDateTime(facts.issuedAt)} (${text('catalanTime', locale)})`);

  doc.moveDown(0.5);
  doc.font('regular').fontSize(10).fillColor(TEXT).text(facts.original
    ? text('embedded', locale).replace('{file}', facts.original.filename)
    : text('notEmbedded', locale), { width });
  if (facts.original) {
    doc.file(facts.original.bytes, {
      name: facts.original.filename, type: document.mediaType, description: `${document.title} ${document.versionLabel} (SHA-256 ${document.sha256})`,
      creationDate: facts.acceptedAt, modifiedDate: facts.acceptedAt,
    });
  }
  return finish(text('sealNote', locale).replace('{provider}', facts.provider.name));
}
