import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a Dipsalut programme open all of 2026. */
export const ddgiMosquitTigre: ResourceSeed = {
  provider: 'ddgi',
  code: 'DIPSALUT-MT',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [3],
  catalogue: 'cataleg-2026',
  area: 'salut-publica',
  programme: 'salut-ambiental',
  unit: 'dipsalut',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de Dipsalut' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 30, unit: TermUnit.BUSINESS_DAYS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Servei de control de mosquit tigre',
      summary: "Programa de vigilància i control del mosquit tigre en l'espai públic: inspeccions, tractaments larvicides i sensibilització.",
      description: "Dipsalut elabora amb cada ajuntament un pla d'actuació que inclou el cens d'embornals i altres punts de cria, els tractaments larvicides periòdics de maig a octubre, el seguiment amb trampes i materials de comunicació per a la ciutadania.",
    },
  },
  requirements: [eligibleEntitiesOf('Girona')],
  applicationWindows: [{ label: '2026', opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps(),
};
