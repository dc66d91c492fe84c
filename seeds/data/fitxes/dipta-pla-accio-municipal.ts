import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: a two-year plan with a past window (2026) and a future one (2027). */
export const diptaPlaAccioMunicipal: ResourceSeed = {
  provider: 'dipta',
  code: 'PAM-INV',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD],
  sdgs: [9, 11],
  catalogue: 'pam-2026-2027',
  area: 'cooperacio',
  programme: 'pla-accio-municipal',
  unit: 'cooperacio',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.DIRECT_WITH_CONCURRENCE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 2,
  translations: {
    CA: {
      title: "Pla d'acció municipal: suport a les inversions",
      summary: "Subvencions del Pla d'acció municipal (PAM) per a inversions en equipaments, vies públiques i serveis municipals dels ens del Camp de Tarragona i de les Terres de l'Ebre.",
      description: [
        "El PAM assigna a cada ajuntament i EMD un import per al bienni, calculat amb una part fixa i una part segons població i dispersió, que l'ens destina a les inversions que prioritzi.",
        "Cada any s'obre un termini perquè els ens presentin les actuacions a finançar amb l'import assignat.",
      ].join('\n\n'),
      executionConditions: "Les inversions s'han de justificar abans del 30 de novembre de l'any següent a la concessió.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Tarragona'),
    governingBodyAgreement("Acord de l'òrgan competent d'aprovar les actuacions que es presenten al PAM."),
    declaration("Declaració responsable de no estar sotmès a cap de les prohibicions de l'article 13 de la Llei 38/2003, general de subvencions."),
  ],
  applicationWindows: [
    { label: '2026', opensOn: '2026-01-15', closesOn: '2026-03-31' },
    { label: '2027', opensOn: '2027-01-15', closesOn: '2027-03-31' },
  ],
  legalReferences: [law.subvencions, law.basesRegimLocal],
  procedureSteps: applicationSteps({ agreementDate: true, attachments: true, declarations: true }),
};
