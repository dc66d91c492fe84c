import { createHash } from 'node:crypto';
import { LocalizedText } from '../../../src/i18n/locale';
import {
  ProcedureStepKind, QualityIndicator, RequirementVerification, SilenceEffect, TermUnit,
} from '../../../src/catalogue/resource-enums';
import { ResourceSeed } from '../types';

/** Pieces several fitxes share, so the same rule is written (and corrected) once. */

type Requirement = NonNullable<ResourceSeed['requirements']>[number];
type LegalReference = NonNullable<ResourceSeed['legalReferences']>[number];
type QualityCommitment = NonNullable<ResourceSeed['qualityCommitments']>[number];
type ProcedureStep = NonNullable<ResourceSeed['procedureSteps']>[number];

/**
 * A stand-in SHA-256 for a document whose file we do not have: the digest of a label that names
 * the provider, the fitxa, the document and its version. It identifies the version the same way a
 * real digest would; editors replace it when they upload the actual file.
 */
export function standInSha256(label: string): string {
  return createHash('sha256').update(label, 'utf8').digest('hex');
}

export function eligibleEntitiesOf(demarcacio: string): Requirement {
  return {
    text: { CA: `Ser un ens local de la demarcació de ${demarcacio} inclòs entre els destinataris del recurs.` },
    verification: RequirementVerification.ELIGIBILITY,
  };
}

export const digitalCertificate: Requirement = {
  text: { CA: 'Identificar-se mitjançant certificat digital de representant de l\'ens o de personal al servei de l\'administració.' },
  verification: RequirementVerification.DIGITAL_CERTIFICATE,
};

export function declaration(text: string): Requirement {
  return { text: { CA: text }, verification: RequirementVerification.DECLARATION };
}

export function staffRecord(text: string): Requirement {
  return { text: { CA: text }, verification: RequirementVerification.STAFF_RECORD };
}

export function governingBodyAgreement(text: string): Requirement {
  return { text: { CA: text }, verification: RequirementVerification.ENTITY_AGREEMENT };
}

/**
 * Rules that apply to every catalogue of assistance and cooperation; the URLs are the BOE's
 * consolidated texts and their ELI permalinks.
 */
export const law: Record<'basesRegimLocal' | 'procedimentComu' | 'regimJuridic' | 'subvencions' | 'regimJuridicCatalunya', LegalReference> = {
  basesRegimLocal: {
    title: { CA: 'Llei 7/1985, de 2 d\'abril, reguladora de les bases del règim local (art. 36: assistència i cooperació de les diputacions als municipis)' },
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-1985-5392',
    eli: 'https://www.boe.es/eli/es/l/1985/04/02/7',
  },
  procedimentComu: {
    title: { CA: 'Llei 39/2015, d\'1 d\'octubre, del procediment administratiu comú de les administracions públiques' },
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2015-10565',
    eli: 'https://www.boe.es/eli/es/l/2015/10/01/39',
  },
  regimJuridic: {
    title: { CA: 'Llei 40/2015, d\'1 d\'octubre, de règim jurídic del sector públic' },
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2015-10566',
    eli: 'https://www.boe.es/eli/es/l/2015/10/01/40',
  },
  subvencions: {
    title: { CA: 'Llei 38/2003, de 17 de novembre, general de subvencions' },
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2003-20977',
    eli: 'https://www.boe.es/eli/es/l/2003/11/17/38',
  },
  regimJuridicCatalunya: {
    title: { CA: 'Llei 26/2010, del 3 d\'agost, de règim jurídic i de procediment de les administracions públiques de Catalunya' },
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2010-13313',
    eli: 'https://www.boe.es/eli/es-ct/l/2010/08/03/26',
  },
};

/**
 * The four quality commitments printed on the fitxes of DiBa's Xarxa de Governs Locals catalogue,
 * word for word (fitxa 111219 shows them; the demo fitxes of the same catalogue reuse them).
 */
const analyseCauses: LocalizedText = {
  CA: "S'han d'analitzar les causes de no haver assolit el compromís fixat i proposar les millores concretes pertinents.",
  ES: 'Se deben analizar las causas de no haber alcanzado el compromiso fijado y proponer las mejoras concretas pertinentes.',
};

