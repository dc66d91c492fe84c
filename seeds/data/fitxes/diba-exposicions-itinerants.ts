import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, xarxaGovernsLocalsQualityCommitments } from './shared-fragments';

/** Demo: a material resource offered in two consecutive calls (2026 and 2027). */
export const dibaExposicionsItinerants: ResourceSeed = {
  provider: 'diba',
  code: '120611',
  kind: ResourceKind.MATERIAL,
  modality: { CA: 'Cessió de béns' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD, LocalEntityType.CONSORCI],
  sdgs: [4, 11],
  catalogue: 'xgl-2026',
  area: 'cultura',
  programme: 'difusio-artistica',
  unit: 'oda',
  channel: { kind: ChannelKind.PROCESSING_PORTAL, name: { CA: 'Portal de tramitació (PMT)' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  resolutionTerm: { amount: 2, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  translations: {
    CA: {
      title: "Cessió d'exposicions itinerants",
      summary: "Préstec d'exposicions d'art, fotografia i divulgació, amb el muntatge i el transport inclosos, per programar-les en equipaments municipals.",
      description: [
        "L'Oficina de Difusió Artística disposa d'un fons d'exposicions itinerants pensades per a sales municipals, biblioteques i centres cívics. Cada exposició inclou el material expositiu, el transport, el muntatge i el desmuntatge, i material de difusió.",
        "L'ens pot sol·licitar fins a dues exposicions per convocatòria, per a períodes d'entre tres i sis setmanes. L'Oficina assigna les dates segons la disponibilitat.",
      ].join('\n\n'),
      executionConditions: "L'ens ha de disposar d'un espai adequat i vigilat en horari d'obertura i ha de contractar l'assegurança de claus a claus si l'exposició ho requereix.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Barcelona'),
    declaration("Disposar d'un espai expositiu amb les condicions de seguretat i conservació que indica la fitxa tècnica de l'exposició."),
  ],
  applicationWindows: [
    { label: '2026', opensOn: '2025-12-29', closesOn: '2026-12-31' },
    { label: '2027', opensOn: '2026-12-28', closesOn: '2027-12-31' },
  ],
  qualityCommitments: xarxaGovernsLocalsQualityCommitments,
  procedureSteps: applicationSteps({ declarations: true }),
};
