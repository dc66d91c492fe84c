import { ChannelKind, GrantProcedure, ProvisionType, RequirementVerification, ResourceDocumentKind, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import {
  applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, law, standInSha256, xarxaGovernsLocalsQualityCommitments,
} from './shared-fragments';

/** Demo: a technical resource of DiBa's 2026 call, open today. */
export const dibaAuditoriaCiberseguretat: ResourceSeed = {
  provider: 'diba',
  code: '120451',
  kind: ResourceKind.TECHNICAL,
  modality: { CA: 'Realització de serveis i activitats' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.MANCOMUNITAT, LocalEntityType.EMD, LocalEntityType.CONSORCI],
  sdgs: [9, 16],
  catalogue: 'xgl-2026',
  area: 'serveis-generals-transicio-digital',
  programme: 'ciberseguretat',
  unit: 'dstsc',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Auditoria de ciberseguretat',
      summary: "Diagnosi de l'estat de la seguretat dels sistemes d'informació de l'ens local i pla d'acció per adequar-los a l'Esquema Nacional de Seguretat.",
      description: [
        "La Diputació de Barcelona ofereix als ens locals una auditoria tècnica de ciberseguretat que inclou l'anàlisi de la infraestructura de xarxa, dels llocs de treball i dels serveis exposats a internet, i una revisió de les mesures organitzatives.",
        "El resultat és un informe amb les vulnerabilitats detectades, classificades per criticitat, i un pla d'acció prioritzat per assolir la conformitat amb l'Esquema Nacional de Seguretat (ENS) en la categoria que correspongui a l'ens.",
        "L'auditoria es fa en dues fases: una revisió remota dels serveis publicats i una visita a les dependències de l'ens.",
      ].join('\n\n'),
      applicationConditions: "- Adjuntar les condicions d'accés i ús signades.\n- Designar una persona interlocutora tècnica.",
      executionConditions: "L'auditoria s'executarà en un termini màxim de sis mesos des de l'aprovació. L'ens es compromet a facilitar l'accés als seus sistemes i a la informació necessària.",
      resolutionTermNote: "Tres mesos a partir de l'endemà de la data en què es presenti la sol·licitud.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    declaration("Disposar d'una persona responsable de seguretat de la informació designada per l'ens."),
    {
      text: { CA: "Acceptació de les condicions d'accés i ús del recurs \"Auditoria de ciberseguretat\"" },
      verification: RequirementVerification.DOCUMENT_ACCEPTANCE,
      documentCode: 'conditions',
    },
  ],
  documents: [{
    code: 'conditions',
    kind: ResourceDocumentKind.CONDITIONS_OF_ACCESS,
    title: { CA: "Condicions d'accés i ús de l'auditoria de ciberseguretat" },
    version: '2026-1',
    sha256: standInSha256('diba-120451-conditions-2026-1'),
    url: 'https://www.diba.cat/documents/cataleg/2026/condicions-auditoria-ciberseguretat.pdf',
    mediaType: 'application/pdf',
    mustAccept: true,
    mustAttach: true,
  }],
  applicationWindows: [{ label: '2026', opensOn: '2025-12-29', closesOn: '2026-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [
    { title: { CA: 'Règim regulador del Catàleg de la Xarxa de Governs Locals 2026' } },
    law.basesRegimLocal,
    {
      title: { CA: "Reial decret 311/2022, de 3 de maig, pel qual es regula l'Esquema Nacional de Seguretat" },
      url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2022-7191',
      eli: 'https://www.boe.es/eli/es/rd/2022/05/03/311',
    },
  ],
  procedureSteps: applicationSteps({ conditions: true, interlocutors: true, attachments: true }),
  interlocutorRoles: [{ code: 'technical', name: { CA: 'Persona interlocutora tècnica' }, required: true }],
};
