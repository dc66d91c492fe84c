import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: a material resource of the past 2024 call. */
export const dibaLotsLlibres: ResourceSeed = {
  provider: 'diba',
  code: '120702',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Cessió de béns' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT],
  sdgs: [4, 10],
  catalogue: 'xgl-2024',
  area: 'cultura',
  programme: 'biblioteques',
  unit: 'gsb',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: 'Lots de llibres per a punts de lectura i biblioteques municipals',
      summary: 'Lots de novetats editorials per renovar el fons de punts de lectura i biblioteques de municipis petits.',
      description: "La Gerència de Serveis de Biblioteques lliura lots de llibres de novetats (narrativa, coneixements i literatura infantil i juvenil), catalogats i preparats per al préstec, als municipis que gestionen un punt de lectura o una biblioteca fora de la Xarxa de Biblioteques Municipals.",
      executionConditions: "Els llibres passen a formar part del fons municipal. L'ajuntament ha de garantir que el punt de lectura obre al públic un mínim de deu hores setmanals.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    declaration("Gestionar un punt de lectura o una biblioteca municipal oberta al públic un mínim de deu hores setmanals."),
  ],
  applicationWindows: [{ label: '2024', opensOn: '2023-12-27', closesOn: '2024-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  procedureSteps: applicationSteps({ declarations: true }),
};
