import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: one window covering 2026 and 2027. */
export const ddgiPlanejamentUrbanistic: ResourceSeed = {
  provider: 'ddgi',
  code: 'SAM-URB',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [11, 15],
  catalogue: 'cataleg-2026',
  area: 'assistencia-municipis',
  programme: 'urbanisme',
  unit: 'sam',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Assistència tècnica en l'elaboració del POUM",
      summary: "Redacció o revisió del pla d'ordenació urbanística municipal per als municipis de menys de 5.000 habitants, amb l'equip tècnic del SAM.",
      description: [
        "El Servei d'Assistència als Municipis redacta els documents del POUM i n'acompanya la tramitació fins a l'aprovació definitiva.",
        "També pot redactar modificacions puntuals del planejament general i plans especials urbanístics quan el municipi no disposa de mitjans propis.",
      ].join('\n\n'),
    },
  },
  requirements: [
    eligibleEntitiesOf('Girona'),
    governingBodyAgreement("Acord del Ple de sol·licitar l'assistència per a la redacció del POUM."),
  ],
  applicationWindows: [{ label: '2026-2027', opensOn: '2026-01-01', closesOn: '2027-12-31' }],
  legalReferences: [
    law.basesRegimLocal,
    { title: { CA: "Decret legislatiu 1/2010, de 3 d'agost, pel qual s'aprova el Text refós de la Llei d'urbanisme" } },
  ],
  procedureSteps: applicationSteps({ agreementDate: true }),
};
