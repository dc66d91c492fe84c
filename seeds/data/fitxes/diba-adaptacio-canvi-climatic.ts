import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: a draft for the 2027 call that editors have not published yet. */
export const dibaAdaptacioCanviClimatic: ResourceSeed = {
  provider: 'diba',
  code: '120977',
  kind: ResourceKind.TECHNICAL,
  publish: false,
  modality: { CA: "Redacció d'estudis i plans" },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL],
  sdgs: [11, 13],
  catalogue: 'xgl-2027',
  area: 'accio-climatica',
  programme: 'energia-sostenibilitat',
  unit: 'otccs',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 3, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Redacció de plans locals d'adaptació al canvi climàtic",
      summary: "Redacció del pla d'acció per a l'energia sostenible i el clima (PAESC) o de la seva revisió, amb l'anàlisi de riscos i vulnerabilitats del municipi.",
      description: "El recurs inclou l'inventari d'emissions de referència, l'avaluació de riscos i vulnerabilitats climàtiques, la definició d'accions de mitigació i adaptació, i el suport en el procés de participació i aprovació pel Ple.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    governingBodyAgreement("Acord del Ple d'adhesió al Pacte de les Alcaldies per al Clima i l'Energia."),
  ],
  applicationWindows: [{ label: '2027', opensOn: '2026-12-28', closesOn: '2027-12-31' }],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  procedureSteps: applicationSteps({ agreementDate: true }),
};
