import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: a past call (2024) of DiBa, closed today. */
export const dibaPoum: ResourceSeed = {
  provider: 'diba',
  code: '120530',
  kind: ResourceKind.TECHNICAL,
  modality: { CA: "Redacció d'estudis i plans" },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [11, 15],
  catalogue: 'xgl-2024',
  area: 'infraestructures-espais-naturals',
  programme: 'urbanisme-habitatge',
  unit: 'gshua',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Assistència tècnica en l'elaboració del POUM",
      summary: "Suport tècnic als ajuntaments en la redacció o revisió del pla d'ordenació urbanística municipal (POUM), des dels treballs previs fins a l'aprovació provisional.",
      description: [
        "L'assistència consisteix en la redacció, per part d'equips tècnics contractats per la Diputació, dels documents del POUM: avanç de planejament, document inicial estratègic, memòria social, estudi de mobilitat generada i documentació per a l'aprovació inicial i provisional.",
        "El recurs també inclou l'acompanyament en el procés de participació ciutadana i en la tramitació davant la Comissió Territorial d'Urbanisme.",
      ].join('\n\n'),
      executionConditions: "L'ajuntament assumeix la tramitació administrativa del pla i es compromet a aprovar-lo inicialment en el termini de dos anys des del lliurament dels documents.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    governingBodyAgreement("Acord del Ple de l'ajuntament d'iniciar la redacció o revisió del POUM."),
  ],
  applicationWindows: [{ label: '2024', opensOn: '2023-12-27', closesOn: '2024-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [
    { title: { CA: "Decret legislatiu 1/2010, de 3 d'agost, pel qual s'aprova el Text refós de la Llei d'urbanisme" } },
    law.basesRegimLocal,
  ],
  procedureSteps: applicationSteps({ agreementDate: true }),
};
