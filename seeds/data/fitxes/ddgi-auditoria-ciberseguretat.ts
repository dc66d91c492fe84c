import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf } from './shared-fragments';

/** Demo: a draft for 2027, not yet published. */
export const ddgiAuditoriaCiberseguretat: ResourceSeed = {
  provider: 'ddgi',
  code: 'SI-CIBER',
  kind: ResourceKind.TECHNICAL,
  publish: false,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL],
  sdgs: [9, 16],
  catalogue: 'cataleg-2027',
  area: 'assistencia-municipis',
  programme: 'ciberseguretat',
  unit: 'sistemes-informacio',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 2, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Auditoria de ciberseguretat',
      summary: "Auditoria de compliment de l'Esquema Nacional de Seguretat i prova d'intrusió externa dels serveis municipals publicats a internet.",
      description: "Pendent de revisar per l'àrea: abast de la prova d'intrusió i nombre d'ens que es poden atendre durant l'any.",
    },
  },
  requirements: [eligibleEntitiesOf('Girona')],
  applicationWindows: [{ label: '2027', opensOn: '2027-01-01', closesOn: '2027-12-31' }],
  procedureSteps: applicationSteps(),
};
