import { ChannelKind, GrantProcedure, ProvisionType, ResourceDocumentKind, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import {
  applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law, standInSha256,
  xarxaGovernsLocalsQualityCommitments,
} from './shared-fragments';

/** Demo: an economic resource (subsidy) whose 2026 window closed earlier this year. */
export const dibaEficienciaEnergetica: ResourceSeed = {
  provider: 'diba',
  code: '120815',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Fons de prestació' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.MANCOMUNITAT, LocalEntityType.EMD],
  sdgs: [7, 13],
  catalogue: 'xgl-2026',
  area: 'accio-climatica',
  programme: 'energia-sostenibilitat',
  unit: 'otccs',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.COMPETITIVE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Ajuts per a la millora de l'eficiència energètica d'edificis municipals",
      summary: "Subvenció per a actuacions de millora de l'envolupant tèrmica, la il·luminació i la climatització d'edificis municipals que redueixin el consum d'energia.",
      description: [
        "L'ajut finança fins al 80% del cost de les actuacions que resultin d'una auditoria energètica de l'edifici, amb un import màxim de 150.000 euros per ens.",
        "Es valoren l'estalvi energètic previst, la reducció d'emissions, el grau de maduresa del projecte i la població del municipi.",
      ].join('\n\n'),
      applicationConditions: "- Adjuntar l'auditoria energètica de l'edifici.\n- Adjuntar el projecte o memòria valorada de l'actuació.",
      executionConditions: "Les actuacions s'han d'executar abans del 31 de desembre de 2027. La justificació es fa mitjançant el compte justificatiu simplificat.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    governingBodyAgreement("Acord de l'òrgan competent de l'ens d'aprovar la memòria valorada de l'actuació."),
    declaration("Declaració responsable de no estar sotmès a cap de les prohibicions de l'article 13 de la Llei 38/2003, general de subvencions."),
  ],
  documents: [{
    code: 'application-form',
    kind: ResourceDocumentKind.FORM,
    title: { CA: 'Model de memòria valorada' },
    version: '2026-1',
    sha256: standInSha256('diba-120815-application-form-2026-1'),
    url: 'https://www.diba.cat/documents/cataleg/2026/model-memoria-eficiencia-energetica.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    mustAttach: true,
  }],
  applicationWindows: [{ label: '2026', opensOn: '2026-03-02', closesOn: '2026-06-30' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [law.subvencions, { title: { CA: 'Règim regulador del Catàleg de la Xarxa de Governs Locals 2026' } }],
  procedureSteps: applicationSteps({ agreementDate: true, attachments: true, declarations: true }),
};
