import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, law, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: an economic resource whose window is open today and closes in December 2026. */
export const dibaComercLocal: ResourceSeed = {
  provider: 'diba',
  code: '120903',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Fons de prestació' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [8, 11],
  catalogue: 'xgl-2026',
  area: 'desenvolupament-economic',
  programme: 'comerc-local',
  unit: 'comerc',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Fons de suport a la dinamització del comerç local',
      summary: 'Aportació econòmica per a campanyes de dinamització comercial, fires i accions de suport al comerç de proximitat organitzades pels ajuntaments.',
      description: "El fons finança activitats de promoció del comerç urbà i dels mercats municipals: campanyes de Nadal i de rebaixes, fires comercials, accions de digitalització del petit comerç i programes de relleu generacional. L'import es distribueix segons la població i el nombre d'establiments comercials del municipi.",
      executionConditions: "Les activitats s'han de fer entre l'1 de gener i el 31 de desembre de 2026 i justificar abans del 31 de març de 2027.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    declaration("Declaració responsable d'estar al corrent de les obligacions tributàries i amb la Seguretat Social."),
  ],
  applicationWindows: [{ label: '2026', opensOn: '2026-10-01', closesOn: '2026-12-15' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  legalReferences: [law.subvencions],
  procedureSteps: applicationSteps({ declarations: true }),
};
