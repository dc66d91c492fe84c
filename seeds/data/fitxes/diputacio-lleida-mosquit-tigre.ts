import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a seasonal campaign whose window opens in March 2027. */
export const diputacioLleidaMosquitTigre: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'MA-MOSQUIT',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [3, 6],
  catalogue: 'suport-municipal-2027',
  area: 'medi-ambient',
  programme: 'salut-ambiental',
  unit: 'medi-ambient',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 1, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Servei de control de mosquit tigre',
      summary: "Campanya de vigilància i tractament del mosquit tigre i de la mosca negra en espais públics municipals durant la temporada d'estiu.",
      description: "Tècnics de salut ambiental inspeccionen els punts de cria (embornals, basses, fonts i cementiris), apliquen tractaments larvicides biològics i assessoren l'ajuntament sobre mesures preventives i comunicació a la població.",
    },
  },
  requirements: [eligibleEntitiesOf('Lleida')],
  applicationWindows: [{ label: 'Temporada 2027', opensOn: '2027-03-01', closesOn: '2027-10-31' }],
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps(),
};
