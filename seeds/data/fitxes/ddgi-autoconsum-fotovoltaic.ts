import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: a competitive subsidy whose call opens in 2027. */
export const ddgiAutoconsumFotovoltaic: ResourceSeed = {
  provider: 'ddgi',
  code: 'MA-FV',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.CONSELL_COMARCAL, LocalEntityType.EMD],
  sdgs: [7, 13],
  catalogue: 'cataleg-2027',
  area: 'medi-ambient',
  programme: 'transicio-energetica',
  unit: 'medi-ambient',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Girona' } },
  grantProcedure: GrantProcedure.COMPETITIVE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Subvencions per a instal·lacions d'autoconsum fotovoltaic en equipaments municipals",
      summary: "Subvencions per instal·lar plaques fotovoltaiques d'autoconsum, individual o compartit, en cobertes d'equipaments municipals.",
      description: [
        "Són subvencionables la redacció del projecte, el subministrament i la instal·lació dels mòduls, inversors i sistemes de monitoratge, i les bateries quan formin part de la instal·lació.",
        "Es valoren la potència instal·lada per habitant, la creació de comunitats energètiques locals i l'ús de l'energia excedentària per a famílies vulnerables.",
      ].join('\n\n'),
    },
  },
  requirements: [
    eligibleEntitiesOf('Girona'),
    governingBodyAgreement("Acord de l'òrgan competent d'aprovar el projecte o la memòria tècnica de la instal·lació."),
    declaration("Declaració responsable de la titularitat municipal de l'equipament."),
  ],
  applicationWindows: [{ label: '2027', opensOn: '2027-01-15', closesOn: '2027-04-15' }],
  legalReferences: [law.subvencions],
  procedureSteps: applicationSteps({ agreementDate: true, attachments: true, declarations: true }),
};
