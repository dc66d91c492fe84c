import { ChannelKind, GrantProcedure, ProvisionType, ResourceKind, TermUnit } from '../../../src/catalogue/resource-enums';
import { LocalEntityType } from '../../../src/tenancy/local-entity-type';
import { ResourceSeed } from '../types';
import { applicationSteps, declaration, dismissedBySilence, eligibleEntitiesOf, governingBodyAgreement, law } from './shared-fragments';

/** Demo: a competitive subsidy open today, closing in January 2027. */
export const diptaPrevencioIncendis: ResourceSeed = {
  provider: 'dipta',
  code: 'MA-INCENDIS',
  kind: ResourceKind.ECONOMIC,
  modality: { CA: 'Subvenció' },
  provisionType: ProvisionType.ONE_OFF,
  audience: [LocalEntityType.AJUNTAMENT, LocalEntityType.EMD, LocalEntityType.CONSELL_COMARCAL],
  sdgs: [13, 15],
  catalogue: 'cataleg-2026',
  area: 'medi-ambient',
  programme: 'prevencio-incendis',
  unit: 'medi-ambient',
  channel: { kind: ChannelKind.ELECTRONIC_OFFICE, name: { CA: 'Seu electrònica de la Diputació de Tarragona' } },
  grantProcedure: GrantProcedure.COMPETITIVE,
  // Llei 38/2003 art. 25.4: at most six months for a subsidy procedure.
  resolutionTerm: { amount: 6, unit: TermUnit.MONTHS },
  silenceEffect: dismissedBySilence,
  maxApplicationsPerEntity: 1,
  translations: {
    CA: {
      title: "Subvencions per a la prevenció d'incendis forestals",
      summary: "Subvencions per obrir i mantenir franges de protecció perimetral d'urbanitzacions i nuclis de població i per als plans de prevenció municipals.",
      description: "Són subvencionables l'obertura i el manteniment de franges de protecció, la redacció o revisió dels plans de protecció civil municipals per risc d'incendi forestal (INFOCAT) i l'adquisició de material per a les agrupacions de defensa forestal.",
    },
  },
  requirements: [
    eligibleEntitiesOf('Tarragona'),
    governingBodyAgreement("Acord de l'òrgan competent d'aprovar la memòria de les actuacions."),
    declaration("Declaració responsable d'estar al corrent de les obligacions tributàries i amb la Seguretat Social."),
  ],
  applicationWindows: [{ label: '2026-2027', opensOn: '2026-11-02', closesOn: '2027-01-29' }],
  legalReferences: [law.subvencions],
  procedureSteps: applicationSteps({ agreementDate: true, attachments: true, declarations: true }),
};
