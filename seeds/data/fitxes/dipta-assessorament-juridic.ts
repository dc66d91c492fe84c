import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf } from './shared-fragments';

/** Demo: a draft editors are still writing. */
export const diptaAssessoramentJuridic: ResourceSeed = {
  provider: 'dipta',
  code: 'SAM-JUR',
  kind: ResourceKind.TECHNICAL,
  publish: false,
  provisionType: ProvisionType.CONTINUOUS,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD, LocalEntityType.MANCOMUNITAT],
  sdgs: [16],
  catalogue: 'cataleg-2026',
  area: 'assistencia-municipal',
  programme: 'assessorament-juridic',
  unit: 'sam',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT,
  resolutionTerm: { amount: 15, unit: TermUnit.BUSINESS_DAYS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: 'Assessorament jurídic en contractació pública',
      summary: "Suport jurídic als ens locals en la preparació i tramitació d'expedients de contractació: plecs, procediments i recursos.",
      description: "Esborrany: falta concretar si l'assessorament inclou la representació en recursos especials en matèria de contractació.",
    },
  },
  requirements: [eligibleEntitiesOf('Tarragona')],
  applicationWindows: [{ label: '2026', opensOn: '2026-01-01', closesOn: '2026-12-31' }],
  procedureSteps: applicationSteps(),
};
