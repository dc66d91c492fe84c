import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf } from './shared-fragments';

/** Demo: a material resource of the 2025 catalogue, closed today. */
export const diptaExposicionsItinerants: ResourceSeed = {
  provider: 'dipta',
  code: 'CULT-EXPO',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Cessió de béns' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD],
  sdgs: [4, 11],
  catalogue: 'cataleg-2025',
  area: 'cultura',
  programme: 'exposicions',
  unit: 'cultura',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 1, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: "Cessió d'exposicions itinerants",
      summary: "Exposicions de producció pròpia sobre art, història i patrimoni del Camp de Tarragona i les Terres de l'Ebre, cedides amb transport i muntatge.",
      description: "La Diputació cedeix les exposicions per períodes de fins a un mes. Cada exposició té una fitxa tècnica amb els metres lineals necessaris, les condicions d'il·luminació i el material de difusió disponible.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Tarragona'),
    declaration("Disposar d'una sala d'exposicions que compleixi les condicions de la fitxa tècnica."),
  ],
  applicationWindows: [{ label: '2025', opensOn: '2025-01-07', closesOn: '2025-11-28' }],
  procedureSteps: applicationSteps({ declarations: true }),
};
