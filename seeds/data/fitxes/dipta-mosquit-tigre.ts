import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a seasonal campaign of 2026, closed at the end of October. */
export const diptaMosquitTigre: ResourceSeed = {
  provider: 'dipta',
  code: 'MA-MOSQUIT',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [3, 13],
  catalogue: 'cataleg-2026',
  area: 'medi-ambient',
  programme: 'salut-ambiental',
  unit: 'medi-ambient',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 30, unit: TermUnit.CALENDAR_DAYS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Servei de control de mosquit tigre',
      summary: "Tractaments i vigilància del mosquit tigre als espais públics dels municipis, especialment als de la costa i del Delta de l'Ebre.",
      description: "El servei inclou la detecció i el tractament dels focus de cria en la via pública, el control de la població adulta amb trampes i la formació de la brigada municipal perquè pugui fer el manteniment entre visites.",
    },
  },
  requirements: [eligibleEntitiesOf('Tarragona')],
  applicationWindows: [{ label: '2026', opensOn: '2026-03-02', closesOn: '2026-10-30' }],
  legalReferences: [law.basesRegimLocal],
  procedureSteps: applicationSteps(),
};
