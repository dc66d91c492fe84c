import { DEFAULT_LOCALE, Locale } from '../i18n/locale';

/** The languages the PDF's own words are written in; Occitan falls back to Catalan, like every label. */
type HeadingTexts = { [DEFAULT_LOCALE]: string; ES: string; EN: string };

/**
 * The section headings and field names of the printed fitxa, as the Diputació de Barcelona's
 * fitxa page shows them ("Destinataris", "Requisits de concessió", …). Enum values are not here:
 * they come from the label tables in src/i18n/labels.ts, the same ones the API serves.
 */
export const FITXA_HEADINGS = {
  resourceSheet: { CA: 'Fitxa del recurs', ES: 'Ficha del recurso', EN: 'Resource sheet' },
  code: { CA: 'Codi recurs', ES: 'Código recurso', EN: 'Resource code' },
  provider: { CA: 'Ens proveïdor', ES: 'Ente proveedor', EN: 'Provider' },
  area: { CA: 'Àrea', ES: 'Área', EN: 'Area' },
  programme: { CA: 'Programa', ES: 'Programa', EN: 'Programme' },
  summary: { CA: 'Resum', ES: 'Resumen', EN: 'Summary' },
  description: { CA: 'Descripció', ES: 'Descripción', EN: 'Description' },
  audience: { CA: 'Destinataris', ES: 'Destinatarios', EN: 'Who may apply' },
  requirements: { CA: 'Requisits de concessió', ES: 'Requisitos de concesión', EN: 'Requirements' },
  resolutionTerm: { CA: 'Termini màxim de resolució', ES: 'Plazo máximo de resolución', EN: 'Maximum time to decide' },
  silenceEffect: { CA: 'Efecte del silenci administratiu', ES: 'Efecto del silencio administrativo', EN: 'Effect of no decision in time' },
  applicationConditions: { CA: 'Condicions de sol·licitud', ES: 'Condiciones de solicitud', EN: 'Conditions for applying' },
  maxApplicationsPerEntity: { CA: 'Nombre màxim de sol·licituds per ens', ES: 'Número máximo de solicitudes por ente', EN: 'Maximum applications per entity' },
  otherConditions: { CA: 'Altres condicions', ES: 'Otras condiciones', EN: 'Other conditions' },
  revocationConditions: { CA: 'Condicions de revocació', ES: 'Condiciones de revocación', EN: 'Conditions for revocation' },
  executionConditions: { CA: "Condicions d'execució i justificació", ES: 'Condiciones de ejecución y justificación', EN: 'Conditions of delivery and justification' },
  serviceOptions: { CA: 'Serveis que es poden seleccionar', ES: 'Servicios que se pueden seleccionar', EN: 'Services that can be selected' },
  recommended: { CA: 'recomanat', ES: 'recomendado', EN: 'recommended' },
  procedureSteps: { CA: 'Com fer el tràmit', ES: 'Cómo hacer el trámite', EN: 'How to apply' },
  afterApplication: { CA: 'Després de fer el tràmit', ES: 'Después de hacer el trámite', EN: 'After applying' },
  interlocutorRoles: { CA: 'Persones interlocutores', ES: 'Personas interlocutoras', EN: 'Contact persons to designate' },
  required: { CA: 'obligatori', ES: 'obligatorio', EN: 'required' },
  documents: { CA: 'Documents', ES: 'Documentos', EN: 'Documents' },
  version: { CA: 'versió', ES: 'versión', EN: 'version' },
  mustAccept: { CA: 'cal acceptar-lo', ES: 'hay que aceptarlo', EN: 'must be accepted' },
  mustAttach: { CA: 'cal adjuntar-lo', ES: 'hay que adjuntarlo', EN: 'must be attached' },
  qualityCommitments: { CA: 'Compromisos de qualitat', ES: 'Compromisos de calidad', EN: 'Quality commitments' },
  survey: { CA: 'Enquesta de satisfacció', ES: 'Encuesta de satisfacción', EN: 'Satisfaction survey' },
  breachAction: { CA: "En cas d'incompliment", ES: 'En caso de incumplimiento', EN: 'If not met' },
  legalReferences: { CA: 'Normativa aplicable', ES: 'Normativa aplicable', EN: 'Applicable legislation' },
  sdgs: { CA: 'ODS', ES: 'ODS', EN: 'SDGs' },
  catalogue: { CA: 'Convocatòria / línia de suport', ES: 'Convocatoria / línea de apoyo', EN: 'Call / support line' },
  channel: { CA: 'Canal', ES: 'Canal', EN: 'Channel' },
  applicationPeriod: { CA: 'Període de vigència i sol·licitud', ES: 'Período de vigencia y solicitud', EN: 'Application period' },
  periodTo: { CA: 'a', ES: 'a', EN: 'to' },
  kind: { CA: 'Tipus de recurs', ES: 'Tipo de recurso', EN: 'Type of resource' },
  modality: { CA: 'Modalitat', ES: 'Modalidad', EN: 'Form of support' },
  provisionType: { CA: 'Tipus de prestació', ES: 'Tipo de prestación', EN: 'Provision' },
  grantProcedure: { CA: 'Procediment de concessió', ES: 'Procedimiento de concesión', EN: 'Granting procedure' },
  providerUnit: { CA: 'Unitat prestadora', ES: 'Unidad prestadora', EN: 'Providing unit' },
  phone: { CA: 'Tel.', ES: 'Tel.', EN: 'Phone' },
  email: { CA: 'Correu electrònic', ES: 'Correo electrónico', EN: 'E-mail' },
  contactForm: { CA: 'Formulari de contacte', ES: 'Formulario de contacto', EN: 'Contact form' },
  website: { CA: 'Web', ES: 'Web', EN: 'Website' },
  publishedAt: { CA: 'Publicada el', ES: 'Publicada el', EN: 'Published on' },
  page: { CA: 'Pàgina', ES: 'Página', EN: 'Page' },
} as const satisfies Record<string, HeadingTexts>;

export type FitxaHeading = keyof typeof FITXA_HEADINGS;

/** A heading in a locale; Occitan (no table of its own) reads Catalan. */
export function heading(key: FitxaHeading, locale: Locale): string {
  const texts: HeadingTexts = FITXA_HEADINGS[key];
  return locale === Locale.ES || locale === Locale.EN ? texts[locale] : texts[DEFAULT_LOCALE];
}
