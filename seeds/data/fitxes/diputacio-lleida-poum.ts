import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, digitalCertificate, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: one window covering 2026 and 2027. */
export const diputacioLleidaPoum: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'SAT-POUM',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [11, 15],
  catalogue: 'suport-municipal-2026',
  area: 'cooperacio-municipal',
  programme: 'urbanisme',
  unit: 'sat',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Assistència tècnica en l'elaboració del POUM",
      summary: "Suport del Servei d'Assistència Tècnica als Municipis en la redacció del POUM o del programa d'actuació urbanística municipal dels municipis petits.",
      description: [
        "Molts municipis de la demarcació encara tenen normes subsidiàries antigues o no disposen de planejament general adaptat. El SAT redacta, directament o amb equips externs, el POUM i els estudis que l'acompanyen.",
        "L'assistència inclou la cartografia de base, l'avanç de pla, l'informe de sostenibilitat ambiental i l'acompanyament en la tramitació davant la Comissió Territorial d'Urbanisme de Lleida o de l'Alt Pirineu i Aran.",
      ].join('\n\n'),
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    governingBodyAgreement("Acord del Ple de l'ajuntament de sol·licitar l'assistència."),
    digitalCertificate,
  ],
  applicationWindows: [{ label: '2026-2027', opensOn: '2026-01-01', closesOn: '2027-12-31' }],
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps({ agreementDate: true }),
};
