import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a 2025 call, closed today. */
export const ddgiInventariPatrimoni: ResourceSeed = {
  provider: 'ddgi',
  code: 'PAT-INV',
  kind: ResourceKind.TECHNICAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [11],
  catalogue: 'cataleg-2025',
  area: 'cultura',
  programme: 'patrimoni-cultural',
  unit: 'cultura',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Inventari del patrimoni arquitectònic municipal',
      summary: "Elaboració de l'inventari del patrimoni arquitectònic, arqueològic i etnològic del municipi, base per al catàleg de béns protegits del planejament.",
      description: "Un equip d'especialistes documenta cada element (fitxa descriptiva, fotografies, localització georeferenciada i estat de conservació) i lliura a l'ajuntament l'inventari en format digital, que s'incorpora al sistema d'informació geogràfica.",
    },
  },
  requirements: [eligibleEntitiesOf('Girona')],
  applicationWindows: [{ label: '2025', opensOn: '2025-01-01', closesOn: '2025-12-31' }],
  legalReferences: [{ title: { CA: 'Llei 9/1993, de 30 de setembre, del patrimoni cultural català' } }, law.basesRegimLocal],
  procedureSteps: applicationSteps(),
};
