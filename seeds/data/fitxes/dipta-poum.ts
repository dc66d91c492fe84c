import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: SAM's urban-planning assistance, one window for 2026 and 2027. */
export const diptaPoum: ResourceSeed = {
  provider: 'dipta',
  code: 'SAM-URB',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [11, 15],
  catalogue: 'cataleg-2026',
  area: 'assistencia-municipal',
  programme: 'urbanisme',
  unit: 'sam',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Assistència en urbanisme i redacció del POUM",
      summary: "Assessorament urbanístic i redacció del planejament general i derivat per als municipis que no disposen de serveis tècnics propis.",
      description: [
        "El Servei d'Assistència Municipal redacta POUM, plans especials i modificacions puntuals, emet informes tècnics en expedients de llicències i disciplina urbanística i assessora en la gestió urbanística.",
        "La redacció d'un POUM es planifica en fases anuals; la sol·licitud d'aquest període dona accés a la fase de treballs previs i avanç.",
      ].join('\n\n'),
    },
  },
  requirements: [
    eligibleEntitiesOf('Tarragona'),
    governingBodyAgreement("Acord del Ple de sol·licitar l'assistència."),
  ],
  applicationWindows: [{ label: '2026-2027', opensOn: '2026-01-01', closesOn: '2027-12-31' }],
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps({ agreementDate: true }),
};