export const xarxaGovernsLocalsQualityCommitments: QualityCommitment[] = [
  {
    indicator: QualityIndicator.SURVEY_RATING_AT_LEAST,
    text: {
      CA: "Garantir que el 100% de les valoracions realitzades pels ens locals sobre qualsevol pregunta de l'enquesta del recurs prestat siguin iguals o superiors a 5 sobre 10 punts.",
      ES: 'Garantizar que el 100% de las valoraciones realizadas por los entes locales sobre cualquier pregunta de la encuesta del recurso prestado sean iguales o superiores a 5 sobre 10 puntos.',
    },
    threshold: 5,
    targetPercent: 100,
    breachAction: analyseCauses,
  },
  {
    indicator: QualityIndicator.DECISION_WITHIN_TERM,
    text: {
      CA: 'El 50% de les aprovacions o denegacions dels recursos s\'han de comunicar mitjançant el PMT en un termini màxim de 55 dies hàbils des de la recepció de la sol·licitud, però mai en més de 3 mesos.',
      ES: 'El 50% de las aprobaciones o denegaciones de los recursos se deben comunicar mediante el PMT en un plazo máximo de 55 días hábiles desde la recepción de la solicitud, pero nunca en más de 3 meses.',
    },
    threshold: 55,
    thresholdUnit: TermUnit.BUSINESS_DAYS,
    targetPercent: 50,
    hardLimitAmount: 3,
    hardLimitUnit: TermUnit.MONTHS,
  },
  {
    indicator: QualityIndicator.BREACH_COMMUNICATED_WITHIN_TERM,
    text: {
      CA: "En cas d'incompliment del termini de 3 mesos, s'informarà per PMT als ens locals de les causes d'aquest i de les mesures adoptades en 5 dies hàbils.",
      ES: 'En caso de incumplimiento del plazo de 3 meses, se informará por PMT a los entes locales de las causas de este y de las medidas adoptadas en 5 días hábiles.',
    },
    threshold: 5,
    thresholdUnit: TermUnit.BUSINESS_DAYS,
    targetPercent: 100,
  },
  {
    indicator: QualityIndicator.FIT_TO_NEEDS_RATING_AT_LEAST,
    text: {
      CA: "Garantir que un mínim del 80% de les valoracions realitzades pels ens locals sobre l'ajust del recurs prestat a les seves necessitats siguin iguals o superiors a 8 sobre 10 punts.",
      ES: 'Garantizar que un mínimo del 80% de las valoraciones realizadas por los entes locales sobre el ajuste del recurso prestado a sus necesidades sean iguales o superiores a 8 sobre 10 puntos.',
    },
    threshold: 8,
    targetPercent: 80,
    breachAction: analyseCauses,
  },
];

/** The usual wizard of a catalogue application, with optional steps where a fitxa needs them. */
export function applicationSteps(extra: { services?: boolean; agreementDate?: boolean; conditions?: boolean; interlocutors?: boolean; attachments?: boolean; declarations?: boolean } = {}): ProcedureStep[] {
  const steps: ProcedureStep[] = [
    { kind: ProcedureStepKind.IDENTIFY, title: { CA: 'Identificar-se amb certificat digital' } },
    { kind: ProcedureStepKind.SELECT_ENTITY, title: { CA: "Indicar l'ens local que representeu" } },
    { kind: ProcedureStepKind.APPLICANT_DETAILS, title: { CA: 'Validar les dades del sol·licitant' } },
  ];
  if (extra.services) steps.push({ kind: ProcedureStepKind.SELECT_SERVICES, title: { CA: 'Seleccionar els serveis' } });
  if (extra.agreementDate) steps.push({ kind: ProcedureStepKind.AGREEMENT_DATE, title: { CA: "Informar la data de l'acord de l'ens" } });
  if (extra.conditions) steps.push({ kind: ProcedureStepKind.ACCEPT_CONDITIONS, title: { CA: 'Acceptar les condicions' } });
  if (extra.interlocutors) steps.push({ kind: ProcedureStepKind.DESIGNATE_INTERLOCUTORS, title: { CA: 'Designar les persones interlocutores' } });
  if (extra.attachments) steps.push({ kind: ProcedureStepKind.ATTACH_FILES, title: { CA: 'Adjuntar la documentació' } });
  if (extra.declarations) steps.push({ kind: ProcedureStepKind.DECLARATIONS, title: { CA: 'Fer les declaracions responsables' } });
  steps.push({ kind: ProcedureStepKind.SIGN, title: { CA: 'Signar i presentar la sol·licitud' } });
  return steps;
}

/**
 * Why the demo fitxes say NEGATIVE silence (our choice, per Llei 39/2015 art. 24.1):
 * - economic resources are subsidies, and art. 25.5 of Llei 38/2003 general de subvencions (a rule
 *   with the rank of law, as art. 24.1 requires) says an unresolved application is dismissed;
 * - technical and material resources are services or goods of the provider's public service, and
 *   art. 24.1 excludes positive silence where granting would transfer powers over the public domain
 *   or a public service; the catalogue rules of the diputacions, as we understand them, say the same.
 */
export const dismissedBySilence = SilenceEffect.NEGATIVE;
