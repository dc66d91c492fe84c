import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: an economic resource of 2025, closed today. */
export const diputacioLleidaPlaObresServeis: ResourceSeed = {
  provider: 'diputacio-lleida',
  code: 'COOP-POS',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [6, 9, 11],
  catalogue: 'suport-municipal-2025',
  area: 'cooperacio-municipal',
  programme: 'obres-serveis',
  unit: 'cooperacio-municipal',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Lleida' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Pla d'obres i serveis: subvencions per a inversions municipals",
      summary: "Subvencions per a obres de competència municipal: abastament i sanejament d'aigua, pavimentació, enllumenat i equipaments.",
      description: [
        "El Pla d'obres i serveis finança inversions en els serveis mínims obligatoris dels municipis, prioritzant els de menys de 5.000 habitants i les obres d'abastament d'aigua potable.",
        "Cada ens pot presentar una actuació. L'import de la subvenció es calcula segons la població i el cost de l'obra, amb un màxim per municipi.",
      ].join('\n\n'),
      executionConditions: "L'obra s'ha d'adjudicar dins l'any de la concessió i executar-se en un termini màxim de divuit mesos.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Lleida'),
    governingBodyAgreement("Acord del Ple d'aprovar el projecte tècnic de l'obra i de sol·licitar la subvenció."),
    declaration("Declaració de disponibilitat dels terrenys i de les autoritzacions necessàries per executar l'obra."),
  ],
  applicationWindows: [{ label: '2025', opensOn: '2025-02-03', closesOn: '2025-04-30' }],
  legalReferences: [law.subvencions, law.basesRegimLocal],
  procedureSteps: applicationSteps({ agreementDate: true, attachments: true, declarations: true }),
};
