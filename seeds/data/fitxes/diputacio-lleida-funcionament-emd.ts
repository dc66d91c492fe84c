import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, law } from './shared-fragments';

/** Demo: a resource only EMDs can apply for; its 2026 window closed in June. */
export const diputacioLleidaFuncionamentEmd: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'COOP-EMD',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.EMD],
  sdgs: [11, 16],
  catalogue: 'suport-municipal-2026',
  area: 'cooperacio-municipal',
  programme: 'entitats-descentralitzades',
  unit: 'cooperacio-municipal',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Ajuts per a les despeses de funcionament de les entitats municipals descentralitzades',
      summary: "Aportació per a les despeses corrents de les EMD de la demarcació: manteniment de l'enllumenat, neteja viària i conservació del patrimoni.",
      description: "La demarcació de Lleida aplega la gran majoria de les EMD de Catalunya, moltes al Pirineu. L'ajut contribueix a les despeses de les competències que exerceixen i es reparteix amb un import fix per entitat més un complement segons el nombre d'habitants.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    declaration("Declaració responsable d'haver aprovat el pressupost de l'exercici."),
  ],
  applicationWindows: [{ label: '2026', opensOn: '2026-05-04', closesOn: '2026-06-30' }],
  legalReferences: [law.subvencions],
  procedureSteps: applicationSteps({ declarations: true }),
};
