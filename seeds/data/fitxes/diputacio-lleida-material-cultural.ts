import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf } from './shared-fragments';

/** Demo: a loan of material with selectable items, open all of 2026. */
export const diputacioLleidaMaterialCultural: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'CULT-MAT',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Préstec de material' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD],
  sdgs: [11],
  catalogue: 'suport-municipal-2026',
  area: 'cultura',
  programme: 'difusio-cultural',
  unit: 'cultura',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 20, unit: TermUnit.BUSINESS_DAYS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: 'Préstec de material per a activitats culturals',
      summary: "Préstec d'escenaris, cadires, carpes i equips de so i il·luminació per a festes majors i activitats culturals dels municipis.",
      description: "La Diputació disposa d'un parc de material que presta als ens locals per a activitats culturals i festives obertes a tothom. El transport va a càrrec de la Diputació per als municipis de menys de 1.000 habitants i de l'ens en la resta de casos.",
      executionConditions: "L'ens ha de retornar el material en el mateix estat en què l'ha rebut. El muntatge de l'escenari el fa personal de la Diputació.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    declaration("Declaració que l'activitat és oberta al públic i es fa en un espai de titularitat pública."),
  ],
  serviceOptions: [
    { code: 'escenari', name: { CA: 'Escenari modular (fins a 60 m²)' } },
    { code: 'cadires', name: { CA: 'Cadires plegables (lots de 100)' } },
    { code: 'carpa', name: { CA: 'Carpa de 10 × 5 metres' } },
    { code: 'so', name: { CA: 'Equip de so' } },
    { code: 'il-luminacio', name: { CA: "Equip d'il·luminació escènica" } },
  ],
  applicationWindows: [{ label: '2026', opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  procedureSteps: applicationSteps({ services: true, declarations: true }),
};
