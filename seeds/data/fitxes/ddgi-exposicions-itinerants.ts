import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf } from './shared-fragments';

/** Demo: a season window from September 2026 to June 2027, open today. */
export const ddgiExposicionsItinerants: ResourceSeed = {
  provider: 'ddgi',
  code: 'CULT-EXPO',
  kind: ResourceKind.MATERIAL,
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.CONSORCI],
  sdgs: [4, 11],
  catalogue: 'cataleg-2026',
  area: 'cultura',
  programme: 'exposicions',
  unit: 'cultura',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 1, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: "Cessió d'exposicions itinerants",
      summary: "Exposicions sobre patrimoni, història i art de les comarques gironines que la Diputació cedeix als ens locals amb el transport i el muntatge.",
      description: "El catàleg d'exposicions itinerants inclou mostres produïdes per la Diputació i pels seus organismes (Casa de Cultura, Institut de Recerca Històrica). Cada exposició es cedeix per un període d'entre dues i sis setmanes dins la temporada.",
      executionConditions: "L'ens es fa càrrec de la vigilància i de la difusió. El transport, el muntatge i l'assegurança van a càrrec de la Diputació.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Girona'),
    declaration("Disposar d'un espai expositiu tancat, accessible i amb horari d'obertura al públic."),
  ],
  applicationWindows: [{ label: 'Temporada 2026-2027', opensOn: '2026-09-01', closesOn: '2027-06-30' }],
  procedureSteps: applicationSteps({ declarations: true }),
};
